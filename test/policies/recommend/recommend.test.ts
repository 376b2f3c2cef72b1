import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { recommendationsFor } from "../../../cli/recommend";
import { estimate } from "../../../pricing/estimate";
import { catalogOf } from "../../../pricing/books";
import { embeddedBooks } from "../../../pricing/books";
import { Money } from "../../../pricing/money";
import { Recommendation } from "../../../pricing/recommendation";
import { DEFAULT_REGISTRY } from "../../../pricing/resources";
import { readTerraform } from "../../../pricing/terraform";
import { runCli } from "../../helpers/cli";

/**
 * testdata/savings.tf.json: a GKE pool autoscaling 9..90 nodes (expected 20, n2-standard-8, europe-west1), a batch pool
 * of 2 nodes declared interruptible, an empty pool, an S3 bucket of 1,000,000 GB in STANDARD with no retrievals, a hot
 * bucket read 10^11 times a month, two n2-standard-16 nodes at 30 % and 45 % average CPU (no commitment wanted), and a MultiCdn's two contract items (Fastly, Cloudflare) with split constraints and
 * contract rates in "//".cost.cdnConstraints.audio.
 */
const FIXTURE = path.join(__dirname, "testdata", "savings.tf.json");
const json = () => JSON.parse(fs.readFileSync(FIXTURE, "utf8"));
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "costkit-recommend-"));

/** The expected monthly total of a Terraform JSON document, priced as recommend prices it (embedded books, extra books). */
function total(doc: unknown, extra: unknown[] = []): Money {
  const d = readTerraform(doc, "fixture.tf.json");
  const books = [...embeddedBooks(d), ...extra.map((b) => b as never)];
  return new Money(estimate(d, { stack: "s", catalog: catalogOf([], {}, books), registry: DEFAULT_REGISTRY }).monthlyCost.expected);
}

describe("costkit recommend", () => {
  let recs: Recommendation[];
  beforeAll(() => {
    recs = recommendationsFor(FIXTURE);
  });
  const of = (rule: string) => recs.filter((r) => r.rule === rule);

  test("lists each rule's recommendation, largest expected saving first", () => {
    expect(recs.map((r) => `${r.rule} ${r.subject.addresses[0]}`)).toEqual([
      "Savings-STORE1 aws_s3_bucket.archive",
      "Savings-CDN1 costkit_cdn_contract.audio-cloudflare",
      "Savings-SPOT1 google_container_node_pool.batch",
      "Savings-COMMIT1 google_container_node_pool.web",
      "Savings-SIZE1 google_container_node_pool.idle",
    ]);
  });

  test("every saving is the exact difference of the before and after lines it shows", () => {
    for (const r of recs) {
      const sum = (rs: readonly { monthlyCost: { expected: string } }[]) => rs.reduce((s, x) => s.plus(x.monthlyCost.expected), new Money(0));
      expect(sum(r.before).minus(sum(r.after)).toFixed()).toBe(r.monthlySaving.expected);
      expect(r.before.length).toBeGreaterThan(0);
      expect(r.after.length).toBe(r.before.length);
    }
  });

  test("SPOT1 (fires): the saving equals two estimates of the Terraform, before and with node_config.spot = true", () => {
    const [r] = of("Savings-SPOT1");
    const after = json();
    after.resource.google_container_node_pool.batch.node_config.spot = true;
    expect(total(json()).minus(total(after)).toFixed()).toBe(r.monthlySaving.expected);
    expect(r.after[0].components.filter((c) => c.purchaseOption).every((c) => c.purchaseOption === "spot")).toBe(true);
  });

  test("COMMIT1 (fires): commits to the pool's minimum (9 nodes, not the expected 20); the saving equals two estimates", () => {
    const [r] = of("Savings-COMMIT1");
    expect(r.details).toEqual({ committedNodes: "9", term: "3y" });
    expect(r.assumptions.join(" ")).toContain("not sized above the minimum");
    const after = json();
    after.resource.google_container_node_pool.web["//"].cost.usage = { expectedNodes: 20, committedNodes: 9, commitmentTerm: "3y" };
    expect(total(json()).minus(total(after)).toFixed()).toBe(r.monthlySaving.expected);
  });

  test("COMMIT1, SPOT1 (do not fire): no commitment for interruptible or empty pools, no Spot for pools not declared interruptible", () => {
    expect(of("Savings-COMMIT1").map((r) => r.subject.addresses[0])).toEqual(["google_container_node_pool.web"]);
    expect(of("Savings-SPOT1").map((r) => r.subject.addresses[0])).toEqual(["google_container_node_pool.batch"]);
  });

  test("SIZE1 (fires): the node at 30 % CPU moves to n2-standard-8 (60 % after); (does not fire) for the one at 45 %, which would run at 90 %", () => {
    const r = of("Savings-SIZE1");
    expect(r.map((x) => x.subject.addresses[0])).toEqual(["google_container_node_pool.idle"]);
    expect(r[0].details).toEqual({ from: "n2-standard-16", to: "n2-standard-8", utilizationAfter: "0.6" });
    const after = json();
    after.resource.google_container_node_pool.idle.node_config.machine_type = "n2-standard-8";
    expect(total(json()).minus(total(after)).toFixed()).toBe(r[0].monthlySaving.expected);
  });

  test("STORE1 (fires): DEEP_ARCHIVE for the unread bucket, with the break-even; (does not fire) for the bucket read 10^11 times a month", () => {
    const [r] = of("Savings-STORE1");
    expect(r.subject.addresses).toEqual(["aws_s3_bucket.archive"]);
    expect((r.details as { to: string }).to).toBe("DEEP_ARCHIVE");
    const after = json();
    after.resource.aws_s3_bucket.archive["//"].cost.usage = { storageGbByClass: { DEEP_ARCHIVE: "1000000" } };
    expect(total(json()).minus(total(after)).toFixed()).toBe(r.monthlySaving.expected);
  });

  test("CDN1 (fires): the LP split, re-priced exactly at the contract rates; 1,000,000 GB per geo → $46,000 before, $43,000 after", () => {
    const [r] = of("Savings-CDN1");
    expect(r.monthlySaving).toEqual({ min: "3000", expected: "3000", max: "3000" });
    expect(r.details?.split).toEqual({ cloudflare: { NA: "0.7", EU: "0.3" }, fastly: { NA: "0.3", EU: "0.7" } });
    expect(r.details?.bindingConstraints).toEqual(["cloudflare share in NA ≤ 0.7", "fastly share in EU ≤ 0.7"]);
    const after = json();
    const items = after["//"].cost.items;
    items[0].usage.monthlyEgressGbByGeo = { NA: "300000", EU: "700000" };
    items[1].usage.monthlyEgressGbByGeo = { NA: "700000", EU: "300000" };
    const rates = {
      formatVersion: "1", id: "cdn-contract-rates", kind: "override", currency: "USD", effectiveDate: "2024-09-01", description: "test",
      prices: [["fastly", "NA", "0.02"], ["fastly", "EU", "0.025"], ["cloudflare", "NA", "0.015"], ["cloudflare", "EU", "0.03"]].map(([v, g, p]) => ({
        id: `${v}/cdn/egress`, region: g, unit: "GB", description: "rate", price: p, source: "test contract", effectiveDate: "2024-09-01",
      })),
    };
    const { parsePriceBook } = jest.requireActual("../../../pricing/price-book");
    const book = parsePriceBook(rates, "rates");
    expect(total(json(), [book]).minus(total(after, [book])).toFixed()).toBe("3000");
  });

  test("CDN1 (does not fire) without constraints, or when the current split is already the cheapest", () => {
    const dir = tmp();
    const none = json();
    delete none["//"].cost.cdnConstraints;
    fs.writeFileSync(path.join(dir, "none.tf.json"), JSON.stringify(none));
    expect(recommendationsFor(path.join(dir, "none.tf.json")).filter((r) => r.rule === "Savings-CDN1")).toEqual([]);
    const best = json();
    best["//"].cost.items[0].usage.monthlyEgressGbByGeo = { NA: "300000", EU: "700000" };
    best["//"].cost.items[1].usage.monthlyEgressGbByGeo = { NA: "700000", EU: "300000" };
    fs.writeFileSync(path.join(dir, "best.tf.json"), JSON.stringify(best));
    expect(recommendationsFor(path.join(dir, "best.tf.json")).filter((r) => r.rule === "Savings-CDN1")).toEqual([]);
  });

  test("an acknowledgement in the stack marks the recommendation (with its reason); an expired one does not", () => {
    const dir = tmp();
    const doc = json();
    doc["//"].cost.acknowledgements = [
      { path: "", ruleId: "Savings-SPOT1", reason: "the batch jobs cannot be retried yet", expires: "2999-01-01" },
      { path: "", ruleId: "Savings-STORE1", reason: "restores must take minutes, not hours", expires: "2000-01-01" },
    ];
    fs.writeFileSync(path.join(dir, "ack.tf.json"), JSON.stringify(doc));
    const out = recommendationsFor(path.join(dir, "ack.tf.json"));
    expect(out.find((r) => r.rule === "Savings-SPOT1")?.acknowledged).toEqual({ reason: "the batch jobs cannot be retried yet", expires: "2999-01-01" });
    expect(out.find((r) => r.rule === "Savings-STORE1")?.acknowledged).toBeUndefined();
  });

  test("--format json writes {formatVersion, currency, recommendations}; table and markdown list the same savings", async () => {
    const j = await runCli(["recommend", FIXTURE, "--format", "json"]);
    expect(j.code).toBe(0);
    const doc = JSON.parse(j.out);
    expect(Object.keys(doc)).toEqual(["formatVersion", "currency", "recommendations"]);
    expect(Object.keys(doc.recommendations[0])).toEqual(["id", "rule", "level", "subject", "change", "monthlySaving", "before", "after", "assumptions", "confidence", "details"]);
    const t = await runCli(["recommend", FIXTURE]);
    expect(t.out).toContain("5 recommendations, $26,392.41 a month in all"); // 20,573.20 + 3,000 + 1,087.02 + 983.31 + 748.88
    const m = await runCli(["recommend", FIXTURE, "--format", "markdown"]);
    expect(m.out).toContain("| Saving a month | Rule | Stack | Resource | Before → after (expected) | Change |");
  });
});

describe("costkit recommend: bad constraints files exit 2 naming the file, the line and the key", () => {
  const run = async (yaml: string) => {
    const dir = tmp();
    const file = path.join(dir, "cdn.yaml");
    fs.writeFileSync(file, yaml);
    return { ...(await runCli(["recommend", FIXTURE, "--cdn-constraints", file])), file };
  };

  test.each([
    ["an unknown CDN", "version: 1\nshares:\n  fastly: { min: 0.1 }\n  limelight: { max: 0.5 }\n", 4, "shares.limelight", "unknown CDN"],
    ["a share above 1", "version: 1\nshares:\n  fastly:\n    max: 1.5\n", 4, "shares.fastly.max", "a share from 0 to 1"],
    ["min above max", "shares:\n  akamai: { min: 0.7, max: 0.2 }\n", 2, "shares.akamai", "min 0.7 is above max 0.2"],
    ["a negative rate", "ratesSource: x\nratesEffectiveDate: \"2024-09-01\"\nrates:\n  fastly:\n    NA: -0.02\n", 5, "rates.fastly.NA", "a price in USD per GB"],
    ["rates without a source", "rates:\n  fastly: { NA: 0.02 }\n", 1, "rates", "ratesSource and ratesEffectiveDate"],
    ["an unknown top-level key", "version: 1\nsplit: {}\n", 2, "split", "unknown key"],
    ["minimum shares above 1", "shares:\n  fastly: { min: 0.6 }\n  akamai: { min: 0.6 }\n", 1, "shares", "add up to 1.2"],
  ])("%s", async (_name, yaml, line, key, problem) => {
    const { code, out, err, file } = await run(yaml);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toContain(`${file}:${line}: ${key}: `);
    expect(err).toContain(problem);
    expect(err).not.toMatch(/\n\s+at /); // no stack trace
  });

  test("a valid file is used instead of the stack's constraints", async () => {
    const { code, out } = await run("version: 1\nshares:\n  fastly: { min: 0.5, max: 0.5 }\n  cloudflare: { min: 0.5, max: 0.5 }\n");
    expect(code).toBe(0);
    expect(out).not.toContain("Savings-CDN1");
  });
});
