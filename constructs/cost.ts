import { IConstruct } from "constructs";
import { PriceBookJson } from "../pricing/price-book";
import { cdkOf, TerraformResourceLike, TerraformStackLike } from "./cdk";
import { ConstructError, constructErrors } from "./errors";
import { UsageOf } from "./usage-types";
import { Category } from "../pricing/categories";

/**
 * Cost annotations: what a construct knows that Terraform does not (usage, the category it belongs to), written into
 * the synthesized JSON under `"//".cost` so that `costkit estimate cdktf.out` sees exactly what synth saw. Terraform
 * ignores `"//"` keys.
 */
export class Cost {
  /**
   * Declares usage for a resource: what its configuration cannot say (stored bytes, requests, load). The keys are typed
   * by the resource's class (`UsageOf<R>`, generated from the pricers' declarations: docs/usage-keys.md), so an unknown
   * key or a wrong type is a compile error; a resource of another class takes any keys, checked at synth.
   */
  static usage<R extends TerraformResourceLike>(resource: R, usage: UsageOf<R>): void {
    const merged = { ...(usageOf.get(resource) ?? {}), ...(usage as Readonly<Record<string, unknown>>) };
    usageOf.set(resource, merged);
    resource.addOverride("//.cost.usage", merged);
  }

  /** Cost-allocation tags for resources whose Terraform type has no labels or tags (an App Engine version). */
  static tags(resource: TerraformResourceLike, tags: Readonly<Record<string, string>>): void {
    const merged = { ...(tagsOf.get(resource) ?? {}), ...tags };
    tagsOf.set(resource, merged);
    resource.addOverride("//.cost.tags", merged);
  }

  /** Puts a resource in one of the seed's categories, over its pricer's default. */
  static category(resource: TerraformResourceLike, category: Category): void {
    resource.addOverride("//.cost.category", category);
  }
}

const usageOf = new WeakMap<TerraformResourceLike, Record<string, unknown>>();
const tagsOf = new WeakMap<TerraformResourceLike, Record<string, string>>();

/** A cost-only item: something billed that no Terraform resource stands for (an on-prem rack, a CDN contract). */
export interface CostItem {
  /** A costkit item type with a pricer, e.g. `costkit_cdn_contract`, `costkit_onprem_servers`. */
  readonly type: string;
  /** Unique within the stack; the item's address is `<type>.<name>`. */
  readonly name: string;
  /** Who bills it: `fastly`, `akamai`, `on-prem`… */
  readonly provider: string;
  readonly category?: Category;
  readonly attributes: Readonly<Record<string, unknown>>;
  readonly usage?: Readonly<Record<string, unknown>>;
}

interface StackCostState {
  items: CostItem[];
  drivers: Record<string, unknown>;
  books: PriceBookJson[];
}

const stackState = new WeakMap<TerraformStackLike, StackCostState>();

/** Stack-level cost declarations: business drivers, cost-only items and the price books the stack carries. */
export class StackCost {
  static of(scope: IConstruct): StackCost {
    return new StackCost(cdkOf(scope).TerraformStack.of(scope));
  }

  private constructor(private readonly stack: TerraformStackLike) {}

  private get state(): StackCostState {
    let s = stackState.get(this.stack);
    if (!s) {
      s = { items: [], drivers: {}, books: [] };
      stackState.set(this.stack, s);
    }
    return s;
  }

  /** Records business drivers (monthly active users by geo, listening hours…) for unit economics in the reports. */
  drivers(drivers: Readonly<Record<string, unknown>>): this {
    Object.assign(this.state.drivers, drivers);
    this.stack.addOverride("//.cost.drivers", this.state.drivers);
    return this;
  }

  addItem(item: CostItem): this {
    const address = `${item.type}.${item.name}`;
    if (this.state.items.some((i) => `${i.type}.${i.name}` === address)) {
      throw ConstructError.misuse(this.stack, "item.name", constructErrors.costItemTwice(address));
    }
    this.state.items.push(item);
    this.stack.addOverride("//.cost.items", this.state.items);
    return this;
  }

  /** A price book carried by the stack (negotiated rates as an override book, on-prem costs); validated at synth. */
  addPriceBook(book: PriceBookJson): this {
    if (!this.state.books.some((b) => b.id === book.id)) this.state.books.push(book);
    this.stack.addOverride("//.cost.priceBooks", this.state.books);
    return this;
  }
}
