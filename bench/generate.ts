/**
 * Generated Terraform JSON for benchmarks: N resources cycling through templates of priced types, in the regions of the
 * checked-in books. Deterministic for a given N.
 *
 * Two shapes of the same resources:
 * - `cdktf`: the file as `cdktf synth` writes cdk.tf.json, which is what costkit reads in practice: every resource
 *   carries cdktf's `"//".metadata` (construct path and unique id) and the FinOps labels or tags the reference stacks
 *   set; keys sorted; two-space indentation; a `terraform` block with the required providers. (Checked against the
 *   cdk.tf.json of bench/generated-app.ts.)
 * - `bare`: the attributes only, on one line: the smallest file that prices the same, so the hardest ratio to parse.
 */
const REGIONS_GOOGLE = ["us-central1", "europe-west1", "asia-southeast1", "southamerica-east1"];
const REGIONS_AWS = ["us-east-1", "eu-west-1", "ap-southeast-1", "sa-east-1"];

export type Shape = "cdktf" | "bare";

type Template = { type: string; construct: string; tags: "labels" | "tags" | "none"; body: (i: number) => Record<string, unknown> };

export const TEMPLATES: readonly Template[] = [
  { type: "google_compute_disk", construct: "disk", tags: "labels", body: (i) => ({ name: `disk-${i}`, type: ["pd-ssd", "pd-balanced", "pd-standard"][i % 3], size: 100 + (i % 900), zone: `${REGIONS_GOOGLE[i % 4]}-b` }) },
  { type: "google_container_node_pool", construct: "pool", tags: "none", body: (i) => ({ name: `pool-${i}`, location: REGIONS_GOOGLE[i % 4], cluster: "c", autoscaling: { min_node_count: 1 + (i % 3), max_node_count: 10 + (i % 20) }, node_config: { machine_type: ["n2-standard-8", "e2-standard-4", "n2d-standard-16"][i % 3] } }) },
  { type: "google_compute_instance", construct: "vm", tags: "labels", body: (i) => ({ name: `vm-${i}`, zone: `${REGIONS_GOOGLE[i % 4]}-b`, machine_type: ["n2-standard-4", "e2-medium", "c3-standard-8"][i % 3], boot_disk: { initialize_params: { size: 50 } } }) },
  { type: "google_storage_bucket", construct: "bucket", tags: "labels", body: (i) => ({ name: `bucket-${i}`, location: REGIONS_GOOGLE[i % 4].toUpperCase(), storage_class: "STANDARD" }) },
  { type: "aws_instance", construct: "server", tags: "tags", body: (i) => ({ instance_type: ["m5.large", "c6i.xlarge", "r6i.2xlarge"][i % 3], region: REGIONS_AWS[i % 4], root_block_device: { volume_size: 30 } }) },
  { type: "aws_ebs_volume", construct: "volume", tags: "tags", body: (i) => ({ availability_zone: `${REGIONS_AWS[i % 4]}a`, region: REGIONS_AWS[i % 4], size: 100 + i % 500, type: "gp3" }) },
  { type: "aws_lambda_function", construct: "fn", tags: "tags", body: (i) => ({ function_name: `fn-${i}`, region: REGIONS_AWS[i % 4], memory_size: 512, runtime: "nodejs20.x", handler: "index.handler", role: "arn" }) },
  { type: "aws_s3_bucket", construct: "store", tags: "tags", body: (i) => ({ bucket: `bucket-${i}`, region: REGIONS_AWS[i % 4] }) },
];

/** A deterministic 8-hex-digit suffix, like the one cdktf appends to unique ids. */
function suffix(i: number): string {
  let h = (i + 1) * 2654435761;
  h = (h ^ (h >>> 16)) >>> 0;
  return h.toString(16).toUpperCase().padStart(8, "0").slice(0, 8);
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value).sort()) out[k] = sortKeys((value as Record<string, unknown>)[k]);
  return out;
}

export function generateTerraform(n: number, types: readonly string[], shape: Shape = "cdktf"): Record<string, unknown> {
  const templates = TEMPLATES.filter((t) => types.includes(t.type));
  if (templates.length === 0) throw new Error("no priced template type is registered");
  const resource: Record<string, Record<string, unknown>> = {};
  for (let i = 0; i < n; i++) {
    const t = templates[i % templates.length];
    const body = t.body(i);
    if (shape === "bare") {
      (resource[t.type] ??= {})[`r${String(i).padStart(6, "0")}`] = body;
      continue;
    }
    const id = `${t.construct}-${i}`;
    const uniqueId = `${t.construct}_${i}_${suffix(i)}`;
    const allocation = { team: ["playback", "catalogue", "search", "ads"][i % 4], service: `${t.construct}-${i % 20}`, env: "prod" };
    if (t.tags !== "none") body[t.tags] = allocation;
    body["//"] = { metadata: { path: `bench/${id}/resource`, uniqueId } };
    (resource[t.type] ??= {})[uniqueId] = body;
  }
  const doc = {
    provider: { google: [{ project: "bench", region: "europe-west1" }], aws: [{ region: "eu-west-1" }] },
    resource,
    ...(shape === "cdktf"
      ? {
        "//": { metadata: { backend: "local", stackName: "bench", version: "0.21.0" }, outputs: {} },
        terraform: { backend: { local: { path: "terraform.bench.tfstate" } }, required_providers: { aws: { source: "aws", version: "6.25.0" }, google: { source: "google", version: "6.50.0" } } },
      }
      : {}),
  };
  return shape === "cdktf" ? (sortKeys(doc) as Record<string, unknown>) : doc;
}

/** The file text of a generated document in its shape. */
export function terraformText(doc: Record<string, unknown>, shape: Shape): string {
  return shape === "cdktf" ? JSON.stringify(doc, null, 2) : JSON.stringify(doc);
}
