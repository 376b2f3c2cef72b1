import { RangeJson } from "./range";
import { ResourceCost } from "./report";

/**
 * What `costkit recommend --format json` writes, `formatVersion: "1"` (docs/recommendations.md). Every recommendation
 * was priced twice with the same engine, price books and usage: the stack as it is (`before`) and the stack with the
 * change made (`after`); `monthlySaving` is the exact difference of the two estimates' totals.
 */
export interface RecommendationsJson {
  readonly formatVersion: "1";
  readonly currency: "USD";
  /** Largest expected saving first; ties in id order. */
  readonly recommendations: readonly Recommendation[];
}

export interface Recommendation {
  /** `<rule>:<stack>:<first subject address>`: stable across runs, for acknowledgements and diffs. */
  readonly id: string;
  /** The rule's id in its pack: `Savings-SPOT1`. */
  readonly rule: string;
  readonly level: "warning" | "info";
  readonly subject: RecommendationSubject;
  /** What to change, in words a reviewer can act on. */
  readonly change: string;
  /**
   * The stack's monthly cost before minus after, exact: `expected` is the difference of the expected totals; `min` and
   * `max` are the smallest and largest of the differences at the three bounds (min − min, expected − expected,
   * max − max).
   */
  readonly monthlySaving: RangeJson;
  /** The resources the change touches, priced as they are. */
  readonly before: readonly ResourceCost[];
  /** The same resources priced with the change made. */
  readonly after: readonly ResourceCost[];
  /** What the saving rests on (declared usage, prices, terms). */
  readonly assumptions: readonly string[];
  /** high: only prices and the declared configuration decide; medium: declared usage decides; low: a forecast decides. */
  readonly confidence: "high" | "medium" | "low";
  /** Rule-specific facts (the CDN split, the binding constraints, the storage break-even). */
  readonly details?: Readonly<Record<string, unknown>>;
  /** Set when an acknowledgement accepts not doing it. */
  readonly acknowledged?: { readonly reason: string; readonly expires?: string };
}

export interface RecommendationSubject {
  readonly stack: string;
  /** The construct path cdktf recorded for the first resource, when there is one. */
  readonly constructPath?: string;
  /** The Terraform addresses the change touches. */
  readonly addresses: readonly string[];
}
