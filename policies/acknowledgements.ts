import { Finding } from "../pricing/report";
import { findingMessages, policyErrors } from "./errors";

/**
 * An acknowledgement accepts the findings of one rule under a construct subtree, with a reason (cdk-nag suppressions,
 * CrossGuard exceptions, Sentinel soft-mandatory overrides). Acknowledged findings stay in the report, marked
 * `acknowledged`, and no longer fail the synth. Built by `Acknowledge.of(scope).rule(ruleId, { reason, expires })`.
 */
export interface Acknowledgement {
  /** Construct path prefix the acknowledgement covers (`platform/gke/ml-pool`); `""` covers everything. */
  readonly path: string;
  /** The finding's rule id: `FinOps-AS1`, `Budget-platform-total`. */
  readonly ruleId: string;
  /** Why the finding is accepted, and who decided: 10 characters or more. */
  readonly reason: string;
  /** Last day the acknowledgement applies, `YYYY-MM-DD` (inclusive); after it the finding counts again. */
  readonly expires?: string;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether text is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

const RULE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*-[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** An acknowledgement, validated: a rule id `<pack>-<rule>`, a reason of 10 characters or more, a real expiry date. */
export function acknowledgement(a: Acknowledgement): Acknowledgement {
  const path = normalizePath(a.path);
  if (typeof a.ruleId !== "string" || !RULE_ID.test(a.ruleId)) throw policyErrors.ackBadRuleId(path, JSON.stringify(a.ruleId));
  if (typeof a.reason !== "string" || a.reason.trim().length < 10) throw policyErrors.ackShortReason(a.ruleId, path, String(a.reason ?? ""));
  if (a.expires !== undefined && (typeof a.expires !== "string" || !isIsoDate(a.expires))) throw policyErrors.ackBadExpiry(a.ruleId, path, String(a.expires));
  return { path, ruleId: a.ruleId, reason: a.reason.trim(), ...(a.expires !== undefined ? { expires: a.expires } : {}) };
}

function normalizePath(path: unknown): string {
  if (typeof path !== "string") return "";
  return path.replace(/^\/+|\/+$/g, "");
}

/** Whether an acknowledgement at `ackPath` covers the construct at `path` (itself or a descendant). */
export function covers(ackPath: string, path: string): boolean {
  return ackPath === "" || path === ackPath || path.startsWith(`${ackPath}/`);
}

/**
 * Marks the findings that an acknowledgement covers: same rule id, and a path prefix of the finding's construct path —
 * the resource's (`addressToPath(address)`, from `"//".metadata.path`) or, for stack-level findings and resources
 * without one, `stackPath`. An acknowledgement applies through its `expires` day (`today` and `expires` are
 * `YYYY-MM-DD`, compared as dates); an expired one does not apply and the finding's message says so. The most specific
 * (longest path) applicable acknowledgement wins. Findings keep their order; already acknowledged ones are kept as they are.
 */
export function applyAcknowledgements(
  findings: readonly Finding[],
  acks: readonly Acknowledgement[],
  addressToPath: (address: string) => string | undefined,
  stackPath: string,
  today: string,
): Finding[] {
  if (!isIsoDate(today)) throw policyErrors.badToday(today, "today");
  const checked = acks.map(acknowledgement).sort((a, b) => b.path.length - a.path.length);
  return findings.map((f) => {
    if (f.acknowledged) return f;
    const path = normalizePath((f.address !== undefined ? addressToPath(f.address) : undefined) ?? stackPath);
    const matching = checked.filter((a) => a.ruleId === f.ruleId && covers(a.path, path));
    if (matching.length === 0) return f;
    const valid = matching.find((a) => a.expires === undefined || a.expires >= today);
    if (valid) return { ...f, acknowledged: { reason: valid.reason, ...(valid.expires !== undefined ? { expires: valid.expires } : {}) } };
    const latest = [...matching].sort((a, b) => (a.expires! < b.expires! ? 1 : -1))[0];
    return { ...f, message: f.message + findingMessages.acknowledgementExpired(latest.expires!, latest.reason) };
  });
}

/**
 * Today for acknowledgement expiry, `YYYY-MM-DD`: the environment variable `COSTKIT_TODAY` when set (deterministic CI
 * and tests), else the UTC date.
 */
export function costkitToday(env: Readonly<Record<string, string | undefined>> = process.env, now: Date = new Date()): string {
  const fromEnv = env.COSTKIT_TODAY;
  if (fromEnv !== undefined && fromEnv !== "") {
    if (!isIsoDate(fromEnv)) throw policyErrors.badToday(fromEnv, "COSTKIT_TODAY");
    return fromEnv;
  }
  return now.toISOString().slice(0, 10);
}

/**
 * Acknowledgements recorded in a stack's Terraform JSON (`"//".cost.acknowledgements`: a list of `{path, ruleId,
 * reason, expires?}`), so that `costkit check` honours what the constructs declared. Absent → none.
 */
export function acknowledgementsFromCostMeta(costMeta: Readonly<Record<string, unknown>> | undefined, file: string): Acknowledgement[] {
  const raw = costMeta?.acknowledgements;
  if (raw === undefined) return [];
  const where = '"//".cost.acknowledgements';
  if (!Array.isArray(raw)) throw policyErrors.ackBadShape(file, where, "expected a list");
  return raw.map((a, i) => {
    if (typeof a !== "object" || a === null || Array.isArray(a)) throw policyErrors.ackBadShape(file, `${where}[${i}]`, "expected a mapping");
    const o = a as Record<string, unknown>;
    if (typeof o.path !== "string") throw policyErrors.ackBadShape(file, `${where}[${i}].path`, "expected a construct path string");
    return acknowledgement(o as unknown as Acknowledgement);
  });
}

/**
 * The acknowledgements a report's findings record (a cost-report.json written by synth), for re-checking the report:
 * keyed by address for resource findings, by the stack name for the stack's rule findings, and by `""` for budget
 * findings (which the synth may record for budgets across stacks). Pass `(address) => address` and the stack name to
 * applyAcknowledgements (and `""` for budgets across stacks). Expiry is checked again against today.
 */
export function acknowledgementsOfFindings(findings: readonly Finding[], stack: string): Acknowledgement[] {
  return findings.filter((f) => f.acknowledged).map((f) => ({
    path: f.address ?? (f.ruleId.startsWith("Budget-") ? "" : stack),
    ruleId: f.ruleId,
    reason: f.acknowledged!.reason,
    ...(f.acknowledged!.expires !== undefined ? { expires: f.acknowledged!.expires } : {}),
  }));
}
