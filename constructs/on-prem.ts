import { TerraformStack, Token } from "cdktf";
import { Construct } from "constructs";
import { Geo, GEOS, isGeo } from "../pricing/geo";
import { PriceEntryJson } from "../pricing/price-book";
import { TAPE_MEDIA } from "../pricing/resources/costkit/onprem-tape";
import { StackCost } from "./cost";
import { checkLabels, checkNumber, invalidProps, isCount, isPositive, literal } from "./compute-props";
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
    const problems: string[] = [];
    checkItemName(props.name, problems);
    checkGeo(props.geo, problems);
    checkNumber(problems, props.itLoadKw, "itLoadKw", (v) => v >= 0, "≥ 0 kW");
    checkNumber(problems, props.pue, "pue", (v) => v >= 1 && v <= 3, "from 1 to 3 (facility power ÷ IT power; 1.2–1.5 is typical)");
    checkLabels(props.labels, "labels", problems);
    invalidProps(this, problems);
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
    const problems: string[] = [];
    checkItemName(props.name, problems);
    checkGeo(props.geo, problems);
    checkModel(props.model, "model", problems);
    checkNumber(problems, props.servers, "servers", isCount, "a whole number ≥ 0");
    checkNumber(problems, props.capexPerServerUsd, "capexPerServerUsd", isPositive, "> 0 USD");
    checkNumber(problems, props.amortizationYears, "amortizationYears", (v) => v > 0 && v <= 30, "more than 0 and at most 30 years (servers: 3–6)");
    checkNumber(problems, props.supportPerServerMonthUsd, "supportPerServerMonthUsd", (v) => v >= 0, "≥ 0 USD");
    checkNumber(problems, props.powerKwPerServer, "powerKwPerServer", (v) => v > 0 && v <= 20, "more than 0 and at most 20 kW");
    checkNumber(problems, props.pue, "pue", (v) => v >= 1 && v <= 3, "from 1 to 3");
    if (literal(props.capexSource) && !props.capexSource.trim()) problems.push("capexSource is empty; say where the capex figure comes from (a quote, an estimate)");
    checkDate(props.priceEffectiveDate, problems);
    checkLabels(props.labels, "labels", problems);
    invalidProps(this, problems);

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
    const problems: string[] = [];
    checkItemName(props.name, problems);
    checkGeo(props.geo, problems);
    checkNumber(problems, props.storedTb, "storedTb", (v) => v >= 0, "≥ 0 TB");
    checkNumber(problems, props.copies, "copies", (v) => isCount(v) && v >= 1, "a whole number ≥ 1");
    if (props.media !== undefined && !TAPE_MEDIA[props.media]) problems.push(`media ("${props.media}") must be one of ${Object.keys(TAPE_MEDIA).join(", ")}`);
    checkModel(props.library.model, "library.model", problems);
    checkNumber(problems, props.library.slots, "library.slots", (v) => isCount(v) && v >= 1, "a whole number ≥ 1");
    checkNumber(problems, props.library.capexUsd, "library.capexUsd", isPositive, "> 0 USD");
    checkNumber(problems, props.library.powerKw, "library.powerKw", (v) => v >= 0, "≥ 0 kW");
    if (literal(props.library.capexSource) && !props.library.capexSource.trim()) problems.push("library.capexSource is empty; say where the capex figure comes from");
    checkNumber(problems, props.amortizationYears, "amortizationYears", (v) => v > 0 && v <= 30, "more than 0 and at most 30 years");
    checkNumber(problems, props.pue, "pue", (v) => v >= 1 && v <= 3, "from 1 to 3");
    checkDate(props.priceEffectiveDate, problems);
    checkLabels(props.labels, "labels", problems);
    invalidProps(this, problems);

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

function checkItemName(name: string, problems: string[]): void {
  if (Token.isUnresolved(name)) problems.push("name is a token; an item's name must be known at synth");
  else if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(name)) problems.push(`name "${name}" must start with a letter and hold only letters, digits, "_" and "-" (it is part of the item's address)`);
}

function checkGeo(geo: string, problems: string[]): void {
  if (!isGeo(geo)) problems.push(`geo ("${geo}") must be one of ${GEOS.join(", ")}`);
}

function checkModel(model: string, prop: string, problems: string[]): void {
  if (!literal(model) || !/^[a-z0-9][a-z0-9._-]*$/.test(model)) problems.push(`${prop} ("${model}") must be lowercase letters, digits, ".", "_" and "-" (it is part of a price id), e.g. "2s-32c-512g"`);
}

function checkDate(date: string | undefined, problems: string[]): void {
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) problems.push(`priceEffectiveDate ("${date}") must be a date YYYY-MM-DD`);
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
      throw new Error(`${scope.node.path}: ${p.id} is already declared at ${before} USD in this stack, and now at ${p.price}; one model has one price: give the other configuration its own model name`);
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
