/**
 * Every line of the seed's cost tables ("Spotify Infrastructure Cost Breakdown: $65M/Month Reality", a public breakdown, 2024 data), in USD a month, and how the model's reports map to
 * it: categories by report category, sub-items by the `seed-line` label/tag on resources and items, regions by geo,
 * features by the summary's allocated cost by feature (byTag.feature, policies/allocation.yaml).
 */
export interface SeedLine {
  readonly id: string;
  readonly table: string;
  readonly label: string;
  readonly seedMonthly: number;
  /** How the model's figure is found. */
  readonly match: { readonly category?: string; readonly seedLine?: readonly string[]; readonly geo?: string; readonly total?: true; readonly feature?: string };
}

export const SEED_LINES: readonly SeedLine[] = [
  { id: "total", table: "Total", label: "Total monthly infrastructure", seedMonthly: 65_000_000, match: { total: true } },
  { id: "cat-cdn", table: "Categories", label: "CDN/Streaming", seedMonthly: 28_000_000, match: { category: "cdn" } },
  { id: "cat-storage", table: "Categories", label: "Storage", seedMonthly: 12_000_000, match: { category: "storage" } },
  { id: "cat-compute", table: "Categories", label: "Compute", seedMonthly: 10_000_000, match: { category: "compute" } },
  { id: "cat-data", table: "Categories", label: "Data/Analytics", seedMonthly: 8_000_000, match: { category: "data" } },
  { id: "cat-network", table: "Categories", label: "Networking", seedMonthly: 4_000_000, match: { category: "network" } },
  { id: "cat-ml", table: "Categories", label: "ML/Recommendations", seedMonthly: 2_000_000, match: { category: "ml" } },
  { id: "cat-other", table: "Categories", label: "Other", seedMonthly: 1_000_000, match: { category: "other" } },
  { id: "cdn-fastly", table: "CDN & streaming", label: "Fastly CDN (40 % of traffic)", seedMonthly: 8_000_000, match: { seedLine: ["cdn-fastly"] } },
  { id: "cdn-cloudflare", table: "CDN & streaming", label: "Cloudflare (30 %)", seedMonthly: 5_000_000, match: { seedLine: ["cdn-cloudflare"] } },
  { id: "cdn-akamai", table: "CDN & streaming", label: "Akamai (30 %)", seedMonthly: 5_000_000, match: { seedLine: ["cdn-akamai"] } },
  { id: "origin-nginx", table: "CDN & streaming", label: "NGINX origin clusters, 10,000 servers", seedMonthly: 4_000_000, match: { seedLine: ["origin-nginx", "cdn-origin-nginx"] } },
  { id: "origin-encoding", table: "CDN & streaming", label: "Encoding farm, 5,000 servers", seedMonthly: 3_000_000, match: { seedLine: ["origin-encoding", "cdn-origin-encoding"] } },
  { id: "origin-cache", table: "CDN & streaming", label: "Cache layer, 50 PB Redis/Memcached", seedMonthly: 3_000_000, match: { seedLine: ["origin-cache", "cdn-origin-cache"] } },
  { id: "storage-ssd", table: "Storage", label: "Hot: SSD arrays, 1 PB", seedMonthly: 4_000_000, match: { seedLine: ["storage-hot-ssd", "storage-ssd"] } },
  { id: "storage-nvme", table: "Storage", label: "Hot: NVMe cache, 100 TB", seedMonthly: 3_000_000, match: { seedLine: ["storage-hot-nvme", "storage-nvme"] } },
  { id: "storage-hdd", table: "Storage", label: "Warm: HDD arrays, 50 PB", seedMonthly: 3_000_000, match: { seedLine: ["storage-warm-hdd", "storage-hdd"] } },
  { id: "storage-object", table: "Storage", label: "Warm: object storage, cloud mix", seedMonthly: 1_000_000, match: { seedLine: ["storage-warm-object", "storage-object"] } },
  { id: "storage-glacier", table: "Storage", label: "Cold: AWS Glacier, 100 PB", seedMonthly: 500_000, match: { seedLine: ["storage-cold-glacier", "storage-glacier"] } },
  { id: "storage-tape", table: "Storage", label: "Cold: tape archive, 200 PB", seedMonthly: 500_000, match: { seedLine: ["storage-cold-tape", "storage-tape"] } },
  { id: "compute-gke", table: "Compute", label: "GKE, 20,000 pods", seedMonthly: 3_000_000, match: { seedLine: ["compute-gke"] } },
  { id: "compute-functions", table: "Compute", label: "Cloud Functions, 10B invocations", seedMonthly: 2_000_000, match: { seedLine: ["compute-functions", "compute-cloud-functions"] } },
  { id: "compute-appengine", table: "Compute", label: "App Engine APIs", seedMonthly: 2_000_000, match: { seedLine: ["compute-appengine", "compute-app-engine"] } },
  { id: "compute-ecs", table: "Compute", label: "ECS/Fargate, 5,000 tasks", seedMonthly: 1_000_000, match: { seedLine: ["compute-ecs", "compute-ecs-fargate"] } },
  { id: "compute-lambda", table: "Compute", label: "Lambda event processing", seedMonthly: 1_000_000, match: { seedLine: ["compute-lambda"] } },
  { id: "compute-baremetal", table: "Compute", label: "On-prem bare metal, critical services", seedMonthly: 1_000_000, match: { seedLine: ["compute-baremetal", "compute-bare-metal", "compute-onprem"] } },
  { id: "data-pubsub", table: "Data & analytics", label: "Pub/Sub, 100B events/day", seedMonthly: 1_000_000, match: { seedLine: ["data-pubsub", "pubsub-ingestion"] } },
  { id: "data-kafka", table: "Data & analytics", label: "Kafka event streaming", seedMonthly: 1_000_000, match: { seedLine: ["data-kafka", "kafka-streaming"] } },
  { id: "data-dataflow", table: "Data & analytics", label: "Dataflow stream processing", seedMonthly: 2_000_000, match: { seedLine: ["data-dataflow", "dataflow-streaming"] } },
  { id: "data-dataproc", table: "Data & analytics", label: "Dataproc/Spark batch", seedMonthly: 2_000_000, match: { seedLine: ["data-dataproc", "dataproc-spark"] } },
  { id: "data-bigquery", table: "Data & analytics", label: "BigQuery, 10 PB analysed/day", seedMonthly: 1_500_000, match: { seedLine: ["data-bigquery", "bigquery-analytics"] } },
  { id: "data-bigtable", table: "Data & analytics", label: "Bigtable user profiles", seedMonthly: 500_000, match: { seedLine: ["data-bigtable", "bigtable-profiles"] } },
  { id: "ml-tpu", table: "ML", label: "TPU v4 pods, recommendation training", seedMonthly: 600_000, match: { seedLine: ["ml-tpu", "ml-tpu-training"] } },
  { id: "ml-gpu", table: "ML", label: "A100 GPUs, audio analysis", seedMonthly: 600_000, match: { seedLine: ["ml-gpu", "ml-gpu-training"] } },
  { id: "ml-vertex", table: "ML", label: "Vertex AI, 100M predictions/day", seedMonthly: 500_000, match: { seedLine: ["ml-vertex", "ml-vertex-inference"] } },
  { id: "ml-custom", table: "ML", label: "Custom serving, edge inference", seedMonthly: 300_000, match: { seedLine: ["ml-custom", "ml-edge-inference"] } },
  { id: "geo-na", table: "Regions", label: "North America", seedMonthly: 20_000_000, match: { geo: "NA" } },
  { id: "geo-eu", table: "Regions", label: "Europe", seedMonthly: 25_000_000, match: { geo: "EU" } },
  { id: "geo-latam", table: "Regions", label: "Latin America", seedMonthly: 8_000_000, match: { geo: "LATAM" } },
  { id: "geo-apac", table: "Regions", label: "Asia Pacific", seedMonthly: 10_000_000, match: { geo: "APAC" } },
  { id: "geo-other", table: "Regions", label: "Other", seedMonthly: 2_000_000, match: { geo: "OTHER" } },
  // Seed: "Cost Breakdown by Feature".
  { id: "feature-music", table: "Features (allocated cost)", label: "Music streaming", seedMonthly: 45_000_000, match: { feature: "music-streaming" } },
  { id: "feature-podcasts", table: "Features (allocated cost)", label: "Podcast delivery", seedMonthly: 10_000_000, match: { feature: "podcasts" } },
  { id: "feature-discover-weekly", table: "Features (allocated cost)", label: "Discover Weekly", seedMonthly: 3_000_000, match: { feature: "discover-weekly" } },
  { id: "feature-wrapped", table: "Features (allocated cost)", label: "Wrapped", seedMonthly: 2_000_000, match: { feature: "wrapped" } },
  { id: "feature-social", table: "Features (allocated cost)", label: "Social features", seedMonthly: 2_000_000, match: { feature: "social" } },
  { id: "feature-live-audio", table: "Features (allocated cost)", label: "Live audio", seedMonthly: 1_000_000, match: { feature: "live-audio" } },
  { id: "feature-other", table: "Features (allocated cost)", label: "Other", seedMonthly: 2_000_000, match: { feature: "other" } },
];

/** The seed's cost per monthly active user, by geo and overall. */
export const SEED_COST_PER_USER: readonly { scope: string; label: string; seed: number }[] = [
  { scope: "all", label: "Overall", seed: 0.108 },
  { scope: "NA", label: "North America", seed: 0.18 },
  { scope: "EU", label: "Europe", seed: 0.14 },
  { scope: "LATAM", label: "Latin America", seed: 0.09 },
  { scope: "APAC", label: "Asia Pacific", seed: 0.12 },
];
