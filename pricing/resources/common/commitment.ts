import Decimal from "decimal.js";
import { Unpriceable } from "../../errors";
import { Money, ZERO } from "../../money";
import { CostLines } from "../../pricer";
import { fixed, mapRange, Range } from "../../range";
import { UsageKeyDef, UsageValues } from "../../usage";
import { addMachineLines, MachineLinesOptions, MachineType } from "./machine";

/** VMs' worth of vCPU and memory under a Compute Engine resource commitment of a term. */
export interface Commitment {
  readonly nodes: Decimal;
  readonly term: "1y" | "3y";
}

/** The usage keys of a commitment over a group of VMs: `committed<What>` (whole VMs) and `commitmentTerm`. */
export function commitmentUsageKeys(what: "nodes" | "instances"): UsageKeyDef[] {
  const key = what === "nodes" ? "committedNodes" : "committedInstances";
  return [
    {
      name: key, type: "quantity", unit: what,
      description: `${what === "nodes" ? "Nodes'" : "Instances'"} worth of vCPU and memory bought under a Compute Engine resource commitment (commitmentTerm): billed every hour of the month at the commitment price whether or not they run; the ${what} above it are on demand. GPUs, Local SSD and disks stay on demand.`,
    },
    {
      name: "commitmentTerm", type: "enum", unit: "term", values: ["1y", "3y"], default: "1y",
      description: `Term of the commitment that ${key} are under: 1y or 3y.`,
    },
  ];
}

/** The commitment a usage declares (`key`, a whole number of VMs, and `commitmentTerm`); none for 0 or absent. */
export function commitmentOf(usage: UsageValues, key: string): Commitment | undefined {
  const committed = usage.quantity(key);
  if (committed === undefined) return undefined;
  if (!committed.min.eq(committed.max) || !committed.min.isInteger()) {
    throw new Unpriceable(`usage ${key} must be one whole number (a commitment does not vary over the month), got ${committed.min.toFixed()} to ${committed.max.toFixed()}`);
  }
  return committed.min.isZero() ? undefined : { nodes: committed.min, term: usage.enumValue("commitmentTerm") as "1y" | "3y" };
}

/**
 * The machine lines of VMs part of whose capacity is committed: the committed VMs' vCPU and memory for every hour of
 * the month at the commitment rates (paid whether they run or not), the VMs above the commitment on demand for the
 * hours they run. Spot capacity is never committed: Spot VMs get their Spot lines only. Returns the machine type.
 */
export function addCommittedMachineLines(lines: CostLines, o: MachineLinesOptions, committed: Commitment | undefined): MachineType {
  if (!committed || o.spot) return addMachineLines(lines, o);
  const { hoursPerNode: _, ...rest } = o;
  const m = addMachineLines(lines, { ...rest, nodes: fixed(committed.nodes), commitment: committed.term });
  const above: Range = mapRange(o.nodes, (n) => Money.max(ZERO, n.minus(committed.nodes)));
  if (!above.max.isZero()) addMachineLines(lines, { ...o, nodes: above });
  return m;
}
