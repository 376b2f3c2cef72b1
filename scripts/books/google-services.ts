/**
 * Generates pricing/books/google-services.json: list prices of Google Cloud managed services that Compute Engine's book
 * does not hold (Cloud SQL, Cloud Run, Cloud NAT, load-balancer forwarding rules, external IPv4 addresses, Spanner,
 * Filestore, Artifact Registry, Cloud Armor, Secret Manager, Cloud Scheduler, Cloud KMS, Cloud DNS, Cloud Monitoring alerting,
 * Managed Service for Apache Kafka, Workflows, Cloud Endpoints, Certificate Authority Service, N1 custom machine types).
 *
 *   node -r ts-node/register/transpile-only scripts/books/google-services.ts <pricing.yml> <pricelist.json>
 *
 * Inputs (both public, neither copied into this repository):
 * - pricing.yml: the Cloud Billing Catalog extract of Cyclenerd/google-cloud-pricing-cost-calculator (Apache-2.0),
 *   generated 2026-07-30. It gives the external IPv4 and Cloud NAT data-processing rates of every region.
 * - pricelist.json: Google's own (legacy) Cloud Pricing Calculator price list, version v1.75, "updated 14-March-2022",
 *   as kept in the public repository deepgenomics/cromwell-monitor at commit e02696249fb628dde267c91720d8d6bb8d99d1ac,
 *   path tests/data/pricelist.json
 *   (https://raw.githubusercontent.com/deepgenomics/cromwell-monitor/e02696249fb628dde267c91720d8d6bb8d99d1ac/tests/data/pricelist.json).
 *   It gives per-region Cloud SQL, Spanner, Filestore and forwarding-rule rates and the Cloud Run tier rates.
 *   Its entries carry the effective date 2022-03-14; where a current public page states the same figure, the entry
 *   says so.
 *
 * Rules: only real regions (those of the catalog extract) are written; the price list's multi-region keys ("us",
 * "europe", "asia") are not regions and are skipped. Cloud SQL vCPU and memory rates are written only for regions where
 * the price list's MySQL, PostgreSQL and SQL Server rates agree (Google publishes one rate for all engines), or differ
 * only by rounding, by at most 0.5 % (then the most precise figure, which the others round); where the list disagrees with itself beyond
 * that, the region stays unpriced rather than pick one. Output is sorted by id then region.
 */
import * as fs from "fs";
import * as path from "path";
import { parse as parseYaml } from "yaml";
import Decimal from "decimal.js";
import { decimalText, money } from "../../pricing/money";
import { Entry } from "./google-extract";

const ROOT = path.join(__dirname, "..", "..");
const BOOK_FILE = path.join(ROOT, "pricing", "books", "google-services.json");
const EFFECTIVE_DATE = "2026-07-30";
const CATALOG = "Cloud Billing Catalog extract 2026-07-30 (Cyclenerd/google-cloud-pricing-cost-calculator pricing.yml, Apache-2.0)";
const LEGACY_DATE = "2022-03-14";
const LEGACY =
  "Google Cloud Pricing Calculator (legacy) price list pricelist.json, version v1.75, 'updated': '14-March-2022' (Google's own calculator data), " +
  "as kept in the public repository deepgenomics/cromwell-monitor, path tests/data/pricelist.json, commit e02696249fb628dde267c91720d8d6bb8d99d1ac";
const READ = "2026-12-07";


type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Json) : {});
/** A price as exact decimal text; JSON numbers of the price list (some in exponent form, 4e-7) are read through their
 *  shortest text form, which is the figure the file was written with. */
const text = (v: unknown): string | undefined =>
  typeof v === "number" || (typeof v === "string" && v.trim() !== "") ? decimalText(money(new Decimal(String(v).trim()).toFixed())) : undefined;

/** Cloud Run pricing tiers by region (https://cloud.google.com/run/pricing, "Pricing for regions in Tier 1/Tier 2"), as
 *  transcribed in firebase/firebase-tools src/deploy/functions/pricing.ts V2_REGION_TO_TIER. */
const RUN_TIER: Record<string, 1 | 2> = {
  "asia-east1": 1, "asia-northeast1": 1, "asia-northeast2": 1, "europe-north1": 1, "europe-west1": 1, "europe-west4": 1,
  "us-central1": 1, "us-east1": 1, "us-east4": 1, "us-west1": 1,
  "asia-east2": 2, "asia-northeast3": 2, "asia-southeast1": 2, "asia-southeast2": 2, "asia-south1": 2, "australia-southeast1": 2,
  "europe-central2": 2, "europe-west2": 2, "europe-west3": 2, "europe-west6": 2, "northamerica-northeast1": 2,
  "southamerica-east1": 2, "us-west2": 2, "us-west3": 2, "us-west4": 2,
};
const RUN_TIER_SOURCE =
  "region tier from https://cloud.google.com/run/pricing as transcribed in firebase/firebase-tools src/deploy/functions/pricing.ts V2_REGION_TO_TIER";

/**
 * The price the engines' entries agree on: their common figure, or, where they differ only by rounding (europe-west4
 * vCPU: MySQL 0.0454, PostgreSQL 0.04543), the most precise figure, when every other one is it rounded up or down to
 * its own decimals and within 0.5 % of it. Undefined when one is missing or they differ beyond rounding.
 */
function agreedPrice(values: readonly (string | undefined)[]): { price: string; rounded: boolean } | undefined {
  if (values.some((v) => v === undefined)) return undefined;
  const texts = values as string[];
  if (new Set(texts).size === 1) return { price: texts[0], rounded: false };
  const decimals = (v: string) => new Decimal(v).decimalPlaces();
  const precise = [...texts].sort((a, b) => decimals(b) - decimals(a))[0];
  const p = new Decimal(precise);
  // a figure rounded coarsely enough to be more than 0.5 % off (0.049 for 0.04984) is not taken as the same price
  const close = (v: string) => p.minus(v).abs().lte(p.times("0.005"));
  const roundsTo = (v: string) => close(v) && [Decimal.ROUND_DOWN, Decimal.ROUND_UP].some((mode) => p.toDecimalPlaces(decimals(v), mode as Decimal.Rounding).eq(v));
  return texts.every(roundsTo) ? { price: precise, rounded: true } : undefined;
}

function main(): void {
  const ymlFile = process.argv[2] ?? process.env.GOOGLE_PRICING_YML;
  if (!ymlFile) throw new Error("give the Cloud Billing Catalog extract (pricing.yml of the 2026-07-30 export) as the first argument or GOOGLE_PRICING_YML (see the header of this script)");
  const legacyFile = process.argv[3] ?? process.env.GOOGLE_LEGACY_PRICELIST;
  if (!legacyFile) throw new Error("give the legacy calculator pricelist.json as the second argument (see the header of this script)");
  const yml = obj(parseYaml(fs.readFileSync(ymlFile, "utf8"), { schema: "failsafe" }));
  const legacy = obj(obj(JSON.parse(fs.readFileSync(legacyFile, "utf8"))).gcp_price_list);
  const regions = Object.keys(obj(yml.region)).sort();
  const entries: Entry[] = [];
  const add = (e: Entry) => entries.push(e);

  // --- from the catalog extract: external IPv4 and Cloud NAT data processing, every region
  const network = obj(obj(yml.compute).network);
  const ip = obj(network.ip);
  for (const region of regions) {
    const inUse = text(obj(obj(obj(obj(ip.vm).cost)[region])).hour);
    if (inUse) add({
      id: "google/ip-address/in-use", region, unit: "hours", price: inUse, source: `${CATALOG}: compute.network.ip.vm.cost.${region}.hour`,
      description: "External IPv4 address in use (attached to a VM, a Cloud NAT gateway or another resource), per address-hour", effectiveDate: EFFECTIVE_DATE,
    });
    const idle = text(obj(obj(obj(obj(ip.unused).cost)[region])).hour);
    if (idle) add({
      id: "google/ip-address/reserved-idle", region, unit: "hours", price: idle, source: `${CATALOG}: compute.network.ip.unused.cost.${region}.hour`,
      description: "Static external IPv4 address reserved but not in use, per address-hour", effectiveDate: EFFECTIVE_DATE,
    });
    const natData = text(obj(obj(obj(obj(obj(network.nat).data).cost)[region])).month);
    if (natData) add({
      id: "google/cloud-nat/data-processed", region, unit: "GiB", price: natData,
      source: `${CATALOG}: compute.network.nat.data.cost.${region}.month (USD per GiB processed); same as https://cloud.google.com/nat/pricing, read ${READ}`,
      description: "Cloud NAT data processed (inbound and outbound), per GiB", effectiveDate: EFFECTIVE_DATE,
    });
  }

  // --- from the legacy calculator price list: per-region rates
  const legacyRegional = (key: string, f: (region: string, price: string) => Entry | undefined) => {
    const table = obj(legacy[key]);
    for (const region of regions) {
      const price = text(table[region]);
      if (price === undefined) continue;
      const e = f(region, price);
      if (e) add(e);
    }
  };
  const src = (key: string, extra = "") => `${LEGACY}: gcp_price_list["${key}"][region]${extra}`;

  // Cloud SQL: one vCPU and one memory rate for every engine (Enterprise edition, dedicated core)
  for (const [id, keys, unit, what] of [
    ["google/sql/vcpu", ["CP-DB-CORE", "CP-DB-PG-CUSTOM-VM-CORE", "CP-CLOUDSQLSERVER-VCPU"], "vCPU-hours", "Cloud SQL (Enterprise edition) dedicated-core vCPU, per vCPU-hour"],
    ["google/sql/memory", ["CP-DB-RAM", "CP-DB-PG-CUSTOM-VM-RAM", "CP-CLOUDSQLSERVER-MEMORY"], "GiB-hours", "Cloud SQL (Enterprise edition) dedicated-core memory, per GiB-hour (Google's \"GB\" is 2^30 bytes)"],
  ] as const) {
    for (const region of regions) {
      const values = keys.map((k) => text(obj(legacy[k])[region]));
      const agreed = agreedPrice(values);
      if (agreed === undefined) continue;
      add({
        id, region, unit, price: agreed.price, description: what, effectiveDate: LEGACY_DATE,
        source: `${LEGACY}: ${keys.map((k) => `gcp_price_list["${k}"]["${region}"]`).join(agreed.rounded ? ", " : " = ")} (MySQL, PostgreSQL and SQL Server agree${agreed.rounded ? `: ${values.join(", ")}; ${agreed.price} is the figure the others give rounded` : ""})`,
        notes: region === "us-central1"
          ? `Confirmed current: https://cloud.google.com/sql/pricing gives USD 0.0413 per vCPU-hour and 0.007 per GB-hour for Enterprise edition in Iowa (us-central1), as quoted by https://www.usage.ai/blogs/gcp/cloud-sql/pricing/ (May 2026), read ${READ}. High availability (REGIONAL) bills twice this rate.`
          : "High availability (REGIONAL) bills twice this rate. Regions where the price list's engines disagree beyond rounding are left out.",
      });
    }
  }
  for (const [id, mysql, pg, name] of [
    ["google/sql/db-f1-micro", "CP-DB-F1-MICRO", "CP-DB-PG-F1-MICRO", "db-f1-micro"],
    ["google/sql/db-g1-small", "CP-DB-G1-SMALL", "CP-DB-PG-G1-SMALL", "db-g1-small"],
  ] as const) {
    for (const region of regions) {
      const a = text(obj(legacy[mysql])[region]), b = text(obj(legacy[pg])[region]);
      const agreed = agreedPrice([a, b]);
      if (agreed === undefined) continue;
      add({
        id, region, unit: "hours", price: agreed.price, description: `Cloud SQL shared-core ${name} instance, per instance-hour`, effectiveDate: LEGACY_DATE,
        source: `${LEGACY}: gcp_price_list["${mysql}"]["${region}"]${agreed.rounded ? ", " : " = "}gcp_price_list["${pg}"]["${region}"] (MySQL and PostgreSQL agree${agreed.rounded ? `: ${a}, ${b}; ${agreed.price} is the figure the other gives rounded` : ""})`,
        notes: "Regions where MySQL and PostgreSQL disagree in the price list beyond rounding are left out.",
      });
    }
  }
  legacyRegional("CP-CLOUDSQL-STORAGE-SSD", (region, price) => ({
    id: "google/sql/storage-ssd", region, unit: "GiB-months", price, source: src("CP-CLOUDSQL-STORAGE-SSD"), effectiveDate: LEGACY_DATE,
    description: "Cloud SQL SSD storage capacity, per GiB-month", notes: "High availability (REGIONAL) bills twice this rate.",
  }));
  legacyRegional("CP-CLOUDSQL-STORAGE-HDD", (region, price) => ({
    id: "google/sql/storage-hdd", region, unit: "GiB-months", price, source: src("CP-CLOUDSQL-STORAGE-HDD"), effectiveDate: LEGACY_DATE,
    description: "Cloud SQL HDD storage capacity, per GiB-month", notes: "High availability (REGIONAL) bills twice this rate.",
  }));

  // Spanner (regional instance configurations)
  legacyRegional("CP-SPANNER-NODE", (region, price) => ({
    id: "google/spanner/node", region, unit: "node-hours", price, source: src("CP-SPANNER-NODE"), effectiveDate: LEGACY_DATE,
    description: "Spanner compute capacity in a regional configuration, per node-hour (1 node = 1,000 processing units)",
    notes: "Standard edition, regional configurations. The rate predates Spanner editions (September 2024): instances that had no edition were moved to the " +
      "Standard edition if regional (https://cloud.google.com/spanner/docs/editions-overview, read " + READ + "); the current pricing page " +
      "(https://cloud.google.com/spanner/pricing) shows its rates only in a region picker, so no newer published Standard rate was found. " +
      "Enterprise and Enterprise Plus editions and multi-region configurations bill other rates (not in this book).",
  }));
  legacyRegional("CP-SPANNER-STORAGE-SSD", (region, price) => ({
    id: "google/spanner/storage", region, unit: "GiB-months", price, source: src("CP-SPANNER-STORAGE-SSD"), effectiveDate: LEGACY_DATE,
    description: "Spanner SSD storage in a regional configuration, per GiB-month",
  }));

  // Filestore
  for (const [key, tier] of [["CP-FILESTORE-STANDARD", "basic-hdd"], ["CP-FILESTORE-PREMIUM", "basic-ssd"], ["CP-FILESTORE-HIGHSCALE", "high-scale-ssd"], ["CP-FILESTORE-ENTERPRISE", "enterprise"]] as const) {
    legacyRegional(key, (region, price) => ({
      id: `google/filestore/${tier}`, region, unit: "GiB-months", price, source: src(key), effectiveDate: LEGACY_DATE,
      description: `Filestore ${tier} provisioned capacity, per GiB-month`,
      notes: tier === "basic-hdd"
        ? `Current: https://cloud.google.com/filestore/pricing (pricing example, read ${READ}) gives USD 0.000274 per GiB-hour for Basic HDD in us-west1, ` +
          "which is this list's 0.20 per GiB-month over 730 hours."
        : tier === "basic-ssd" ? "Basic SSD was called PREMIUM (Basic HDD: STANDARD)."
        : "A former tier: Google replaced High Scale SSD with Zonal (10-100 TiB) and Enterprise with Regional; the ZONAL and REGIONAL tiers have their own rates (not in this book).",
    }));
  }

  // Load-balancer forwarding rules and data processed
  legacyRegional("FORWARDING_RULE_CHARGE_BASE", (region, price) => ({
    id: "google/lb/forwarding-rule-minimum", region, unit: "hours", price, source: src("FORWARDING_RULE_CHARGE_BASE"), effectiveDate: LEGACY_DATE,
    description: "Forwarding rules: minimum service charge covering the first 5 rules of a project in a region, per hour",
  }));
  legacyRegional("FORWARDING_RULE_CHARGE_EXTRA", (region, price) => ({
    id: "google/lb/forwarding-rule-additional", region, unit: "hours", price, source: src("FORWARDING_RULE_CHARGE_EXTRA"), effectiveDate: LEGACY_DATE,
    description: "Forwarding rules: each rule beyond the first 5 of a project in a region, per hour",
  }));
  legacyRegional("NETWORK_LOAD_BALANCED_INGRESS", (region, price) => ({
    id: "google/lb/data-processed", region, unit: "GiB", price, source: src("NETWORK_LOAD_BALANCED_INGRESS"), effectiveDate: LEGACY_DATE,
    description: "Load balancer inbound data processed, per GiB",
  }));

  // Cloud Run, by pricing tier
  const tierRate = (key: string): string => {
    const tiers = obj(obj(legacy[key]).tiers);
    const paid = Object.keys(tiers).map(Number).sort((a, b) => a - b).pop();
    const v = paid === undefined ? undefined : text(tiers[String(paid)]);
    if (!v) throw new Error(`${key} has no paid tier in the price list`);
    return v;
  };
  const flatRate = (key: string): string => {
    const v = text(obj(legacy[key]).us);
    if (!v) throw new Error(`${key} has no rate in the price list`);
    return v;
  };
  const run: [string, string, (t: 1 | 2) => string, string, string][] = [
    ["google/cloudrun/request-vcpu", "vCPU-seconds", (t) => `CP-CLOUD-RUN-CPU-ALLOCATION-TIME-TIER${t}-THROTTLED`, "Cloud Run CPU, request-based billing (CPU allocated while requests are processed)", "tier"],
    ["google/cloudrun/request-memory", "GiB-seconds", (t) => `CP-CLOUD-RUN-MEMORY-ALLOCATION-TIME-TIER${t}-THROTTLED`, "Cloud Run memory, request-based billing", "tier"],
    ["google/cloudrun/instance-vcpu", "vCPU-seconds", (t) => `CP-CLOUD-RUN-CPU-ALLOCATION-TIME-TIER${t}-ALWAYS`, "Cloud Run CPU, instance-based billing (CPU always allocated) and jobs", "tier"],
    ["google/cloudrun/instance-memory", "GiB-seconds", (t) => `CP-CLOUD-RUN-MEMORY-ALLOCATION-TIME-TIER${t}-ALWAYS`, "Cloud Run memory, instance-based billing and jobs", "tier"],
    ["google/cloudrun/idle-vcpu", "vCPU-seconds", (t) => `CP-CLOUD-RUN-MINIMUMINSTANCE-CPU-TIER${t}`, "Cloud Run idle minimum-instance CPU, request-based billing", "flat"],
    ["google/cloudrun/idle-memory", "GiB-seconds", (t) => `CP-CLOUD-RUN-MINIMUMINSTANCE-MEMORY-TIER${t}`, "Cloud Run idle minimum-instance memory, request-based billing", "flat"],
  ];
  for (const [id, unit, keyOf, description, kind] of run) {
    for (const region of Object.keys(RUN_TIER).sort()) {
      const t = RUN_TIER[region];
      const key = keyOf(t);
      add({
        id, region, unit, price: kind === "tier" ? tierRate(key) : flatRate(key), effectiveDate: LEGACY_DATE,
        description: `${description}, Tier ${t}`,
        source: `${LEGACY}: gcp_price_list["${key}"] (the rate beyond the free tier); ${RUN_TIER_SOURCE}`,
        notes: "The free tier (per billing account, shared by all Cloud Run services and jobs, at Tier 1 prices) is left out: tiers apply per resource here, so a free first tier would be granted again to every service.",
      });
    }
  }
  add({
    id: "google/cloudrun/requests", region: "global", unit: "1M requests", price: decimalText(money(tierRate("CP-CLOUD-RUN-REQUESTS-TIER1")).times(1_000_000)),
    description: "Cloud Run requests (request-based billing), per million, all regions", effectiveDate: LEGACY_DATE,
    source: `${LEGACY}: gcp_price_list["CP-CLOUD-RUN-REQUESTS-TIER1"] and ["CP-CLOUD-RUN-REQUESTS-TIER2"] (USD 0.0000004 per request beyond 2 million, both tiers)`,
    notes: "2 million free requests per billing account left out (see the other Cloud Run entries).",
  });

  const tierOf = (key: string, upTo: string): string => {
    const v = text(obj(obj(legacy[key]).tiers)[upTo]);
    if (!v) throw new Error(`${key} has no tier up to ${upTo} in the price list`);
    return v;
  };

  // --- global services priced per unit (price list "us" rate or tier beyond the free allowance)
  const global = (id: string, unit: string, price: string, description: string, key: string, notes?: string) =>
    add({ id, region: "global", unit, price, description, effectiveDate: LEGACY_DATE, source: `${LEGACY}: gcp_price_list["${key}"]`, ...(notes ? { notes } : {}) });
  global("google/cloud-armor/policy", "policy-months", flatRate("CP-NETWORK-SERVICES-CLOUD-ARMOR-POLICY"), "Cloud Armor Standard security policy, per policy per month", "CP-NETWORK-SERVICES-CLOUD-ARMOR-POLICY");
  global("google/cloud-armor/rule", "rule-months", flatRate("CP-NETWORK-SERVICES-CLOUD-ARMOR-RULE"), "Cloud Armor Standard rule, per rule per month", "CP-NETWORK-SERVICES-CLOUD-ARMOR-RULE");
  global("google/cloud-armor/requests", "1M requests", flatRate("CP-NETWORK-SERVICES-CLOUD-ARMOR-REQUESTS"), "Cloud Armor Standard requests evaluated, per million", "CP-NETWORK-SERVICES-CLOUD-ARMOR-REQUESTS");
  global("google/secret-manager/active-version", "version-months", tierRate("CP-SECRET-MANAGER-ACTIVE-SECRET-VERSION"), "Secret Manager active secret version, per version per month", "CP-SECRET-MANAGER-ACTIVE-SECRET-VERSION",
    "The first 6 active versions per billing account are free; left out (tiers apply per resource here).");
  global("google/secret-manager/access", "10K operations", tierRate("CP-SECRET-MANAGER-ACCESS-OPERATIONS"), "Secret Manager access operations, per 10,000", "CP-SECRET-MANAGER-ACCESS-OPERATIONS",
    "The first 10,000 operations per billing account are free; left out.");
  global("google/secret-manager/rotation", "rotations", tierRate("CP-SECRET-MANAGER-ROTATION-NOTIFICATIONS"), "Secret Manager rotation notification, per rotation", "CP-SECRET-MANAGER-ROTATION-NOTIFICATIONS",
    "The first 3 rotations per billing account are free; left out.");
  global("google/cloud-scheduler/job", "job-months", tierRate("CP-SCHEDULER-JOB"), "Cloud Scheduler job, per job per month", "CP-SCHEDULER-JOB",
    "3 jobs per billing account are free; left out (tiers apply per resource here), so a small account's estimate is up to USD 0.30/month above its bill.");
  global("google/artifact-registry/storage", "GiB-months", tierRate("CP-ARTIFACT-REGISTRY"), "Artifact Registry storage, per GiB-month", "CP-ARTIFACT-REGISTRY",
    "The first 0.5 GB per billing account is free; left out.");

  // Workflows: steps beyond the free allowance (5,000 internal and 2,000 external steps per billing account, left out);
  // the price list gives one rate for every region, per step; written per 1,000 steps, the increment Google bills in
  for (const [kind, key] of [["internal", "CP-WORKFLOWS-INTERNAL-STEPS"], ["external", "CP-WORKFLOWS-EXTERNAL-STEPS"]] as const) {
    global(`google/workflows/${kind}-steps`, "1K steps", decimalText(money(tierRate(key)).times(1000)),
      `Workflows ${kind} steps executed, per 1,000 steps`, key,
      `The first ${kind === "internal" ? "5,000 internal" : "2,000 external"} steps a month per billing account are free; left out. ` +
      "https://cloud.google.com/workflows/pricing (as of March 2022) bills in increments of 1,000 steps.");
  }
  // Cloud Endpoints: API calls, per million, in the price list's tiers (millions a month): 0-2 free (left out), to 1,000 at
  // 3.00, beyond at 1.50
  const endpoints = obj(obj(legacy["CP-CLOUD-ENDPOINTS-REQUESTS"]).tiers);
  if (text(endpoints["1000"]) !== "3" || text(endpoints["10000"]) !== "1.5") throw new Error("CP-CLOUD-ENDPOINTS-REQUESTS tiers changed; review the entry");
  add({
    id: "google/endpoints/calls", region: "global", unit: "1M calls", tiers: [{ start: "0", price: "3" }, { start: "1000", price: "1.5" }],
    description: "Cloud Endpoints API calls, per million (USD 3.00 up to 1 billion a month, 1.50 beyond)", effectiveDate: LEGACY_DATE,
    source: `${LEGACY}: gcp_price_list["CP-CLOUD-ENDPOINTS-REQUESTS"] (tiers in millions of calls: up to 2 at 0, up to 1,000 at 3.0, beyond at 1.5)`,
    notes: "The first 2 million calls a month per billing account are free; left out (tiers apply per resource here).",
  });
  // Certificate Authority Service: a monthly fee per CA and a fee per certificate issued, by the CA pool's tier
  for (const [tier, feeKey, certKey] of [["devops", "CP-CERTIFICATE-AUTHORITY-MONTHLY-FEE-DEV", "CP-CERTIFICATE-FEE-DEV"], ["enterprise", "CP-CERTIFICATE-AUTHORITY-MONTHLY-FEE-ENTERPRISE", "CP-CERTIFICATE-FEE-ENTERPRISE"]] as const) {
    global(`google/privateca/ca-${tier}`, "CA-months", flatRate(feeKey), `Certificate Authority Service, ${tier === "devops" ? "DevOps" : "Enterprise"} tier: monthly fee per certificate authority`, feeKey);
    const certs = obj(obj(legacy[certKey]).tiers);
    const [first, second, third] = ["50000", "100000", "100001"].map((k) => text(certs[k]));
    if (!first || !second || !third) throw new Error(`${certKey} has not the three tiers expected`);
    add({
      id: `google/privateca/certificates-${tier}`, region: "global", unit: "certificates",
      tiers: [{ start: "0", price: first }, { start: "50000", price: second }, { start: "100000", price: third }],
      description: `Certificate Authority Service, ${tier === "devops" ? "DevOps" : "Enterprise"} tier: certificates issued, per certificate (tiers by certificates a month)`,
      effectiveDate: LEGACY_DATE, source: `${LEGACY}: gcp_price_list["${certKey}"] (up to 50,000 at ${first}, up to 100,000 at ${second}, beyond at ${third})`,
    });
  }

  // N1 custom machine types: vCPU, memory and extended memory, per hour. Written for a region only where (1) the price
  // list's two N1 custom tables (CP-COMPUTEENGINE-CUSTOM-VM-* and CP-COMPUTEENGINE-N1-CUSTOM-VM-*) agree, and (2) N1 has
  // not been repriced since: the list's n1-standard-1 price is the 2026-07-30 catalog's, rounded to the list's decimals.
  const instances = obj(obj(yml.compute).instance);
  const n1Now = obj(obj(instances["n1-standard-1"]).cost);
  const n1Then = obj(legacy["CP-COMPUTEENGINE-VMIMAGE-N1-STANDARD-1"]);
  for (const region of regions) {
    const now = text(obj(n1Now[region]).hour), then = text(n1Then[region]);
    if (!now || !then) continue;
    const unchanged = new Decimal(now).toDecimalPlaces(new Decimal(then).decimalPlaces(), Decimal.ROUND_HALF_UP).eq(then);
    if (!unchanged) continue;
    for (const [id, part, unit, what] of [
      ["google/compute/n1-custom-core", "CORE", "vCPU-hours", "vCPU, per vCPU-hour"],
      ["google/compute/n1-custom-ram", "RAM", "GiB-hours", "memory, per GiB-hour"],
      ["google/compute/n1-custom-ram-extended", "EXTENDED-RAM", "GiB-hours", "extended memory (beyond 6.5 GiB per vCPU), per GiB-hour"],
    ] as const) {
      const keys = [`CP-COMPUTEENGINE-CUSTOM-VM-${part}`, `CP-COMPUTEENGINE-N1-CUSTOM-VM-${part}`];
      const values = keys.map((k) => text(obj(legacy[k])[region]));
      if (values[0] === undefined || values[0] !== values[1]) continue;
      add({
        id, region, unit, price: values[0], effectiveDate: LEGACY_DATE, description: `Compute Engine N1 custom machine type ${what}, on demand`,
        source: `${LEGACY}: ${keys.map((k) => `gcp_price_list["${k}"]["${region}"]`).join(" = ")}`,
        notes: `N1 is unrepriced here since the list: its n1-standard-1 price (${then}) is the Cloud Billing Catalog extract's of ${EFFECTIVE_DATE} (${now}) rounded. ` +
          "Sustained-use discounts apply as for predefined N1 types.",
      });
    }
  }

  // Cloud SQL for SQL Server licences: one rate per vCPU-hour for every region (the price list's single "us" key)
  for (const [edition, key] of [["enterprise", "CP-CLOUDSQLSERVER-LICENCING-ENTERPRISE"], ["standard", "CP-CLOUDSQLSERVER-LICENCING-STANDARD"], ["web", "CP-CLOUDSQLSERVER-LICENCING-WEB"]] as const) {
    global(`google/sql/sqlserver-license-${edition}`, "vCPU-hours", flatRate(key),
      `Cloud SQL for SQL Server ${edition[0].toUpperCase()}${edition.slice(1)} licence, per vCPU-hour of the instance (the same in every region)`, key,
      "Billed on top of the instance's vCPU and memory; Express is licence-free (the price list's CP-CLOUDSQLSERVER-LICENCING-EXPRESS is 0).");
  }

  global("google/ip-address/reserved-idle", "hours", flatRate("CP-COMPUTEENGINE-UNUSED-STATIC-PUBLIC-IP"),
    "Global static external IPv4 address reserved but not in use, per address-hour", "CP-COMPUTEENGINE-UNUSED-STATIC-PUBLIC-IP",
    "The same rate as the regional idle rate of us-central1 in the 2026-07-30 Cloud Billing Catalog extract (0.01). A global address attached to a global " +
    "forwarding rule is not charged (price list gcp_price_list[\"CP-NETWORK-SERVICES-FORWARDING-RULES-IP-ADDRESSES\"] is 0 in every region).");
  global("google/dns/managed-zone", "zone-months", decimalText(money(tierOf("CP-CLOUD-DNS-ZONES", "25"))), "Cloud DNS managed zone, per zone per month (first 25 zones of a billing account)", "CP-CLOUD-DNS-ZONES",
    "The price list's tiers per billing account: 0.20 a zone up to 25 zones, 0.10 up to 10,000, 0.03 up to 100,000. The first tier is written (tiers apply per resource here).");
  global("google/dns/queries", "1M queries", decimalText(money(tierOf("CP-CLOUD-DNS-QUERIES", "1000000000")).times(1_000_000)), "Cloud DNS queries, per million (first billion a month)", "CP-CLOUD-DNS-QUERIES",
    "The price list gives 0.0000004 per query up to 1 billion a month and 0.0000002 beyond; the first tier is written per million (USD 0.40).");

  // --- hand-written from public pages
  const alertSource = `https://cloud.google.com/monitoring/alerts/cost-control ("Cloud Monitoring will begin charging for the use of alerting policies"; ` +
    `worked examples at USD 1.50 per condition per month and USD 0.35 per million time series returned), read ${READ}`;
  add({ id: "google/monitoring/alert-condition", region: "global", unit: "condition-months", price: "1.5", source: alertSource, effectiveDate: READ,
    description: "Cloud Monitoring alerting policy condition, per condition per month" });
  add({ id: "google/monitoring/alert-time-series", region: "global", unit: "1M time series", price: "0.35", source: alertSource, effectiveDate: READ,
    description: "Cloud Monitoring alerting: time series returned by condition queries, per million" });
  const kmsSource = `https://cloud.google.com/kms/pricing ("Prices are effective March 17, 2025"), read ${READ}`;
  const kmsDate = "2025-03-17";
  const kmsLegacy = `; the legacy calculator price list (${LEGACY_DATE}) agrees: gcp_price_list["CP-KMS-KEY-VERSION"] 0.06, ["CP-KMS-CRYPTO-OPERATION"] 0.000003 per operation`;
  add({ id: "google/kms/key-version-software", region: "global", unit: "version-months", price: "0.06", source: kmsSource + kmsLegacy, effectiveDate: kmsDate,
    description: "Cloud KMS active key version, protection level SOFTWARE (symmetric or asymmetric), per version per month" });
  add({ id: "google/kms/key-version-hsm", region: "global", unit: "version-months", price: "1", source: kmsSource, effectiveDate: kmsDate,
    description: "Cloud KMS active key version, protection level HSM, AES-256, HMAC or RSA 2048, per version per month",
    notes: "HSM RSA 3072, RSA 4096 and elliptic-curve key versions bill 2.50 a month for the first 2,000 and 1.00 beyond (not written)." });
  add({ id: "google/kms/key-version-external", region: "global", unit: "version-months", price: "3", source: kmsSource, effectiveDate: kmsDate,
    description: "Cloud KMS active key version, protection level EXTERNAL or EXTERNAL_VPC, per version per month",
    notes: "Charges of the external key manager's own system are not included." });
  add({ id: "google/kms/operations", region: "global", unit: "10K operations", price: "0.03", source: kmsSource + kmsLegacy, effectiveDate: kmsDate,
    description: "Cloud KMS cryptographic key operations (SOFTWARE, EXTERNAL, and HSM AES-256/HMAC/RSA 2048 keys), per 10,000",
    notes: "HSM RSA 3072, RSA 4096 and elliptic-curve keys bill 0.15 per 10,000 (not written). Administrative operations are free." });
  const lbSource = `https://cloud.google.com/load-balancing/pricing ("The following table shows the pricing for global forwarding rules": first 5 forwarding rules USD 0.025 per hour, per additional forwarding rule USD 0.01 per hour; "There are no global data processing charges"), read ${READ}`;
  add({ id: "google/lb/global-forwarding-rule-minimum", region: "global", unit: "hours", price: "0.025", source: lbSource, effectiveDate: READ,
    description: "Global forwarding rules: charge covering the first 5 global rules of a project, per hour" });
  add({ id: "google/lb/global-forwarding-rule-additional", region: "global", unit: "hours", price: "0.01", source: lbSource, effectiveDate: READ,
    description: "Global forwarding rules: each global rule beyond the first 5 of a project, per hour" });
  const natSource = `https://cloud.google.com/nat/pricing (Public NAT: "Up to 32 VM instances: $0.0014 * the number of VM instances that are using the gateway"; "More than 32 VM instances: $0.044" per hour; the same in every region), read ${READ}`;
  add({ id: "google/cloud-nat/gateway-vm", region: "global", unit: "VM-hours", price: "0.0014", description: "Cloud NAT gateway, per hour per VM instance using it (up to 32 VMs)", source: natSource, effectiveDate: READ,
    notes: "The catalog extract's gateway figure (0.0448/hour) is this rate for 32 VMs." });
  add({ id: "google/cloud-nat/gateway-max", region: "global", unit: "hours", price: "0.044", description: "Cloud NAT gateway serving more than 32 VM instances, per hour", source: natSource, effectiveDate: READ });

  const kafkaSource = `https://cloud.google.com/managed-service-for-apache-kafka/pricing ("a cluster with 6 vCPUs and 4 GiB of RAM per vCPU consumes 6 DCU. ` +
    `The cost of this cluster is 6 DCU * 9 cents / hour / DCU = 54 cents / hour in us-central1"; 1 vCPU = 0.6 DCU, 1 GiB RAM = 0.1 DCU), read ${READ}`;
  add({ id: "google/managed-kafka/dcu", region: "us-central1", unit: "DCU-hours", price: "0.09", source: kafkaSource, effectiveDate: READ,
    description: "Managed Service for Apache Kafka cluster compute, per Data Compute Unit-hour (1 vCPU = 0.6 DCU, 1 GiB of RAM = 0.1 DCU)",
    notes: "The page states the rate for us-central1 only; other regions are not written." });

  const sorted = entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.region < b.region ? -1 : a.region > b.region ? 1 : 0));
  const book = {
    formatVersion: "1",
    id: "google-services-2026-07-30",
    kind: "list",
    currency: "USD",
    effectiveDate: EFFECTIVE_DATE,
    description:
      "Google Cloud managed-service list prices: Cloud SQL, Cloud Run, Cloud NAT, forwarding rules, external IPv4, Spanner, Filestore, Artifact Registry, Cloud Armor, " +
      "Secret Manager, Cloud Scheduler, Cloud KMS, Cloud DNS, Cloud Monitoring alerting, Managed Service for Apache Kafka, Workflows, Cloud Endpoints, Certificate Authority Service, N1 custom machine types. Generated by scripts/books/google-services.ts from the Cloud Billing Catalog extract of 2026-07-30 (IPv4, NAT data) and " +
      "Google's legacy calculator price list of 2022-03-14 (each entry gives its own source and date). Free allowances per billing account are left out (see notes).",
    prices: [],
  };
  const body = sorted.map((e) => `    ${JSON.stringify(e)}`).join(",\n");
  const head = JSON.stringify(book, null, 2).replace(/"prices": \[\]\n}$/, "");
  fs.writeFileSync(BOOK_FILE, `${head}"prices": [\n${body}\n  ]\n}\n`);
  const ids = new Map<string, number>();
  for (const e of sorted) ids.set(e.id, (ids.get(e.id) ?? 0) + 1);
  for (const [id, n] of ids) console.log(`${id}: ${n} region(s)`);
}

main();
