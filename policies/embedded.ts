import { InputError } from "../pricing/errors";
import { TfDocument } from "../pricing/terraform";
import { CostReport } from "../pricing/report";
import { acknowledgementsFromCostMeta } from "./acknowledgements";
import { Budget, validateBudgets } from "./budgets";
import { stackFindings } from "./check-stacks";
import { FINOPS_PACK } from "./packs";
import { Pack, PackOverrides } from "./types";

/** The packs costkit ships, by id, for policies recorded in a stack's Terraform JSON. */
export const PACKS: Readonly<Record<string, Pack>> = { [FINOPS_PACK.id]: FINOPS_PACK };

/**
 * What a stack was checked against at synth, recorded in its Terraform JSON (`"//".cost.policy`): the pack id, its
 * overrides and the stack's own budgets. With it, `costkit estimate cdktf.out` re-evaluates the same findings and
 * reproduces the report synth wrote.
 */
export interface EmbeddedPolicy {
  readonly pack?: string;
  readonly overrides?: PackOverrides;
  readonly budgets?: readonly Budget[];
}

export function embeddedPolicyOf(pack: Pack | undefined, overrides: PackOverrides | undefined, budgets: readonly Budget[]): EmbeddedPolicy | undefined {
  if (!pack && budgets.length === 0) return undefined;
  return { ...(pack ? { pack: pack.id } : {}), ...(overrides ? { overrides } : {}), ...(budgets.length ? { budgets } : {}) };
}

/** The findings of the policy a document records, for its report; none when it records none. */
export function embeddedFindings(report: CostReport, document: TfDocument, today: string): CostReport["findings"] {
  const raw = document.costMeta?.policy as EmbeddedPolicy | undefined;
  if (!raw) return [];
  // An own key only: a pack named "constructor" or "__proto__" is unknown, not Object.prototype's.
  const pack = typeof raw.pack === "string" && Object.prototype.hasOwnProperty.call(PACKS, raw.pack) ? PACKS[raw.pack] : undefined;
  if (raw.pack !== undefined && !pack) {
    throw new InputError(`${document.file}: "//".cost.policy names the pack ${JSON.stringify(raw.pack)}, which this costkit does not have (it has ${Object.keys(PACKS).join(", ")}); name one of those, or remove "pack".`, document.file, '"//".cost.policy.pack');
  }
  const budgets = raw.budgets ? validateBudgets(raw.budgets) : [];
  return stackFindings(
    { report, document, acknowledgements: acknowledgementsFromCostMeta(document.costMeta, document.file), stackPath: report.stack },
    { today, pack: pack ?? null, ...(raw.overrides ? { overrides: raw.overrides } : {}), budgets },
  );
}
