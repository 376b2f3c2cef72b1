/**
 * Generates the Cloud Storage and network entries of pricing/books/google-storage-network.json from the Cloud Billing
 * Catalog extract of Cyclenerd/google-cloud-pricing-cost-calculator (pricing.yml of 2026-07-30, Apache-2.0):
 *
 *   node -r ts-node/register/transpile-only scripts/books/google-storage-network.ts PRICING_YML
 *
 * (or set GCP_PRICING_YML). For every region of the extract (43 on 2026-07-30), and the multi-regions US, EU, ASIA and
 * dual-regions NAM4, EUR4, ASIA1 where the extract has them:
 * - Cloud Storage storage per class (`google/storage/<class>`) and retrieval (`google/storage/retrieval-<class>`);
 * - Premium Tier internet egress by source region, tiered 0 / 1 / 10 TiB a month: to worldwide destinations
 *   (`google/network/internet-egress`), to China (`-china`) and to Australia (`-australia`); for a multi- or dual-region
 *   location too, where all its member regions have the same tiers (US and EU multi-regions: US regions, EU member
 *   states' regions; dual-regions as the extract lists them);
 * - external IPv4 addresses, attached to a VM or reserved and idle (`google/network/external-ip-in-use`,
 *   `google/network/external-ip-unused`), Cloud NAT gateway hours and data processed (`google/network/nat-gateway`,
 *   `google/network/nat-data-processed`), and Cloud VPN tunnel hours (`google/network/vpn-tunnel`).
 *
 * The book's other entries (operations, Cloud CDN, Memorystore) come from the sources each names, not from the extract;
 * the script keeps them as they are. Cloud Storage operation prices depend on the location type (region, dual-region,
 * multi-region), not on the region, so the regional operation prices of us-central1 are also written for every other
 * region of the extract, with the same source. Entries are sorted by id then region.
 */
import * as fs from "fs";
import * as path from "path";
import { dec, EFFECTIVE_DATE, Entry, EXTRACT, inputFile, obj, readExtract, regionsOf, ROOT, text, writeBook, Yaml } from "./google-extract";

const USAGE = "node -r ts-node/register/transpile-only scripts/books/google-storage-network.ts PRICING_YML";
const BOOK_FILE = path.join(ROOT, "pricing", "books", "google-storage-network.json");

/** Extract storage class keys → costkit class names and display names. */
const CLASSES = [
  { key: "standard", id: "standard", name: "Standard" },
  { key: "nearline", id: "nearline", name: "Nearline" },
  { key: "coldline", id: "coldline", name: "Coldline" },
  { key: "archiv", id: "archive", name: "Archive" },
] as const;

/** Multi- and dual-region locations of the extract → the location names Terraform uses (lower case). */
const MULTI: Record<string, string> = { "us-multi": "us", "europe-multi": "eu", "asia-multi": "asia" };
const DUAL = ["nam4", "eur4", "asia1"];

const entry = (id: string, region: string, unit: string, description: string, price: string, source: string, notes?: string): Entry => ({
  id, region, unit, description, price, source: `${EXTRACT}, ${source}`, effectiveDate: EFFECTIVE_DATE, ...(notes ? { notes } : {}),
});

function storageEntries(doc: Yaml, regions: readonly string[]): Entry[] {
  const out: Entry[] = [];
  const storage = obj(doc.storage);
  for (const c of CLASSES) {
    for (const [what, group, unit] of [["storage", "bucket", "GiB-months"], ["data retrieval", "retrieval", "GiB"]] as const) {
      const id = group === "bucket" ? `google/storage/${c.id}` : `google/storage/retrieval-${c.id}`;
      const perGib = group === "retrieval" ? " (per GiB read)" : "";
      const regional = obj(obj(obj(storage[group])[c.key]).cost);
      for (const region of regions) {
        const p = dec(obj(regional[region]).month);
        if (p) out.push(entry(id, region, unit, `Cloud Storage ${c.name} ${what}, region ${region}`, text(p), `storage.${group}.${c.key}.cost.${region}.month${perGib}`));
      }
      const multi = obj(obj(obj(storage[group])[`${c.key}-multi`]).cost);
      for (const [key, location] of Object.entries(MULTI)) {
        const p = dec(obj(multi[key]).month);
        if (p) out.push(entry(id, location, unit, `Cloud Storage ${c.name} ${what}, multi-region ${location.toUpperCase()}`, text(p), `storage.${group}.${c.key}-multi.cost.${key}.month${perGib}`));
      }
      const dual = obj(obj(obj(storage[group])[`${c.key}-dual`]).cost);
      for (const location of DUAL) {
        const p = dec(obj(dual[location]).month);
        if (!p) continue;
        out.push(group === "bucket"
          ? entry(id, location, unit, `Cloud Storage ${c.name} storage, predefined dual-region ${location.toUpperCase()}`, text(p), `storage.bucket.${c.key}-dual.cost.${location}.month`,
            "Dual-region storage is billed to both underlying regions; this is the sum per GiB-month as the extract gives it. Inter-region replication charges are not included.")
          : entry(id, location, unit, `Cloud Storage ${c.name} data retrieval, dual-region ${location.toUpperCase()}`, text(p), `storage.retrieval.${c.key}-dual.cost.${location}.month (per GiB read)`));
      }
    }
  }
  return out;
}

/** Internet egress by source region and destination, tiered at 1 TiB and 10 TiB a month (the extract's `month` is per GiB). */
function egressEntries(doc: Yaml, regions: readonly string[]): Entry[] {
  const out: Entry[] = [];
  const internet = obj(obj(obj(obj(doc.compute).network).traffic).egress).internet as Yaml;
  const destinations = [
    { node: obj(internet), path: "compute.network.traffic.egress.internet.cost", suffix: "", to: "worldwide destinations (excluding China and Australia)" },
    { node: obj(internet.china), path: "compute.network.traffic.egress.internet.china.cost", suffix: "-china", to: "China (excluding Hong Kong)" },
    { node: obj(internet.australia), path: "compute.network.traffic.egress.internet.australia.cost", suffix: "-australia", to: "Australia" },
  ];
  const tiers = [["0-1", "0"], ["1-10", "1024"], ["10n", "10240"]] as const;
  for (const d of destinations) {
    const cost = obj(d.node.cost);
    const pricesOf = (region: string) => tiers.map(([key]) => dec(obj(obj(cost[key])[region]).month));
    for (const region of regions) {
      const prices = pricesOf(region);
      if (prices.some((p) => p === undefined)) continue;
      out.push({
        id: `google/network/internet-egress${d.suffix}`, region, unit: "GiB",
        description: `Premium Tier internet data transfer out from ${region} to ${d.to}`,
        tiers: tiers.map(([, start], i) => ({ start, price: text(prices[i]!) })),
        source: `${EXTRACT}, ${d.path}.{0-1,1-10,10n}.${region}.month; tiers 0-1 TiB, 1-10 TiB, over 10 TiB per month`,
        effectiveDate: EFFECTIVE_DATE,
        notes: d.suffix === ""
          ? "Region is the source region. Destinations in China and Australia cost more (google/network/internet-egress-china, -australia). Tiers count monthly volume per billing account; costkit applies them per resource."
          : "Region is the source region. Tiers count monthly volume per billing account; costkit applies them per resource.",
      });
    }
    // A multi- or dual-region bucket serves its data from one of its member regions: where every member region has the
    // same tiers, that is the bucket location's egress price; where they differ, the location stays unpriced.
    for (const [location, members] of Object.entries(memberRegions(doc, regions))) {
      const all = members.map(pricesOf);
      if (all.some((ps) => ps.some((p) => p === undefined))) continue;
      const first = all[0].map((p) => text(p!));
      if (!all.every((ps) => ps.every((p, i) => text(p!) === first[i]))) continue;
      out.push({
        id: `google/network/internet-egress${d.suffix}`, region: location, unit: "GiB",
        description: `Premium Tier internet data transfer out from the ${location.toUpperCase()} ${members.length > 2 ? "multi" : "dual"}-region location to ${d.to}`,
        tiers: tiers.map(([, start], i) => ({ start, price: first[i] })),
        source: `${EXTRACT}, ${d.path}.{0-1,1-10,10n}.<region>.month, the same in each of its ${members.length} member regions (${members.join(", ")}); tiers 0-1 TiB, 1-10 TiB, over 10 TiB per month`,
        effectiveDate: EFFECTIVE_DATE,
        notes: "Data in a multi- or dual-region location is served from one of its member regions, which all have this price. Tiers count monthly volume per billing account; costkit applies them per resource.",
      });
    }
  }
  return out;
}

/** EU member states' Google Cloud regions (the EU multi-region is "data centers within member states of the European
 *  Union": not London, Zurich or other non-EU European regions). */
const EU_REGIONS = ["europe-central2", "europe-north1", "europe-north2", "europe-southwest1", "europe-west1", "europe-west3", "europe-west4", "europe-west8", "europe-west9", "europe-west10", "europe-west12"];

/** The regions of each multi-region (by the extract's descriptions: the US, EU member states, Asia) and each predefined
 *  dual-region (as the extract lists them), among the extract's regions. */
function memberRegions(doc: Yaml, regions: readonly string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {
    us: regions.filter((r) => r.startsWith("us-")),
    eu: regions.filter((r) => EU_REGIONS.includes(r)),
    asia: regions.filter((r) => r.startsWith("asia-")),
  };
  const dual = obj(doc["dual-region"]);
  for (const location of DUAL) {
    const members = obj(dual[location]).regions;
    if (Array.isArray(members) && members.every((m) => typeof m === "string" && regions.includes(m))) out[location] = members as string[];
  }
  return out;
}

/** External IPv4 addresses, Cloud NAT and Cloud VPN, per region. */
function networkEntries(doc: Yaml, regions: readonly string[]): Entry[] {
  const net = obj(obj(doc.compute).network);
  const items = [
    { node: obj(net.ip).vm, path: "compute.network.ip.vm", key: "hour", id: "external-ip-in-use", unit: "hours",
      description: "External IPv4 address in use by a VM or forwarding rule (static or ephemeral)" },
    { node: obj(net.ip).unused, path: "compute.network.ip.unused", key: "hour", id: "external-ip-unused", unit: "hours",
      description: "Static external IPv4 address reserved and not in use" },
    { node: obj(net.nat).gateway, path: "compute.network.nat.gateway", key: "hour", id: "nat-gateway", unit: "hours",
      description: "Cloud NAT gateway uptime",
      notes: "Cloud NAT's uptime charge grows with the number of VM instances that use the gateway up to a cap; this is the extract's gateway-hour figure." },
    { node: obj(net.nat).data, path: "compute.network.nat.data", key: "month", id: "nat-data-processed", unit: "GiB",
      description: "Cloud NAT data processed (both directions)", notes: "The extract's `month` value is the price per GiB processed." },
    { node: obj(net.vpn).tunnel, path: "compute.network.vpn.tunnel", key: "hour", id: "vpn-tunnel", unit: "hours",
      description: "Cloud VPN tunnel" },
  ];
  const out: Entry[] = [];
  for (const it of items) {
    const cost = obj(obj(it.node).cost);
    for (const region of regions) {
      const p = dec(obj(cost[region])[it.key]);
      if (p) out.push(entry(`google/network/${it.id}`, region, it.unit, it.description, text(p), `${it.path}.cost.${region}.${it.key}`, it.notes));
    }
  }
  return out;
}

/**
 * The book's entries that are not from the extract (operations, CDN, Memorystore), kept as they are, plus the regional
 * operation prices of us-central1 copied to every other region of the extract that has none.
 */
function curatedEntries(book: { prices: Entry[] }, regions: readonly string[]): Entry[] {
  const kept = book.prices.filter((e) => !e.source.startsWith(EXTRACT));
  const have = new Set(kept.map((e) => `${e.id}@${e.region}`));
  const out = [...kept];
  for (const e of kept) {
    if (!/^google\/storage\/class-[ab]-/.test(e.id) || e.region !== "us-central1") continue;
    for (const region of regions) {
      if (have.has(`${e.id}@${region}`)) continue;
      out.push({ ...e, region, notes: `${e.notes ?? ""} The same price as us-central1: operation prices depend on the location type (region, dual-region, multi-region), not on the region.`.trim() });
      have.add(`${e.id}@${region}`);
    }
  }
  return out;
}

function main(): void {
  const input = inputFile(2, "GCP_PRICING_YML", "the Cyclenerd pricing.yml extract", USAGE);
  const { doc, generated } = readExtract(input);
  const regions = regionsOf(doc);
  const book = JSON.parse(fs.readFileSync(BOOK_FILE, "utf8")) as { id: string; prices: Entry[] };
  const entries = [...storageEntries(doc, regions), ...egressEntries(doc, regions), ...networkEntries(doc, regions), ...curatedEntries(book, regions)];
  const sorted = writeBook(BOOK_FILE, {
    id: book.id,
    description: `Cloud Storage, Premium Tier internet egress, external IP, Cloud NAT, Cloud VPN, Cloud CDN and Memorystore for Redis list prices. Storage, retrieval, egress, IP, NAT and VPN for the ${regions.length} regions of the ${EXTRACT}, generated ${generated}, by scripts/books/google-storage-network.ts; operations, CDN and Memorystore from the sources named per entry.`,
  }, entries);
  console.log(`Read ${input} (generated ${generated}), ${regions.length} regions. Wrote ${path.relative(process.cwd(), BOOK_FILE)} (${sorted.length} entries).`);
}

main();
