import { Finding } from "../pricing/report";
import { findingMessages, policyErrors } from "./errors";
import { Level, LEVELS, Pack, PackOverrides, PackRule, RuleContext, RuleOverride } from "./types";

/** The finding id of a pack rule: `<pack>-<rule>` (`FinOps-AS1`). */
export function ruleIdOf(pack: Pack, rule: PackRule<unknown>): string {
  return `${pack.id}-${rule.id}`;
}

/** A pack rule as it will run: its finding id, level and parameters after the caller's overrides. */
export interface EffectiveRule {
  readonly ruleId: string;
  readonly entry: PackRule<unknown>;
  readonly level: Level;
  readonly params: Readonly<Record<string, unknown>>;
}

function overrideFor(pack: Pack, entry: PackRule<unknown>, overrides: PackOverrides): RuleOverride | undefined {
  return overrides[entry.id] ?? overrides[ruleIdOf(pack, entry)];
}

/** The rules of a pack with the overrides applied; an override naming no rule, a bad level or an unknown param is an InputError. */
export function effectiveRules(pack: Pack, overrides: PackOverrides = {}): EffectiveRule[] {
  const ids = pack.rules.flatMap((r) => [r.id, ruleIdOf(pack, r)]);
  for (const key of Object.keys(overrides)) {
    if (!ids.includes(key)) throw policyErrors.unknownOverride(pack.id, key, pack.rules.map((r) => ruleIdOf(pack, r)));
  }
  return pack.rules.map((entry) => {
    const ruleId = ruleIdOf(pack, entry);
    const o = overrideFor(pack, entry, overrides);
    const level = (typeof o === "string" ? o : o?.level) ?? entry.level ?? pack.level ?? "warning";
    if (!LEVELS.includes(level)) throw policyErrors.badOverrideLevel(ruleId, String(level));
    const defaults = (entry.params ?? {}) as Record<string, unknown>;
    const changed = typeof o === "object" ? o.params ?? {} : {};
    for (const key of Object.keys(changed)) {
      if (!(key in defaults)) throw policyErrors.unknownOverrideParam(ruleId, key, Object.keys(defaults));
    }
    return { ruleId, entry, level, params: { ...defaults, ...changed } };
  });
}

/**
 * Runs every rule of a pack over one stack's report: each violation becomes a finding `<pack>-<rule>` at the rule's
 * level, its message followed by the pack's explanation; `off` rules are skipped. A rule that throws becomes an error
 * finding ("rule failed: …"), so a defective rule never crashes a synth. Findings come in pack order.
 */
export function evaluatePack(pack: Pack, ctx: RuleContext, overrides: PackOverrides = {}): Finding[] {
  const findings: Finding[] = [];
  for (const { ruleId, entry, level, params } of effectiveRules(pack, overrides)) {
    if (level === "off") continue;
    let violations;
    try {
      violations = entry.rule(ctx, params);
    } catch (e) {
      findings.push({ ruleId, level: "error", message: findingMessages.ruleFailed(ruleId, e instanceof Error ? e.message : String(e)) });
      continue;
    }
    for (const v of violations) {
      findings.push({ ruleId, level, ...(v.address !== undefined ? { address: v.address } : {}), message: findingMessages.ruleViolation(ruleId, v.message, entry.explanation) });
    }
  }
  return findings;
}
