import Decimal from "decimal.js";
import { Attributes } from "./attributes";
import { Category } from "./categories";
import { Unpriceable, UnresolvedValue } from "./errors";
import { Geo } from "./geo";
import { Range } from "./range";
import { TfResource } from "./terraform";
import { UsageKeyDef, UsageValues } from "./usage";

/** What a pricer sees of one resource. */
export interface ResourceInput {
  readonly address: string;
  readonly type: string;
  readonly name: string;
  readonly attrs: Attributes;
  readonly providerConfig: Attributes;
  /** The resolved region (see `regionOf`), or undefined when it cannot be known. */
  readonly region: string | undefined;
  readonly usage: UsageValues;
  /** Other resources of the same document, for pricers that read what a resource refers to (a node pool's cluster,
   *  a service's task definition, a bucket's lifecycle configuration). */
  readonly document: ResourceLookup;
}

/** The module prefix of a resource's address (`module.a.` of `module.a.aws_x.y`, "" at the root): a reference
 *  `aws_x.y` written inside a module means the resource of that module. */
export function modulePrefix(r: { readonly address: string; readonly type: string; readonly name: string }): string {
  const at = r.address.lastIndexOf(`${r.type}.${r.name}`);
  return at <= 0 ? "" : r.address.slice(0, at);
}

export interface ResourceLookup {
  /** The resource at an address (`type.name`), if the document has it. */
  get(address: string): TfResource | undefined;
  /** Every resource of a type, in address order. */
  ofType(type: string): readonly TfResource[];
}

/** One cost line as a pricer asks for it; the engine finds the price, applies tiers and discounts, and multiplies. */
export interface ComponentSpec {
  /** Fixed name with what varies in one pair of brackets: `Instance usage (on-demand, n2-standard-8)`. */
  readonly name: string;
  /** Must equal the unit of the price book entry (checked): the quantity is counted in it. */
  readonly unit: string;
  /** Price id in the books, `<provider>/<service>/<item>`. */
  readonly priceId: string;
  /** Region of the price; defaults to the resource's region. A geo (`NA`) for viewer-based CDN prices, or `global`. */
  readonly region?: string;
  /** Monthly quantity, in `unit`. Undefined for a usage-based line with no usage: shown as depending on usage. */
  readonly quantity: Range | undefined;
  /** True when the quantity comes from usage rather than configuration. */
  readonly usageBased?: boolean;
  /** The line's geo when it differs from the resource's. */
  readonly geo?: Geo;
  /** The line's category when it differs from the resource's; internet egress lines (price ids `<provider>/network/...`) are
   *  `network` by default, as the seed counts them. */
  readonly category?: Category;
  /** How to get a price when the books have the id but not for this line's region (appended to the unpriced reason):
   *  for EC2, importing the region's offer file. */
  readonly missingRegionHint?: string;
  /** How to get a price when no book has the id at all (appended to the unpriced reason): the public page to read it
   *  from and the book to put it in. */
  readonly missingPriceHint?: string;
  /** GCP sustained-use discount as a fraction off (0.2 = 20 %), decided by the pricer from the running hours. */
  readonly sustainedUseDiscount?: Decimal;
  /** How the capacity is bought, for lines of machines (VMs, nodes, GPUs, TPUs): rules and recommendations read it
   *  instead of the line's name. */
  readonly purchaseOption?: PurchaseOption;
  /** The machine type of a machine line (`n2-standard-16`). */
  readonly machineType?: string;
  /** The storage class of a storage line (`standard`, `nearline`, `GLACIER`), as the provider spells it. */
  readonly storageClass?: string;
  /** True for storage lines derived from the bucket's lifecycle rules (the steady state of its transitions). */
  readonly fromLifecycle?: boolean;
}

/** How compute capacity is bought: on demand, interruptible (spot, preemptible) or under a 1- or 3-year commitment. */
export type PurchaseOption = "on-demand" | "spot" | "preemptible" | "committed-1y" | "committed-3y";
export const PURCHASE_OPTIONS: readonly PurchaseOption[] = ["on-demand", "spot", "preemptible", "committed-1y", "committed-3y"];

/** Collects a resource's cost lines and the lines that cannot be priced. */
export class CostLines {
  readonly components: ComponentSpec[] = [];
  readonly unpriced: { reason: string; component?: string }[] = [];

  add(spec: ComponentSpec): void {
    this.components.push(spec);
  }

  /** Records a line that cannot be priced, with the reason; it is never priced as zero. */
  unpriceable(reason: string, component?: string): void {
    this.unpriced.push(component === undefined ? { reason } : { reason, component });
  }

  /**
   * Runs `build` for one named line; a value that is unknown before apply or a missing price fact inside it makes only
   * this line unpriced, with the reason.
   */
  line(component: string, build: () => void): void {
    this.value(component, build);
  }

  /** The value `read` returns, for one or more lines named `component`; when it is not known before apply or lacks a
   *  price fact, records `component` as unpriced with the reason and returns undefined. */
  value<T>(component: string, read: () => T): T | undefined {
    try {
      return read();
    } catch (e) {
      if (!(e instanceof UnresolvedValue || e instanceof Unpriceable)) throw e;
      this.unpriceable(e.message, component);
      return undefined;
    }
  }
}

/** Prices one Terraform resource type (one file per type, under pricing/resources/<provider>/). */
export interface Pricer {
  readonly type: string;
  /** `google`, `aws`, or for cost-only items the provider they bill through. */
  readonly provider: string;
  /** The seed's category; a function when it depends on the configuration (a node pool with GPUs is `ml`). */
  readonly category: Category | ((r: ResourceInput) => Category);
  /** The usage keys the pricer understands: name, type, unit, description, default. */
  readonly usage: readonly UsageKeyDef[];
  /** Where the resource is billed, when the default rule (region/location/zone attributes, then the provider) is wrong.
   *  Throw Unpriceable (its reason is reported as written) or let UnresolvedValue propagate when it cannot be known. */
  region?(r: Omit<ResourceInput, "region" | "usage">): string | undefined;
  /** Adds cost lines to `lines`. Throwing UnresolvedValue or Unpriceable makes the whole resource unpriced. */
  price(r: ResourceInput, lines: CostLines): void;
}
