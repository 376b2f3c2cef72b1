import Decimal from "decimal.js";
import CATALOG from "../../../pricing/catalog/google-machine-types.json";
import { money } from "../../../pricing/money";
import { decimalParam, usageExpected } from "../../report-queries";
import { Candidate, RecommendContext, withResources } from "../types";

export interface RightSizeParams {
  /** Declared average CPU utilisation (0 to 1) below which a machine is oversized (a decimal string). */
  readonly maxUtilization: string;
  /** Highest utilisation the smaller machine may reach with the same work (a decimal string). */
  readonly targetUtilization: string;
}

/** Where each resource type names its machine type. */
const MACHINE_ATTRIBUTE: Readonly<Record<string, string>> = {
  google_container_node_pool: "node_config.machine_type",
};

const TYPES = CATALOG as Record<string, { series: string; vcpus: number; perType?: boolean; sharedCore?: boolean }>;

/** The next smaller predefined type of the same family (`n2-standard-16` → `n2-standard-8`), if any. */
export function nextSmaller(type: string): string | undefined {
  const m = /^(.*-)(\d+)$/.exec(type);
  const own = TYPES[type];
  if (!m || !own) return undefined;
  const smaller = Object.keys(TYPES)
    .filter((t) => t.startsWith(m[1]) && /^\d+$/.test(t.slice(m[1].length)) && TYPES[t].vcpus < own.vcpus && !TYPES[t].sharedCore)
    .sort((a, b) => TYPES[b].vcpus - TYPES[a].vcpus);
  return smaller[0];
}

/** Node pools whose usage declares an average CPU utilisation under `maxUtilization` → the next smaller machine type of the same family, when the same work fits it under `targetUtilization`. */
export function rightSize(ctx: RecommendContext, params: RightSizeParams): Candidate[] {
  const below = decimalParam(params.maxUtilization, "maxUtilization");
  const target = decimalParam(params.targetUtilization, "targetUtilization");
  const out: Candidate[] = [];
  for (const r of ctx.report.resources) {
    const attribute = MACHINE_ATTRIBUTE[r.type];
    if (!attribute) continue;
    const used = usageExpected(r, ["averageCpuUtilization"]);
    if (!used || !used.value.lt(below)) continue;
    const type = r.components.find((c) => c.machineType !== undefined)?.machineType;
    const smaller = type === undefined ? undefined : nextSmaller(type);
    if (!type || !smaller) continue;
    const after: Decimal = used.value.times(TYPES[type].vcpus).div(TYPES[smaller].vcpus);
    if (after.gt(target)) continue;
    out.push({
      addresses: [r.address],
      change: `use ${smaller} instead of ${type} for ${r.address} (${attribute}): at ${pct(used.value)} average CPU the same work runs at ${pct(after)} on the smaller machine`,
      document: withResources(ctx.document, new Map([[r.address, { attrs: { [attribute]: smaller } }]])),
      assumptions: [
        `the declared average CPU utilisation (${pct(used.value)}) holds, and memory fits the smaller machine (${smaller})`,
        "the node count stays as declared: the autoscaler may add nodes when peaks need them, which the range's maximum already prices",
      ],
      confidence: "medium",
      details: { from: type, to: smaller, utilizationAfter: after.toDecimalPlaces(4).toFixed() },
    });
  }
  return out;
}

const pct = (d: Decimal) => `${money(d).times(100).toDecimalPlaces(1).toFixed()} %`;
