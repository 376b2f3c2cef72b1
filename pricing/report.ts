import { Category } from "./categories";
import { Geo } from "./geo";
import { PurchaseOption } from "./pricer";
import { RangeJson } from "./range";

/**
 * The cost report, `formatVersion: "1"` (docs/report-format.md). Money and quantities are decimal strings. Invariants,
 * exact in decimal: a resource's monthlyCost is the sum of its components'; the report's is the sum of its resources';
 * min ≤ expected ≤ max everywhere. `monthlyCost` is what is paid (after overrides and discounts); `listMonthlyCost` is
 * at list price (FOCUS EffectiveCost vs ListCost).
 */
export interface CostReport {
  readonly formatVersion: "1";
  readonly generator: { readonly name: "costkit"; readonly version: string };
  readonly currency: "USD";
  /** The books whose prices this report uses, in precedence order. */
  readonly priceBooks: readonly { readonly id: string; readonly effectiveDate: string }[];
  readonly stack: string;
  readonly monthlyCost: RangeJson;
  readonly listMonthlyCost: RangeJson;
  readonly resources: readonly ResourceCost[];
  readonly unpriced: readonly UnpricedEntry[];
  readonly free: readonly FreeEntry[];
  readonly findings: readonly Finding[];
  /** Business drivers the stack declared (monthly active users by geo, listening hours…), for unit economics. */
  readonly drivers?: Readonly<Record<string, string>>;
}

export interface ResourceCost {
  readonly address: string;
  /** The construct path cdktf recorded for the resource (`"//".metadata.path`: `data-platform/warehouse-eu/table`), the
   *  name an engineer wrote; absent for Terraform that cdktf did not synthesize. Renderers show it, the address beside it. */
  readonly constructPath?: string;
  readonly type: string;
  readonly provider: string;
  readonly region: string | null;
  readonly geo: Geo | null;
  readonly category: Category;
  readonly tags: Readonly<Record<string, string>>;
  readonly monthlyCost: RangeJson;
  readonly listMonthlyCost: RangeJson;
  readonly components: readonly ComponentCost[];
  /** The usage the resource was priced with (declared and defaults), when it has any. */
  readonly usage?: Readonly<Record<string, unknown>>;
}

export interface ComponentCost {
  /** Fixed name, with what varies in one pair of brackets: `Instance usage (on-demand, n2-standard-8)`. */
  readonly name: string;
  readonly unit: string;
  /** Effective unit price (after overrides, discounts, sustained use). */
  readonly unitPrice: string;
  readonly listUnitPrice: string;
  readonly monthlyQuantity: RangeJson;
  readonly monthlyCost: RangeJson;
  readonly listMonthlyCost: RangeJson;
  readonly usageBased: boolean;
  /** `<price id>@<region>` of the price book entry. */
  readonly priceId: string;
  /** Set when the line is usage-based and no usage was declared: the quantity is 0 and the cost depends on usage. */
  readonly dependsOnUsage?: true;
  /** Set when the line's geo differs from the resource's (CDN egress by viewer geo). */
  readonly geo?: Geo;
  /** Set when the line's category differs from the resource's (internet egress of a bucket is `network`). */
  readonly category?: Category;
  /** Overrides and discounts that made the effective price (book or discount ids, and `sustained-use`). */
  readonly adjustments?: readonly string[];
  /** How the capacity of a machine line is bought: `on-demand`, `spot`, `preemptible`, `committed-1y`, `committed-3y`. */
  readonly purchaseOption?: PurchaseOption;
  /** The machine type of a machine line (`n2-standard-16`). */
  readonly machineType?: string;
  /** The storage class of a storage line, as the provider spells it (`nearline`, `GLACIER`). */
  readonly storageClass?: string;
  /** Set on storage lines derived from the bucket's lifecycle rules. */
  readonly fromLifecycle?: true;
}

export interface UnpricedEntry {
  readonly address: string;
  readonly type: string;
  readonly reason: string;
  /** The cost line that could not be priced; absent when the whole resource is unpriced. */
  readonly component?: string;
}

export interface FreeEntry {
  readonly address: string;
  readonly type: string;
}

export interface Finding {
  readonly ruleId: string;
  readonly level: "error" | "warning" | "info";
  readonly address?: string;
  readonly message: string;
  readonly acknowledged?: { readonly reason: string; readonly expires?: string };
}

/** A budget held to one set of reports: within its limit, or exceeded at its level with the finding's message. */
export interface BudgetOutcome {
  readonly id: string;
  readonly status: "ok" | "exceeded";
  /** The finding's level when exceeded (a per-unit budget whose driver is missing is an error too). */
  readonly level?: "error" | "warning";
  readonly message?: string;
}

/** What a budget is, in a line of a comparison: its scope, its limit, its level and basis. */
export interface BudgetHeader {
  readonly id: string;
  readonly scope: string;
  readonly limit: string;
  readonly level: string;
  readonly basis: string;
}
