import Decimal from "decimal.js";
import { Lazy, TerraformStack, Testing, Token } from "cdktf";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { GoogleProvider } from "@cdktf/provider-google/lib/provider";
import { Costkit, MultiCdn, MultiCdnProps, StackCost } from "../../constructs";
import { PriceBookJson } from "../../pricing/price-book";
import { CostReport } from "../../pricing/report";
import { NEGOTIATED_CDN } from "../../stacks/negotiated";
import { assertReportInvariants } from "../helpers/invariants";
import { expectInvalidProps } from "../helpers/construct-error";

/** GB (SI) → GiB, rounded as the construct rounds derived quantities (a millionth). */
const gib = (gb: number | string) => new Decimal(gb).times(1e9).div(2 ** 30).toDecimalPlaces(6, Decimal.ROUND_HALF_UP);

interface Built {
  readonly report: CostReport;
  readonly tf: Record<string, any>;
  readonly json: string;
  readonly cdn: MultiCdn;
}

function build(props: MultiCdnProps, books: PriceBookJson[] = [NEGOTIATED_CDN]): Built {
  const stack = new TerraformStack(Testing.app(), "edge");
  new GoogleProvider(stack, "google", { project: "p", region: "us-central1" });
  new AwsProvider(stack, "aws", { region: "us-east-1" });
  for (const b of books) StackCost.of(stack).addPriceBook(b);
  const cdn = new MultiCdn(stack, "cdn", props);
  Costkit.enableStack(stack);
  Testing.fullSynth(stack);
  const report = Costkit.reportOf(stack)!;
  assertReportInvariants(report);
  return { report, tf: stack.toTerraform() as Record<string, any>, json: Testing.synth(stack), cdn };
}

/** The address of the resource of a type whose `name` (or `bucket`) attribute is `name`. */
function addressOf(tf: Record<string, any>, type: string, name: string): string {
  const hit = Object.entries(tf.resource[type] as Record<string, any>).find(([, r]) => r.name === name || r.bucket === name);
  if (!hit) throw new Error(`no ${type} named ${name}`);
  return `${type}.${hit[0]}`;
}

function resource(report: CostReport, address: string) {
  const r = report.resources.find((x) => x.address === address);
  if (!r) throw new Error(`${address} is not priced: ${JSON.stringify(report.unpriced.filter((u) => u.address === address))}`);
  return r;
}

const cost = (report: CostReport, address: string, line: string) => resource(report, address).components.find((c) => c.name === line);

/**
 * Every CDN at once, with the seed's negotiated book:
 * delivered NA 100,000 GB, EU 50,000 GB; fastly 40 %, cloudflare 20 %, akamai 10 %, Cloud CDN 20 %, CloudFront 10 %;
 * 90 % cache hits (fill 10 %); 1 MB per response (1,000 requests per GB); origins us-central1 (NA), europe-west1 (EU).
 */
const MIX: MultiCdnProps = {
  namePrefix: "audio",
  trafficSplit: { fastly: 0.4, cloudflare: 0.2, akamai: 0.1, "cloud-cdn": 0.2, cloudfront: 0.1 },
  origins: [{ region: "us-central1", geos: ["NA"] }, { region: "europe-west1", geos: ["EU"] }],
  labels: { team: "delivery" },
  usage: { deliveredGbByGeo: { NA: 100_000, EU: 50_000 }, cacheHitRate: 0.9, averageResponseBytes: 1_000_000, originStorageGb: 1000 },
};

describe("MultiCdn", () => {
  const mix = build(MIX);

  test("emits the origin buckets, a Cloud CDN backend per origin and one CloudFront distribution", () => {
    expect(Testing.toHaveResourceWithProperties(mix.json, "google_storage_bucket", {
      name: "audio-origin-us-central1", location: "US-CENTRAL1", storage_class: "STANDARD", labels: { team: "delivery", "seed-line": "cdn-origin" },
    })).toBe(true);
    expect(Testing.toHaveResourceWithProperties(mix.json, "google_compute_backend_bucket", {
      name: "audio-cdn-europe-west1", enable_cdn: true, bucket_name: `\${${addressOf(mix.tf, "google_storage_bucket", "audio-origin-europe-west1")}.name}`,
    })).toBe(true);
    const [distribution] = Object.values(JSON.parse(mix.json).resource.aws_cloudfront_distribution) as Record<string, any>[];
    expect(distribution).toMatchObject({
      price_class: "PriceClass_All", tags: { team: "delivery", "seed-line": "cdn-cloudfront" },
      origin: [{ domain_name: "storage.googleapis.com", origin_path: "/audio-origin-us-central1" }],
      default_cache_behavior: { allowed_methods: ["GET", "HEAD"], viewer_protocol_policy: "redirect-to-https" },
    });
    expect(mix.tf["//"].cost.items.map((i: { name: string }) => i.name)).toEqual(["audio-fastly", "audio-cloudflare", "audio-akamai"]);
  });

  test("third-party contracts: each CDN's share of every geo in SI GB, at the negotiated rate against Fastly's list", () => {
    const fastly = resource(mix.report, "costkit_cdn_contract.audio-fastly");
    // 40 % of 100,000 / 50,000 GB = 40,000 / 20,000 GB × $0.02 = 1,200; requests included (0)
    expect(fastly.components.filter((c) => c.name.startsWith("CDN egress")).map((c) => [c.name, c.monthlyQuantity.expected, c.unitPrice, c.listUnitPrice])).toEqual([
      ["CDN egress (NA, first 10,000 GB)", "10000", "0.02", "0.12"],
      ["CDN egress (NA, over 10,000 GB)", "30000", "0.02", "0.08"],
      ["CDN egress (EU, first 10,000 GB)", "10000", "0.02", "0.12"],
      ["CDN egress (EU, over 10,000 GB)", "10000", "0.02", "0.08"],
    ]);
    expect(fastly.monthlyCost.expected).toBe("1200");
    // list: NA 1,200 + 2,400, EU 1,200 + 800, requests 4,000 × 0.0075 + 2,000 × 0.0075 = 45
    expect(fastly.listMonthlyCost.expected).toBe("5645");
    expect(fastly.tags).toEqual({ "seed-line": "cdn-fastly", team: "delivery" });
    expect(cost(mix.report, "costkit_cdn_contract.audio-fastly", "Requests (NA)")?.monthlyQuantity.expected).toBe("4000");
    // Cloudflare 30,000 GB and Akamai 15,000 GB at the contract rate; no public list, so list = contract
    expect(resource(mix.report, "costkit_cdn_contract.audio-cloudflare").monthlyCost.expected).toBe("600");
    expect(resource(mix.report, "costkit_cdn_contract.audio-akamai").listMonthlyCost.expected).toBe("300");
  });

  test("Cloud CDN: the geos an origin serves, in GiB; its cache fill and lookups", () => {
    const na = addressOf(mix.tf, "google_compute_backend_bucket", "audio-cdn-us-central1");
    expect(mix.tf.resource.google_compute_backend_bucket[na.split(".")[1]]["//"].cost.usage).toEqual({
      monthlyEgressGibByGeo: { NA: gib(20_000).toFixed() }, cacheHitRatio: "0.9", monthlyRequests: "20000000",
    });
    const egress = gib(20_000); // 18,626.451492 GiB: 10,240 in the first tier, the rest in the second, all at $0.02
    const lines = resource(mix.report, na).components;
    expect(lines.filter((c) => c.name.startsWith("CDN egress")).map((c) => c.monthlyQuantity.expected)).toEqual(["10240", egress.minus(10240).toFixed()]);
    expect(resource(mix.report, na).monthlyCost.expected).toBe(
      egress.times("0.02").plus(egress.times("0.1").times("0.04")).plus(2000 * 0.0075).toFixed(),
    );
    expect(cost(mix.report, na, "Cache fill (NA)")?.monthlyQuantity.expected).toBe(egress.times("0.1").toFixed());
  });

  test("CloudFront: its share by geo in GB and HTTPS requests by geo", () => {
    const address = `aws_cloudfront_distribution.${Object.keys(mix.tf.resource.aws_cloudfront_distribution)[0]}`;
    // 10,000 GB NA + 5,000 GB EU at $0.02; 10M HTTPS requests NA × 0.01, 5M EU × 0.012 per 10K
    expect(resource(mix.report, address).monthlyCost.expected).toBe("316");
    expect(resource(mix.report, address).listMonthlyCost.expected).toBe("1291"); // 15,000 GB × 0.085 + 16
  });

  test("origin egress: the fill of every CDN but Cloud CDN, as the origin bucket's internet egress; misses read the bucket", () => {
    const us = addressOf(mix.tf, "google_storage_bucket", "audio-origin-us-central1");
    const eu = addressOf(mix.tf, "google_storage_bucket", "audio-origin-europe-west1");
    const usage = (a: string) => mix.tf.resource.google_storage_bucket[a.split(".")[1]]["//"].cost.usage;
    // us-central1: 10 % of (fastly 40,000 + cloudflare 20,000 + akamai 10,000) NA GB, plus CloudFront's fill of both geos
    // (15,000 GB × 10 %), which goes to the first origin: 8,500 GB
    expect(usage(us)).toEqual({ monthlyEgressGib: gib(8500).toFixed(), storageGib: gib(1000).toFixed(), monthlyClassBOperations: "10500000" });
    // europe-west1: 10 % of (20,000 + 10,000 + 5,000) EU GB = 3,500 GB; misses 10 % of 45,000 GB × 1,000 requests
    expect(usage(eu)).toEqual({ monthlyEgressGib: gib(3500).toFixed(), storageGib: gib(1000).toFixed(), monthlyClassBOperations: "4500000" });
    expect(resource(mix.report, us).category).toBe("cdn");
    const e = gib(8500);
    const egressCost = new Decimal(1024).times("0.12").plus(e.minus(1024).times("0.11")); // 7,916 GiB: the first two tiers
    expect(resource(mix.report, us).components.filter((c) => c.name.startsWith("Internet egress")).reduce((a, c) => a.plus(c.monthlyCost.expected), new Decimal(0)).toFixed())
      .toBe(egressCost.toFixed());
    expect(mix.cdn.originEgressGbByGeo.NA?.toFixed()).toBe("10000");
  });

  test("a Fastly contract below its $50 pay-as-you-go minimum is billed the minimum", () => {
    const small = build({
      namePrefix: "tiny", trafficSplit: { fastly: 1 },
      usage: { deliveredGbByGeo: { NA: 100 }, cacheHitRate: 0.9, averageResponseBytes: 1_000_000 },
    }, []);
    // 100 GB × 0.12 = 12 + 100,000 requests = 10 × 10K × 0.0075 = 0.075 → top-up 37.925
    const fastly = resource(small.report, "costkit_cdn_contract.tiny-fastly");
    expect(cost(small.report, "costkit_cdn_contract.tiny-fastly", "Monthly minimum top-up")?.monthlyQuantity.expected).toBe("37.925");
    expect(fastly.monthlyCost.expected).toBe("50");
  });

  test("Cloudflare and Akamai without a contract rate are unpriced with the reason, never guessed", () => {
    const seed = build({
      namePrefix: "seed", trafficSplit: { fastly: 0.4, cloudflare: 0.3, akamai: 0.3 },
      usage: { deliveredGbByGeo: { NA: 1000 }, cacheHitRate: 0.92 },
    }, []);
    expect(seed.report.unpriced.filter((u) => u.address === "costkit_cdn_contract.seed-cloudflare").map((u) => u.reason)).toContain("no price book has cloudflare/cdn/egress");
    expect(seed.report.unpriced.some((u) => u.address === "costkit_cdn_contract.seed-akamai")).toBe(true);
    // Fastly at list: 400 GB × 0.12; requests unknown (depend on usage)
    expect(resource(seed.report, "costkit_cdn_contract.seed-fastly").monthlyCost.expected).toBe("48");
  });

  describe("fails if", () => {
    const base = MIX;
    const fails = (props: Partial<MultiCdnProps>, ...messages: RegExp[]) => {
      const stack = new TerraformStack(Testing.app(), "edge");
      let err: Error | undefined;
      try {
        new MultiCdn(stack, "cdn", { ...base, ...props });
      } catch (e) {
        err = e as Error;
      }
      expect(err?.message).toBeDefined();
      for (const m of messages) expect(err!.message).toMatch(m);
    };

    test("the traffic split does not sum to 1", () => fails({ trafficSplit: { fastly: 0.4, cloudflare: 0.3 } }, /trafficSplit shares sum to 0\.7, not 1/));
    test("a share is out of range or a CDN unknown", () =>
      fails({ trafficSplit: { fastly: 1.5, limelight: 0.1 } as never }, /trafficSplit\.fastly \(1\.5\) must be a number from 0 to 1/, /unknown CDN "limelight"/));
    test("the cache hit rate is not a ratio", () => fails({ usage: { ...base.usage, cacheHitRate: 92 } }, /usage\.cacheHitRate \(92\) must be from 0 to 1/));
    test("a geo with traffic has no origin, or two", () =>
      fails({ origins: [{ region: "us-central1", geos: ["NA"] }, { region: "europe-west1", geos: ["NA"] }] },
        /geo NA is served by two origins \(us-central1 and europe-west1\)/, /deliveredGbByGeo\.EU has traffic but no origin serves EU/));
    test("the name prefix cannot prefix a bucket name", () => fails({ namePrefix: "Audio_CDN" }, /namePrefix \("Audio_CDN"\) must be 1–40 characters/));
    test("usage holds a token", () =>
      fails({ usage: { ...base.usage, cacheHitRate: Token.asNumber(Lazy.numberValue({ produce: () => 0.9 })) } }, /usage\.cacheHitRate is an unresolved token/));
    test("every problem is reported at once", () =>
      fails({ namePrefix: "X", usage: { ...base.usage, cacheHitRate: -1, averageResponseBytes: 0 } }, /namePrefix/, /cacheHitRate \(-1\)/, /averageResponseBytes \(0\) must be > 0/));
  });
});

describe("MultiCdn props errors", () => {
  test("fails if several props are invalid: one ConstructError naming the path, each prop, its value and the fix", () => {
    const e = expectInvalidProps(
      () => new MultiCdn(new TerraformStack(Testing.app(), "edge"), "cdn", { ...MIX, trafficSplit: { fastly: 0.5, clodflare: 0.5 } as never, usage: { ...MIX.usage, cacheHitRate: 2 } }),
      "edge/cdn", ["trafficSplit", "usage.cacheHitRate"],
    );
    expect(e.message).toMatch(/trafficSplit has an unknown CDN "clodflare"; allowed: fastly, cloudflare, akamai, cloud-cdn, cloudfront; did you mean "cloudflare"\?/);
    expect(e.message).toMatch(/usage\.cacheHitRate \(2\) must be from 0 to 1 \(0\.92 for 92 %\)/);
  });
});
