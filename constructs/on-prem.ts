import { TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { Geo, GEOS, isGeo } from "../pricing/geo";
import { PriceEntryJson } from "../pricing/price-book";
import { TAPE_MEDIA } from "../pricing/resources/costkit/onprem-tape";
import { StackCost } from "./cost";
import { ConstructError, constructErrors } from "./errors";
import { literal, NumberRule, PropsCheck, rules } from "./validation";
import { Category } from "../pricing/categories";


/** Where a declared price comes from, as the report shows it. */
const DECLARED_SOURCE = "declared by the stack";
/** Effective date of declared prices when the props do not give one: the date of pricing/books/onprem.json. */
const DEFAULT_PRICE_DATE = "2026-08-01";

export interface OnPremColocationProps {
  /** Item name, unique per stack among colocation items: `costkit_onprem_colocation.<name>`. */
  readonly name: string;
  /** The geo of the site. */
  readonly geo: Geo;
  /** IT load of the gear, in kW (its draw under load). Priced per kW-month of wholesale colocation and of power. */
  readonly itLoadKw: number;
  /** Power usage effectiveness of the site (facility power ÷ IT power). @default 1.4 */
  readonly pue?: number;
  /** The seed's category of the gear. @default "compute" */
  readonly category?: Category;
  /** Labels of the item (reported as tags). @default - none */
  readonly labels?: Record<string, string>;
}

/** Rack space and power for on-prem gear (`costkit_onprem_colocation`): wholesale colocation and facility power per kW. */
export class OnPremColocation extends Construct {
  constructor(scope: Construct, id: string, props: OnPremColocationProps) {
    super(scope, id);
    const check = new PropsCheck(this);
    checkItem(check, props);
    check.number("itLoadKw", props.itLoadKw, rules.atLeast(0, "kW"));
    check.number("pue", props.pue, { ...PUE, allowed: `${PUE.allowed} (facility power ÷ IT power; 1.2–1.5 is typical)` });
    check.throwIfAny();
    StackCost.of(this).addItem({
      type: "costkit_onprem_colocation", name: props.name, provider: "on-prem", category: props.category ?? "compute",
      attributes: { geo: props.geo, itLoadKw: props.itLoadKw, pue: props.pue ?? 1.4, ...(props.labels ? { labels: props.labels } : {}) },
    });
  }
}

export interface OnPremServersProps {
  /** Item name, unique per stack: `costkit_onprem_servers.<name>` (and the colocation item of the same name). */
  readonly name: string;
  /** The geo of the site. */
  readonly geo: Geo;
  /** A slug for the server configuration (`2s-32c-512g`): it names the declared price (`on-prem/server-capex/<model>`). */
  readonly model: string;
  /** How many servers. */
  readonly servers: number;
  /**
   * What one server costs to buy, in USD. No public list price is citable for a configured server, so the stack
   * declares it: it is recorded in a price book the stack carries, with source "declared by the stack" and `capexSource`.
   */
  readonly capexPerServerUsd: number;
  /** Where the capex figure comes from (a quote, an estimate), shown with the declared price. */
  readonly capexSource: string;
  /** Straight-line life of the servers, in years. @default 5 */
  readonly amortizationYears?: number;
  /** Support and maintenance contract per server a month, in USD. @default - no support line */
  readonly supportPerServerMonthUsd?: number;
  /** Draw of one server under load, in kW; the colocation item prices servers × this. */
  readonly powerKwPerServer: number;
  /** Power usage effectiveness of the site. @default 1.4 */
  readonly pue?: number;
  /** The seed's category. @default "compute" */
  readonly category?: Category;
  /** Labels of the items (reported as tags). @default - none */
  readonly labels?: Record<string, string>;
  /** Effective date of the declared prices (YYYY-MM-DD). @default "2026-08-01" */
  readonly priceEffectiveDate?: string;
}

/**
 * Owned servers in a colocation site: a `costkit_onprem_servers` item (capex straight-line over the servers' life, and
 * support when declared) and a `costkit_onprem_colocation` item for their power and rack space. The capex (and support)
 * prices are declared by the stack, in a price book the stack carries.
 */
export class OnPremServers extends Construct {
  /** Total IT load of the servers, in kW. */
  readonly itLoadKw: number;

  constructor(scope: Construct, id: string, props: OnPremServersProps) {
    super(scope, id);
    const check = new PropsCheck(this);
    checkItem(check, props);
    checkModel(check, "model", props.model);
    check.number("servers", props.servers, rules.whole(0));
    check.number("capexPerServerUsd", props.capexPerServerUsd, rules.above(0, "USD"));
    check.number("amortizationYears", props.amortizationYears, { ...AMORTIZATION, allowed: `${AMORTIZATION.allowed} (servers: 3–6)` });
    check.number("supportPerServerMonthUsd", props.supportPerServerMonthUsd, rules.atLeast(0, "USD"));
    check.number("powerKwPerServer", props.powerKwPerServer, { ok: (v) => v > 0 && v <= 20, allowed: "more than 0 and at most 20 kW" });
    check.number("pue", props.pue, PUE);
    checkSource(check, "capexSource", props.capexSource, " (a quote, an estimate)");
    check.throwIfAny();

    const date = props.priceEffectiveDate ?? DEFAULT_PRICE_DATE;
    const prices: PriceEntryJson[] = [{
      id: `on-prem/server-capex/${props.model}`, region: "global", unit: "servers",
      description: `One ${props.model} server, bought (capex)`, price: String(props.capexPerServerUsd),
      source: `${DECLARED_SOURCE}: ${props.capexSource}`, effectiveDate: date,
    }];
    if (props.supportPerServerMonthUsd !== undefined) {
      prices.push({
        id: `on-prem/server-support/${props.model}`, region: "global", unit: "server-months",
        description: `Support and maintenance of one ${props.model} server a month`, price: String(props.supportPerServerMonthUsd),
        source: DECLARED_SOURCE, effectiveDate: date,
      });
    }
    declarePrices(this, `servers ${props.name}`, prices);
    const labels = props.labels ? { labels: props.labels } : {};
    StackCost.of(this).addItem({
      type: "costkit_onprem_servers", name: props.name, provider: "on-prem", category: props.category ?? "compute",
      attributes: {
        geo: props.geo, model: props.model, servers: props.servers, amortizationYears: props.amortizationYears ?? 5,
        support: props.supportPerServerMonthUsd !== undefined, ...labels,
      },
    });
    this.itLoadKw = props.servers * props.powerKwPerServer;
    new OnPremColocation(this, "colocation", {
      name: props.name, geo: props.geo, itLoadKw: this.itLoadKw, ...(props.pue !== undefined ? { pue: props.pue } : {}),
      category: props.category ?? "compute", ...(props.labels ? { labels: props.labels } : {}),
    });
  }
}

export interface TapeLibraryModel {
  /** A slug for the library model with its drives: names the declared price (`on-prem/tape-library/<model>`). */
  readonly model: string;
  /** Cartridge slots of one library. */
  readonly slots: number;
  /** What one library with its drives costs to buy, in USD (declared by the stack). */
  readonly capexUsd: number;
  /** Where the capex figure comes from, shown with the declared price. */
  readonly capexSource: string;
  /** Draw of one library with its drives, in kW. */
  readonly powerKw: number;
}

export interface TapeArchiveProps {
  /** Item name, unique per stack: `costkit_onprem_tape.<name>` (and the colocation item of the same name). */
  readonly name: string;
  readonly geo: Geo;
  /** Data archived, in TB (10^12 bytes). */
  readonly storedTb: number;
  /** Copies kept. @default 1 */
  readonly copies?: number;
  /** Cartridge generation. @default "lto-9" */
  readonly media?: "lto-9" | "lto-10";
  /** The libraries that hold the cartridges; as many as the cartridges need. */
  readonly library: TapeLibraryModel;
  /** Straight-line life of cartridges and libraries, in years. @default 5 */
  readonly amortizationYears?: number;
  /** Power usage effectiveness of the site. @default 1.4 */
  readonly pue?: number;
  /** Labels of the items (reported as tags). @default - none */
  readonly labels?: Record<string, string>;
  /** Effective date of the declared prices (YYYY-MM-DD). @default "2026-08-01" */
  readonly priceEffectiveDate?: string;
}

/**
 * A tape archive: a `costkit_onprem_tape` item (cartridges at their list price and libraries with drives at a declared
 * price, both straight-line over their life) and a `costkit_onprem_colocation` item for the libraries' power. The number
 * of cartridges follows from the data (no compression assumed), and the number of libraries from their slots.
 */
export class TapeArchive extends Construct {
  readonly cartridges: number;
  readonly libraries: number;

  constructor(scope: Construct, id: string, props: TapeArchiveProps) {
    super(scope, id);
    const check = new PropsCheck(this);
    checkItem(check, props);
    check.number("storedTb", props.storedTb, rules.atLeast(0, "TB"));
    check.number("copies", props.copies, rules.whole(1));
    check.oneOf("media", props.media, Object.keys(TAPE_MEDIA));
    checkModel(check, "library.model", props.library.model);
    check.number("library.slots", props.library.slots, rules.whole(1));
    check.number("library.capexUsd", props.library.capexUsd, rules.above(0, "USD"));
    check.number("library.powerKw", props.library.powerKw, rules.atLeast(0, "kW"));
    checkSource(check, "library.capexSource", props.library.capexSource);
    check.number("amortizationYears", props.amortizationYears, AMORTIZATION);
    check.number("pue", props.pue, PUE);
    check.throwIfAny();

    const media = props.media ?? "lto-9";
    const copies = props.copies ?? 1;
    this.cartridges = Math.ceil((props.storedTb * copies) / TAPE_MEDIA[media].nativeTb);
    this.libraries = Math.ceil(this.cartridges / props.library.slots);
    declarePrices(this, `tape ${props.name}`, [{
      id: `on-prem/tape-library/${props.library.model}`, region: "global", unit: "libraries",
      description: `One ${props.library.model} tape library with its drives, bought (capex)`, price: String(props.library.capexUsd),
      source: `${DECLARED_SOURCE}: ${props.library.capexSource}`, effectiveDate: props.priceEffectiveDate ?? DEFAULT_PRICE_DATE,
    }]);
    const labels = props.labels ? { labels: props.labels } : {};
    StackCost.of(this).addItem({
      type: "costkit_onprem_tape", name: props.name, provider: "on-prem", category: "storage",
      attributes: {
        geo: props.geo, storedTb: props.storedTb, copies, media, amortizationYears: props.amortizationYears ?? 5,
        libraries: this.libraries, libraryModel: props.library.model, ...labels,
      },
    });
    new OnPremColocation(this, "colocation", {
      name: props.name, geo: props.geo, itLoadKw: this.libraries * props.library.powerKw,
      ...(props.pue !== undefined ? { pue: props.pue } : {}), category: "storage", ...(props.labels ? { labels: props.labels } : {}),
    });
  }
}

const PUE = rules.between(1, 3);
const AMORTIZATION: NumberRule = { ok: (v) => v > 0 && v <= 30, allowed: "more than 0 and at most 30 years" };

/** The props every on-prem item has: its name, geo, labels and, where it declares prices, their date. */
function checkItem(check: PropsCheck, props: { name: string; geo: string; labels?: Record<string, string>; priceEffectiveDate?: string }): void {
  if (check.known("name", props.name, "it is part of the item's address")) {
    check.pattern("name", props.name, /^[A-Za-z][A-Za-z0-9_-]*$/, `a name that starts with a letter and holds only letters, digits, "_" and "-" (it is part of the item's address)`);
  }
  if (!isGeo(props.geo)) check.oneOf("geo", props.geo, GEOS);
  check.pattern("priceEffectiveDate", props.priceEffectiveDate, /^\d{4}-\d{2}-\d{2}$/, "a date YYYY-MM-DD");
  check.labels("labels", props.labels);
}

function checkModel(check: PropsCheck, prop: string, model: string): void {
  if (check.known(prop, model, "it is part of a price id")) {
    check.pattern(prop, model, /^[a-z0-9][a-z0-9._-]*$/, `lowercase letters, digits, ".", "_" and "-" (it is part of a price id), e.g. "2s-32c-512g"`);
  }
}

/** Where a declared price comes from: not blank. */
function checkSource(check: PropsCheck, prop: string, source: string, examples = ""): void {
  if (literal(source) && !source.trim()) check.add(prop, constructErrors.empty(prop, `say where the capex figure comes from${examples}`));
}

/** Declared prices already in each stack, so that one model is never declared at two prices. */
const declared = new WeakMap<TerraformStack, Map<string, string>>();

/** Adds a stack-carried list book with prices the stack declares; one model, one price per stack. */
function declarePrices(scope: Construct, what: string, prices: PriceEntryJson[]): void {
  const stack = TerraformStack.of(scope);
  let seen = declared.get(stack);
  if (!seen) declared.set(stack, (seen = new Map()));
  const fresh = prices.filter((p) => {
    const before = seen!.get(p.id);
    if (before !== undefined && before !== p.price) {
      throw ConstructError.misuse(scope, "model", constructErrors.priceTwice(p.id, before, p.price!));
    }
    return before === undefined;
  });
  for (const p of fresh) seen.set(p.id, p.price!);
  if (fresh.length === 0) return;
  // Named after the first price it declares (`declared-<stack>-server-capex-<model>`): one model, one book.
  const slug = fresh[0].id.split("/").slice(1).join("-");
  StackCost.of(scope).addPriceBook({
    formatVersion: "1", id: `declared-${stack.node.id}-${slug}`, kind: "list", currency: "USD",
    effectiveDate: fresh[0].effectiveDate, description: `Prices declared by stack ${stack.node.id} (${what}): no public list price exists for them.`,
    prices: fresh,
  });
}
