/**
 * Generated Terraform JSON for benchmarks: N resources cycling through templates of priced types, in the regions of the
 * checked-in books. Deterministic for a given N.
 */
const REGIONS_GOOGLE = ["us-central1", "europe-west1", "asia-southeast1", "southamerica-east1"];
const REGIONS_AWS = ["us-east-1", "eu-west-1", "ap-southeast-1", "sa-east-1"];

type Template = { type: string; body: (i: number) => Record<string, unknown> };

export const TEMPLATES: readonly Template[] = [
  { type: "google_compute_disk", body: (i) => ({ name: `disk-${i}`, type: ["pd-ssd", "pd-balanced", "pd-standard"][i % 3], size: 100 + (i % 900), zone: `${REGIONS_GOOGLE[i % 4]}-b` }) },
  { type: "google_container_node_pool", body: (i) => ({ name: `pool-${i}`, location: REGIONS_GOOGLE[i % 4], cluster: "c", autoscaling: { min_node_count: 1 + (i % 3), max_node_count: 10 + (i % 20) }, node_config: { machine_type: ["n2-standard-8", "e2-standard-4", "n2d-standard-16"][i % 3] } }) },
  { type: "google_compute_instance", body: (i) => ({ name: `vm-${i}`, zone: `${REGIONS_GOOGLE[i % 4]}-b`, machine_type: ["n2-standard-4", "e2-medium", "c3-standard-8"][i % 3], boot_disk: { initialize_params: { size: 50 } } }) },
  { type: "google_storage_bucket", body: (i) => ({ name: `bucket-${i}`, location: REGIONS_GOOGLE[i % 4].toUpperCase(), storage_class: "STANDARD" }) },
  { type: "aws_instance", body: (i) => ({ instance_type: ["m5.large", "c6i.xlarge", "r6i.2xlarge"][i % 3], region: REGIONS_AWS[i % 4], root_block_device: { volume_size: 30 } }) },
  { type: "aws_ebs_volume", body: (i) => ({ availability_zone: `${REGIONS_AWS[i % 4]}a`, region: REGIONS_AWS[i % 4], size: 100 + i % 500, type: "gp3" }) },
  { type: "aws_lambda_function", body: (i) => ({ function_name: `fn-${i}`, region: REGIONS_AWS[i % 4], memory_size: 512, runtime: "nodejs20.x", handler: "index.handler", role: "arn" }) },
  { type: "aws_s3_bucket", body: (i) => ({ bucket: `bucket-${i}`, region: REGIONS_AWS[i % 4] }) },
];

export function generateTerraform(n: number, types: readonly string[]): Record<string, unknown> {
  const templates = TEMPLATES.filter((t) => types.includes(t.type));
  if (templates.length === 0) throw new Error("no priced template type is registered");
  const resource: Record<string, Record<string, unknown>> = {};
  for (let i = 0; i < n; i++) {
    const t = templates[i % templates.length];
    (resource[t.type] ??= {})[`r${String(i).padStart(6, "0")}`] = t.body(i);
  }
  return {
    provider: { google: [{ project: "bench", region: "europe-west1" }], aws: [{ region: "eu-west-1" }] },
    resource,
  };
}
