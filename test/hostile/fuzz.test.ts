import * as fc from "fast-check";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { PRICER_FAILED } from "../../pricing/estimate";
import { expectInert, PAYLOADS, runHostile } from "./invariants";

/**
 * Property-based fuzzing: valid Terraform JSON, plans, usage and budgets files, mutated (a value replaced, a key added)
 * with hostile values, through estimate and check. Every run must keep the invariants of the hostile corpus, and no
 * resource may be unpriced because a pricer failed. FUZZ_RUNS sets the number of cases (`npm run fuzz`: 100,000).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
/** `npm test` runs a fixed seed, so that it cannot fail by chance; FUZZ_SEED or a long run (`npm run fuzz`) explores. */
const SEED = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : process.env.FUZZ_RUNS === undefined ? 20261207 : undefined;
const settings = (numRuns: number) => (SEED === undefined ? { numRuns } : { numRuns, seed: SEED });
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "costkit-fuzz-"));

const terraform = {
  variable: { size: { default: 10 }, tags: { type: "map(string)" } },
  locals: { zone: "europe-west1-b" },
  provider: { google: [{ project: "p", region: "europe-west1", default_labels: { env: "prod" } }], aws: [{ region: "us-east-1", default_tags: [{ tags: { team: "t" } }] }] },
  resource: {
    google_compute_disk: { d: { zone: "${local.zone}", size: "${var.size}", type: "pd-ssd", labels: { app: "x" } } },
    google_compute_instance: { vm: { zone: "europe-west1-b", machine_type: "n2-standard-4", count: 2, boot_disk: [{ initialize_params: [{ size: 20, type: "pd-balanced" }] }] } },
    google_container_node_pool: { p: { location: "europe-west1", node_count: 1, autoscaling: [{ min_node_count: 1, max_node_count: 3 }], node_config: [{ machine_type: "e2-standard-4", disk_size_gb: 100 }] } },
    google_storage_bucket: { b: { location: "EU", storage_class: "STANDARD" } },
    aws_instance: { web: { instance_type: "m5.large", tags: { team: "web" }, root_block_device: [{ volume_size: 8, volume_type: "gp3" }] } },
    aws_lambda_function: { f: { function_name: "f", memory_size: 512, runtime: "nodejs20.x", handler: "x", role: "r" } },
    aws_s3_bucket: { s: { bucket: "s" } },
  },
  "//": { cost: { drivers: { users: 1000 } } },
};

const plan = {
  format_version: "1.2", terraform_version: "1.9.0",
  configuration: { provider_config: { aws: { name: "aws", expressions: { region: { constant_value: "us-east-1" } } } } },
  resource_changes: [{
    address: "aws_ebs_volume.a", mode: "managed", type: "aws_ebs_volume", name: "a", provider_name: "registry.terraform.io/hashicorp/aws",
    change: { actions: ["create"], before: null, after: { availability_zone: "us-east-1a", size: 10, type: "gp3", tags: { a: "b" } }, after_unknown: { tags_all: true } },
  }],
};

const usage = { resource_usage: { "google_storage_bucket.b": { storageGib: 100, monthlyEgressGibByGeo: { EU: 10 } }, "aws_lambda_function.f": { monthlyRequests: 1000000, averageDurationMs: 100 } } };
const budgets = { budgets: [{ id: "total", monthlyLimit: "1000" }, { id: "compute", monthlyLimit: "500", scope: { category: "compute" } }] };

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(...PAYLOADS, "NaN", "1e400", "-0", "0x10", "9007199254740993", -1, -0, 1e308, 0.1, true, false, null, [], {}, "${var.tags}", "${var.nope}", "${local.zone}",
    // references that costkit follows: other resources' attributes (some of which refer back), a module's output
    "${aws_instance.web.instance_type}", "${google_compute_disk.d.size}", "${google_compute_instance.vm[1].zone}",
    "${google_compute_disk.d[*].size}", "${module.m.out}", "${length(aws_instance.web)}"),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.json({ maxDepth: 2 }).map((t) => JSON.parse(t) as unknown),
);

/** Every path to a value in a JSON document. */
function paths(v: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (typeof v === "object" && v !== null) for (const k of Object.keys(v)) paths((v as Record<string, unknown>)[k], [...at, k], out);
  return out;
}

/** A copy of the document with the value at one path replaced, or a key added next to it. */
function mutate(doc: unknown, mutations: { pick: number; value: unknown; key?: string }[]): unknown {
  const copy = JSON.parse(JSON.stringify(doc)) as unknown;
  for (const m of mutations) {
    const all = paths(copy).filter((p) => p.length > 0);
    if (all.length === 0) break;
    const p = all[m.pick % all.length];
    let parent = copy as Record<string | number, unknown>;
    for (const seg of p.slice(0, -1)) parent = parent[seg] as Record<string | number, unknown>;
    const last = p[p.length - 1];
    if (m.key !== undefined && !Array.isArray(parent)) Object.defineProperty(parent, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
    else parent[last] = m.value;
  }
  return copy;
}

const mutations = fc.array(fc.record({
  pick: fc.nat(),
  value: hostileValue,
  key: fc.option(fc.constantFrom("__proto__", "constructor", "count", "for_each", "tags", "labels", "//", "toString", "a\u202eb"), { nil: undefined }),
}), { minLength: 1, maxLength: 4 });

let seq = 0;
const write = (name: string, v: unknown) => {
  const file = path.join(dir, `${seq++}-${name}`);
  fs.writeFileSync(file, JSON.stringify(v));
  return file;
};

async function noPricerFailed(out: string): Promise<void> {
  if (!out.startsWith("{")) return;
  const reports = JSON.parse(out) as { unpriced?: { reason: string }[]; reports?: { unpriced: { reason: string }[] }[] };
  for (const r of reports.reports ?? [reports]) for (const u of r.unpriced ?? []) expect(u.reason).not.toContain(PRICER_FAILED);
}

describe(`fuzz (${RUNS} cases; FUZZ_RUNS sets more)`, () => {
  const runs = Math.max(1, Math.round(RUNS / 4));
  const timeout = Math.max(60_000, RUNS * 200);

  test("mutated Terraform JSON through estimate (json, markdown) and check", async () => {
    await fc.assert(fc.asyncProperty(mutations, fc.constantFrom("json", "markdown", "table"), async (ms, format) => {
      const file = write("stack.tf.json", mutate(terraform, ms));
      const e = await runHostile(["estimate", file, "--format", format]);
      expectInert(e.out, format);
      if (format === "json") await noPricerFailed(e.out);
      await runHostile(["check", file]);
    }), settings(runs));
  }, timeout);

  test("mutated plans through estimate", async () => {
    await fc.assert(fc.asyncProperty(mutations, async (ms) => {
      const e = await runHostile(["estimate", write("plan.json", mutate(plan, ms)), "--format", "json"]);
      await noPricerFailed(e.out);
    }), settings(runs));
  }, timeout);

  test("mutated usage files through estimate", async () => {
    const stack = write("stack.tf.json", terraform);
    await fc.assert(fc.asyncProperty(mutations, async (ms) => {
      const e = await runHostile(["estimate", stack, "--usage", write("usage.json", mutate(usage, ms)), "--format", "json"]);
      await noPricerFailed(e.out);
    }), settings(runs));
  }, timeout);

  test("mutated budgets files through check", async () => {
    const stack = write("stack.tf.json", terraform);
    await fc.assert(fc.asyncProperty(mutations, async (ms) => {
      const c = await runHostile(["check", stack, "--budgets", write("budgets.json", mutate(budgets, ms)), "--format", "markdown"]);
      expectInert(c.out, "markdown");
    }), settings(runs));
  }, timeout);
});
