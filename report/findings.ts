import { byString } from "../pricing/compare";
import { CostReport, Finding } from "../pricing/report";

/**
 * The findings every renderer shows, from one place: each stack's findings and those of budgets across stacks (the
 * platform total, a category such as the CDN), counted the same way and grouped by rule with the remediation once.
 */

/** A finding with the stack it came from (none for budgets across stacks). */
export interface LocatedFinding {
  readonly stack?: string;
  readonly finding: Finding;
  /** What the finding is about, when the caller words it itself (`costkit check`: a budget's scope). */
  readonly subject?: string;
}

/** Findings of one rule at one level (acknowledged ones apart), the remediation their messages share stated once. */
export interface FindingGroup {
  readonly ruleId: string;
  readonly level: Finding["level"];
  readonly acknowledged: boolean;
  /** The sentences every message of the group ends with (the pack's remediation); empty for a group of one. */
  readonly remediation: readonly string[];
  readonly items: readonly FindingItem[];
}

export interface FindingItem {
  readonly stack?: string;
  readonly finding: Finding;
  readonly subject?: string;
  /** The message without the group's remediation and without a leading repeat of the address. */
  readonly text: string;
}

export interface FindingCounts {
  readonly errors: number;
  readonly warnings: number;
  readonly info: number;
  readonly acknowledged: number;
}

const LEVEL_ORDER: Readonly<Record<Finding["level"], number>> = { error: 0, warning: 1, info: 2 };

/** Every finding of a set of reports, then those of budgets across stacks. */
export function allFindings(reports: readonly CostReport[], crossStack: readonly Finding[] = []): LocatedFinding[] {
  return [...reports.flatMap((r) => r.findings.map((finding) => ({ stack: r.stack, finding }))), ...crossStack.map((finding) => ({ finding }))];
}

/** Unacknowledged errors, warnings and info, and acknowledged findings, counted once each. */
export function countFindings(findings: readonly (LocatedFinding | Finding)[]): FindingCounts {
  const list = findings.map((f) => ("finding" in f ? f.finding : f));
  const open = list.filter((f) => !f.acknowledged);
  return {
    errors: open.filter((f) => f.level === "error").length,
    warnings: open.filter((f) => f.level === "warning").length,
    info: open.filter((f) => f.level === "info").length,
    acknowledged: list.length - open.length,
  };
}

/** Sentences of a message, split after each full stop followed by a space (money such as `$1.50` stays whole). */
function sentences(message: string): string[] {
  return message.split(/(?<=\.) +/).filter((s) => s !== "");
}

/**
 * The sentences every message of a group ends with: the rule's remediation, stated once for the group. Empty when the
 * group has one finding (its message is shown whole) or the messages share no ending.
 */
export function commonEnding(messages: readonly string[]): string[] {
  if (messages.length < 2) return [];
  const split = messages.map(sentences);
  const ending: string[] = [];
  for (let i = 1; ; i++) {
    const candidate = split[0][split[0].length - i];
    // keep at least one sentence of each message as its own
    if (candidate === undefined || split.some((s) => s.length - i < 1 || s[s.length - i] !== candidate)) break;
    ending.unshift(candidate);
  }
  return ending;
}

/** The part of a finding's message that is its own: without the group's ending, and without a leading repeat of its address. */
function ownPart(f: Finding, endingLength: number): string {
  const own = sentences(f.message);
  let text = own.slice(0, own.length - endingLength).join(" ");
  if (f.address && text.startsWith(`${f.address}: `)) text = text.slice(f.address.length + 2);
  else if (f.address && text.startsWith(`${f.address} `)) text = text.slice(f.address.length + 1);
  return text;
}

/**
 * Findings grouped by rule: unacknowledged errors first, then warnings, info, and the acknowledged last; rules by id;
 * in a group, budgets across stacks first, then by stack and address.
 */
export function groupFindings(findings: readonly LocatedFinding[]): FindingGroup[] {
  const rank = (f: Finding) => (f.acknowledged ? 3 : LEVEL_ORDER[f.level]);
  const groups = new Map<string, LocatedFinding[]>();
  for (const l of findings) {
    const key = `${rank(l.finding)} ${l.finding.ruleId} ${l.finding.level}`;
    groups.set(key, [...(groups.get(key) ?? []), l]);
  }
  return [...groups.keys()].sort(byString).map((key) => {
    const group = [...groups.get(key)!].sort((a, b) =>
      byString(a.stack === undefined ? "" : `~${a.stack}`, b.stack === undefined ? "" : `~${b.stack}`) || byString(a.finding.address ?? "", b.finding.address ?? "") || byString(a.finding.message, b.finding.message));
    const remediation = commonEnding(group.map((l) => l.finding.message));
    const { ruleId, level, acknowledged } = group[0].finding;
    return {
      ruleId, level, acknowledged: acknowledged !== undefined, remediation,
      items: group.map((l) => ({ ...(l.stack !== undefined ? { stack: l.stack } : {}), finding: l.finding, ...(l.subject !== undefined ? { subject: l.subject } : {}), text: ownPart(l.finding, remediation.length) })),
    };
  });
}

/** `acknowledged: <reason> (until <day>)`, or nothing. */
export function acknowledgementText(f: Finding): string {
  return f.acknowledged ? `acknowledged: ${f.acknowledged.reason}${f.acknowledged.expires ? ` (until ${f.acknowledged.expires})` : ""}` : "";
}

/** Resource address → construct path, over a set of reports (stack and address: addresses repeat across stacks). */
export function constructPaths(reports: readonly CostReport[]): (stack: string | undefined, address: string) => string | undefined {
  const paths = new Map<string, string>();
  for (const r of reports) for (const res of r.resources) if (res.constructPath !== undefined) paths.set(`${r.stack}\u0000${res.address}`, res.constructPath);
  return (stack, address) => (stack === undefined ? undefined : paths.get(`${stack}\u0000${address}`));
}

/** What a finding is about, in parts each renderer formats: its stack, and its resource by construct path and address. */
export interface FindingSubject {
  /** The stack; none for a budget across stacks. */
  readonly stack?: string;
  /** The caller's own wording (`costkit check`: a budget's scope), or `all stacks` / `stack` when no resource. */
  readonly label?: string;
  readonly constructPath?: string;
  readonly address?: string;
}

export function subjectOf(item: FindingItem, pathOf: (stack: string | undefined, address: string) => string | undefined = () => undefined): FindingSubject {
  const address = item.finding.address;
  const stack = item.stack !== undefined ? { stack: item.stack } : {};
  if (address === undefined) return { ...stack, label: item.subject ?? (item.stack === undefined ? "all stacks" : "stack") };
  const path = pathOf(item.stack, address);
  return { ...stack, ...(path !== undefined ? { constructPath: path } : {}), address };
}
