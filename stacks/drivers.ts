/**
 * The business drivers of the reference footprint: one file, the seed's figures ("Spotify
 * Infrastructure Cost Breakdown: $65M/Month Reality", a public breakdown of Spotify's infrastructure cost, 2024 data:
 * about $65M a month for 600M users), plus the few facts the seed lacks, each with its
 * source. Every stack derives its quantities from here; nothing in a stack is a hard-coded cost.
 */
import { scenarioDrivers } from "../constructs/scenario";
import { Geo, GEOS } from "../pricing/geo";

export type Tier = "free" | "premium";

/** Bitrates the catalogue is encoded in (seed: "Multiple qualities: 96, 160, 320 kbps + lossless"). */
export const BITRATES_KBPS = {
  opus96: 96,
  ogg160: 160,
  aac256: 256,
  ogg320: 320,
  /** FLAC of CD audio is typically 50–70 % of PCM's 1,411 kbps (a property of the codec, not a Spotify figure: https://xiph.org/flac/comparison.html); we take 900. */
  flac: 900,
} as const;
export type Encoding = keyof typeof BITRATES_KBPS;

/** Seed: "600M total users": the user base at which the seed's volumes (events, predictions, pods…) were measured. */
export const SEED_MONTHLY_ACTIVE_USERS = 600_000_000;

const BASE_DRIVERS = {
  /** Seed: "246M subscribers". */
  subscribers: 246_000_000,
  /**
   * Users by geo, derived from the seed's "Infrastructure by Region" costs divided by its "Cost per User by Region"
   * (NA $20M / $0.18, EU $25M / $0.14, LATAM $8M / $0.09, APAC $10M / $0.12); OTHER is the remainder of 600M.
   */
  monthlyActiveUsersByGeo: {
    NA: 111_111_111,
    EU: 178_571_429,
    LATAM: 88_888_889,
    APAC: 83_333_333,
    OTHER: 138_095_238,
  } as Record<Geo, number>,
  /** Seed, "Subscriber vs Free User Costs": free users stream 40 hours a month, premium users 120. */
  listeningHoursPerUser: { free: 40, premium: 120 } as Record<Tier, number>,
  /**
   * Share of listening hours per encoding, by tier. The seed names the encodings and the rule (free: opus_96 on slow
   * networks, else ogg_160; premium: aac_256 on slow mobile, flac above 2 Mbit/s, else ogg_320) but not the shares.
   * These shares are our assumption, stated here so a reviewer can change them in one place: the clients' default
   * "automatic" quality (≈160 kbit/s) dominates; "very high" (320) and lossless are opt-in for Premium.
   */
  bitrateMix: {
    free: { opus96: 0.4, ogg160: 0.6 },
    premium: { ogg160: 0.5, ogg320: 0.35, aac256: 0.1, flac: 0.05 },
  } as Record<Tier, Partial<Record<Encoding, number>>>,
  /**
   * Share of playback served from the client's own cache (repeat plays, offline downloads). Kreitz & Niemelä,
   * "Spotify – Large Scale, Low Latency, P2P Music-on-Demand Streaming", IEEE P2P 2010: 55.4 % of playback came from
   * the local cache (35.8 % peer-to-peer, 8.8 % servers); peer-to-peer was retired in 2014, so today the rest reaches
   * the CDN. A 2010 desktop figure: the calibration notes discuss it.
   */
  clientCacheShare: 0.554,
  /**
   * A more efficient codec than the catalogue's (the seed's 2025–2026 initiative "AV1 Audio Codec, 30% smaller"): the
   * share of listening hours it serves, and its size against the rendition it replaces. Baseline: not deployed. When
   * deployed (share > 0), the origins also store the catalogue once more in it (every bitrate × sizeFactor).
   */
  nextCodec: { listeningShare: 0, sizeFactor: 1 },
  /**
   * TLS handshakes: one per track start (no session reuse: the upper bound), and what a post-quantum key exchange adds
   * to each (bytes on the wire, and CPU on the servers that terminate TLS, as a fraction of their load). Baseline:
   * classical key exchange, nothing added.
   */
  tls: { handshakesPerTrackStart: 1, extraHandshakeBytes: 0, extraCpuShare: 0 },
  /** Seed: "Cache Hit Rate: 92%" at the CDN edge; the rest is origin egress / cache fill. */
  cdnCacheHitRate: 0.92,
  /** Seed: Fastly 40 %, Cloudflare 30 %, Akamai 30 % of traffic. */
  cdnTrafficSplit: { fastly: 0.4, cloudflare: 0.3, akamai: 0.3 },
  /** Seed: "Average Cost: $0.02/GB globally" — a negotiated blended rate, applied as an override, never as list. */
  negotiatedCdnRatePerGb: "0.02",
  /** Seed: "GCP Commitment: 25% discount on compute". */
  gcpComputeCommitmentPercent: "25",
  /** Seed: "100M+ tracks". */
  catalogTracks: 100_000_000,
  /** Average track length (3.5 min, an assumption used only to size the catalogue). */
  averageTrackMinutes: 3.5,
  /** Seed: "Deduplication: 30% storage saved". */
  deduplicationSavings: 0.3,
  /**
   * New tracks a day: "more than 60,000 new tracks" ingested every day (Spotify, "Stream On", 22 Feb 2021, Jeremy
   * Erlich, as reported by Music Business Worldwide), the latest figure Spotify itself gave (label executives quoted
   * ~100,000 a day across all services in 2022). It sets how fast the catalogue ages through the storage tiers.
   */
  newTracksPerDay: 60_000,
  /** Seed: Pub/Sub "100B events/day". */
  eventsPerDay: 100_000_000_000,
  /** Average event size in bytes: an assumption (a JSON or Avro event of a few hundred bytes); Pub/Sub bills ≥1 KB. */
  averageEventBytes: 500,
  /** Seed: BigQuery "10PB analyzed/day". */
  bigQueryScannedPbPerDay: 10,
  /** Seed: Vertex AI "100M predictions/day". */
  predictionsPerDay: 100_000_000,
  /** Seed: GKE "20,000 pods"; HPA minReplicas 100, maxReplicas 10,000, target CPU 60 %, 1,000 requests/s per pod. */
  gke: { pods: 20_000, hpaMinReplicas: 100, hpaMaxReplicas: 10_000, targetCpuUtilization: 0.6, requestsPerSecondPerPod: 1000 },
  /** Seed: ECS/Fargate "5,000 tasks". */
  ecsTasks: 5000,
  /** Seed: Cloud Functions "10B invocations". */
  functionInvocationsPerMonth: 10_000_000_000,
  /** Seed: origin "NGINX Clusters 10,000 servers", "Encoding Farm 5,000 servers", "Cache Layer 50PB Redis/Memcached". */
  originServers: 10_000,
  encodingServers: 5000,
  /** Seed storage tiers: SSD 1 PB, NVMe 100 TB, HDD 50 PB, Glacier 100 PB, tape 200 PB. */
  storage: { ssdTb: 1000, nvmeTb: 100, hddTb: 50_000, glacierTb: 100_000, tapeTb: 200_000 },
  /**
   * Growth: the seed's volumes (eventsPerDay, predictionsPerDay, functionInvocationsPerMonth, ecsTasks, gke.pods,
   * bigQueryScannedPbPerDay, originServers, ML recommendationsPerDay) were measured at SEED_MONTHLY_ACTIVE_USERS; when
   * true, each grows in proportion to the users (a scenario that sets one of them explicitly keeps its value). The
   * origin servers also follow the CDNs' cache misses (1 − cdnCacheHitRate against the seed's 8 %) and the TLS CPU.
   */
  volumesScaleWithUsers: true,
} as const;

/** The four serving geos with a cloud region; the seed's OTHER (Middle East, Africa) is served from Europe, the nearest. */
export type ServingGeo = "NA" | "EU" | "LATAM" | "APAC";
export const SERVED_GEOS: Record<ServingGeo, readonly Geo[]> = { NA: ["NA"], EU: ["EU", "OTHER"], LATAM: ["LATAM"], APAC: ["APAC"] };

/**
 * Compute sizing (stacks/gcp-compute.ts, aws-compute.ts, onprem.ts). The seed gives counts and dollars, not the sizes
 * and rates below: each is our assumption unless a source is named, stated here so a reviewer can change it in one place.
 */
const BASE_COMPUTE_DRIVERS = {
  /**
   * API requests per track start: resolve the track's metadata, its audio key and its CDN URL, report playback state
   * (assumption). Track starts = listening hours × 60 ÷ DRIVERS.averageTrackMinutes.
   */
  apiRequestsPerTrackStart: 4,
  /** GKE nodes (assumption: a general-purpose 16-vCPU shape). */
  gkeMachineType: "n2-standard-16",
  /** Pod requests (assumption): the streaming API, and the other services that make up the rest of the seed's 20,000 pods. */
  streamingApiPod: { cpu: 1, memoryGib: 2 },
  backendPod: { cpu: 0.5, memoryGib: 1 },
  /** Cloud Functions (2nd gen): memory and average duration of an invocation (assumption). */
  cloudFunction: { memoryMb: 256, averageDurationMs: 200 },
  /** App Engine "APIs" (assumption): requests per MAU per day, and what one instance of the class serves. */
  appEngine: { requestsPerMauPerDay: 10, requestsPerSecondPerInstance: 50, instanceClass: "F4" },
  /** Daily load swing around the average (assumption; the seed gives none): autoscaler bounds for App Engine and ECS. */
  loadShape: { peakToAverage: 2, troughToAverage: 0.4 },
  /** A Fargate task (assumption): 1 vCPU, 2 GiB. */
  fargateTask: { cpu: 1024, memoryMib: 2048 },
  /**
   * Lambda event processing (assumption): the seed's event stream (DRIVERS.eventsPerDay) read in batches of 100 records
   * (the Kinesis event source's default batch size), 500 ms per batch at 1,024 MB.
   */
  lambda: { batchSize: 100, averageDurationMs: 500, memoryMb: 1024 },
  /** Origin fleets (assumption): NGINX on a general-purpose 8-vCPU VM, encoders on compute-optimised 16-vCPU VMs. */
  originMachineType: "n2-standard-8",
  encodingMachineType: "c2d-standard-16",
  /**
   * Cache layer RAM, in TB. The seed says "50PB Redis/Memcached" for $3M/month; 50 PB of RAM would be 166,667
   * Memorystore instances at its 300 GB maximum, about $584M/month at the lowest (M5 Basic) list rate, 195 times the
   * seed's figure, and more RAM than the whole catalogue at every bitrate needs. We read it as 50 TB (a unit slip).
   */
  cacheRamTb: 50,
  /** Memorystore instance size for the cache layer: the product's maximum, 300 GB. */
  cacheInstanceGb: 300,
  /**
   * On-prem (assumption): bare-metal critical services in two colocation sites, 500 two-socket servers each. Server
   * capex has no citable list price (vendors quote configured servers privately), so the stack declares it: $15,000 for a 2-socket,
   * 32-core, 512 GiB server with two NVMe drives (our estimate, recorded as a declared price). 0.5 kW per server under
   * load (enterprise servers draw 400–800 W). Straight-line over 5 years (enterprises depreciate servers over 3–5 years;
   * hyperscalers now use 5–6, per their 10-K filings: Alphabet and Microsoft 6, Meta and Amazon 5). PUE 1.4 (typical
   * data-centre PUE is 1.2–1.5; Uptime Institute Global Data Center Survey, https://uptimeinstitute.com/).
   */
  onPrem: {
    criticalServers: { NA: 500, EU: 500 } as Partial<Record<Geo, number>>,
    serverCapexUsd: 15_000,
    serverPowerKw: 0.5,
    amortizationYears: 5,
    pue: 1.4,
    /**
     * Tape archive: the seed's 200 PB split over the two sites, one copy (the archive is itself the backup), on LTO-9.
     * A library with its drives (assumption): 10,000 slots, $1,000,000, 10 kW.
     */
    tapeSites: { NA: 0.5, EU: 0.5 } as Partial<Record<Geo, number>>,
    tapeCopies: 1,
    tapeLibrary: { slots: 10_000, capexUsd: 1_000_000, powerKw: 10 },
  },
} as const;

/** Monthly listening hours of the users a serving geo takes. */
export function servedListeningHours(geo: ServingGeo): number {
  return SERVED_GEOS[geo].reduce((s, g) => s + listeningHours(g), 0);
}

/** Monthly active users a serving geo takes. */
export function servedUsers(geo: ServingGeo): number {
  return SERVED_GEOS[geo].reduce((s, g) => s + DRIVERS.monthlyActiveUsersByGeo[g], 0);
}

/**
 * Data platform sizing (stacks/data-platform.ts). Seed figures are named as such; everything else is our assumption,
 * stated here so that a reviewer can change it in one place. The event flow itself is DRIVERS.eventsPerDay ×
 * DRIVERS.averageEventBytes; the daily swing of rates is COMPUTE_DRIVERS.loadShape.
 */
const BASE_DATA_DRIVERS = {
  /** Seed: "Real-time Pipelines: 50+". */
  realtimePipelines: 50,
  /** Share of all events each real-time pipeline reads (assumption): 50 × 0.1 = every event feeds 5 pipelines on average. */
  pipelineEventShare: 0.1,
  /**
   * Events per Pub/Sub publish and pull request. Client libraries batch by default (Python: 100 messages, 1 MB, 10 ms,
   * `google.cloud.pubsub_v1.types.BatchSettings`; Java: 100 messages, 1,000 bytes, 1 ms, `Publisher.Builder`): even
   * Java's 1,000-byte threshold closes a batch at 2 events of DRIVERS.averageEventBytes, so every request meets the
   * 1,000-byte billing minimum and Pub/Sub bills the events' own bytes.
   */
  pubsubEventsPerRequest: 2,
  /** Streaming Dataflow (assumption): n2-standard-4 workers with Streaming Engine, 2 MB/s of events per worker vCPU. */
  dataflow: { machineType: "n2-standard-4", mbPerSecondPerVcpu: 2 },
  /**
   * Kafka on MSK (assumption): every event also passes Kafka once (service-to-service streaming), kept 7 days (Kafka's
   * default `log.retention.hours` = 168) in 3 replicas, on kafka.m5.xlarge brokers whose volumes autoscale towards
   * MSK's 16,384 GB maximum at 60 % utilization; clusters get enough brokers to fill volumes to 80 % of that maximum.
   */
  kafka: { shareOfEvents: 1, retentionHours: 168, replicationFactor: 3, brokerInstanceType: "kafka.m5.xlarge", storageTargetPercent: 60, volumeFill: 0.8 },
  /**
   * Spark batch on Dataproc (assumption): each day's events are read by 20 batch pipelines (sessions, the seed's
   * "ML Features Generated: 10,000+", royalty and label reporting, experiment metrics) at 5 MB/s per executor vCPU
   * (shuffle-heavy jobs), half of the work on Spot secondary workers, on n2-standard-16 workers.
   */
  spark: { passesOverDailyEvents: 20, mbPerSecondPerVcpu: 5, workerMachineType: "n2-standard-16", secondaryShare: 0.5 },
  /** Raw event tables keep 13 months (assumption: year-over-year analyses and Wrapped need a full year). */
  warehouseRetentionDays: 395,
  /**
   * User profiles in Bigtable (assumption): one 10 KB row per monthly active user (taste vectors, top artists and
   * tracks, context features), read once per recommendation (ML_DRIVERS.recommendationsPerDay), two replicas, 70 % CPU
   * target.
   */
  profiles: { bytesPerProfile: 10_000, readsPerRecommendation: 1, replicas: 2, cpuTargetPercent: 70 },
} as const;

/** One training job of a schedule: runs a month × hours per run × slices (or nodes) per run. */
export interface TrainingJob {
  readonly job: string;
  readonly runsPerMonth: number;
  readonly hoursPerRun: number;
  readonly slices: number;
}

/**
 * ML sizing (stacks/ml.ts). Seed figures are named as such; everything else is our assumption, stated here so that a
 * reviewer can change it in one place.
 */
const BASE_ML_DRIVERS = {
  /** Seed: "Serving 20B+ recommendations daily". */
  recommendationsPerDay: 20_000_000_000,
  /**
   * TPU v4 training of the recommendation models (seed: "TPU v4 Pods, Recommendation models"): a pool of at most 4
   * v4-128 slices (64 chips each) in us-central2-b, the only zone with v4. The schedule is our assumption: the seed's
   * collaborative-filtering and contextual models retrained daily, a full retrieval retrain weekly, and experiments.
   */
  tpu: {
    acceleratorType: "v4-128",
    zone: "us-central2-b",
    maxSlices: 4,
    schedule: [
      { job: "collaborative-filtering", runsPerMonth: 30, hoursPerRun: 8, slices: 1 },
      { job: "contextual", runsPerMonth: 30, hoursPerRun: 4, slices: 1 },
      { job: "retrieval-full-retrain", runsPerMonth: 4, hoursPerRun: 48, slices: 2 },
      { job: "experiments", runsPerMonth: 100, hoursPerRun: 6, slices: 1 },
    ] as readonly TrainingJob[],
  },
  /**
   * A100 GPUs for audio analysis (seed: "A100 GPUs, Audio analysis"), a2-highgpu-8g nodes (8 × A100 40GB), at most 16.
   * New tracks are analysed on arrival: 60,000 a day (Spotify, "Stream On", February 2021, as reported by Music
   * Business Worldwide; industry figures of 100,000 a day count every platform). The whole catalogue
   * (DRIVERS.catalogTracks) is re-analysed 4 times a year when a model ships, at 2 GPU-seconds per track, and the audio
   * models train 8 times a month on 4 nodes for 24 hours (assumptions).
   */
  gpu: {
    machineType: "a2-highgpu-8g",
    maxNodes: 16,
    newTracksPerDay: 60_000,
    gpuSecondsPerTrack: 2,
    catalogReanalysesPerYear: 4,
    training: { job: "audio-model-training", runsPerMonth: 8, hoursPerRun: 24, slices: 4 } as TrainingJob,
  },
  /**
   * Vertex AI online prediction (seed: "Vertex AI, 100M predictions/day", DRIVERS.predictionsPerDay): ranking models on
   * n1-standard-8 replicas serving 50 predictions/s each (assumption), at least 2 replicas per region.
   */
  vertex: { machineType: "n1-standard-8", predictionsPerSecondPerReplica: 50, minReplicas: 2 },
  /**
   * Custom edge inference (seed: "Custom Serving, Edge inference"): the recommendations (recommendationsPerDay) served
   * by model servers on GKE in every serving geo, behind an HPA at the seed's CPU target (DRIVERS.gke.targetCpuUtilization).
   * Assumptions: 200 recommendations/s per vCPU (retrieval from an in-memory index and a small ranking model); pods of
   * 3.5 vCPU and 12 GiB (the index in memory), four to an n2-standard-16 node.
   */
  edge: { machineType: "n2-standard-16", recommendationsPerSecondPerVcpu: 200, pod: { cpu: 3.5, memoryGib: 12 } },
} as const;

/**
 * What a scenario (`scenarios/<name>.yaml`, docs/scenarios.md) may override: every driver above, the compute, data and
 * ML sizing under `compute`, `data` and `ml`. monthlyActiveUsers is not among them: it is the sum of the geos.
 */
export const DRIVER_SCHEMA = {
  defaults: { ...BASE_DRIVERS, compute: BASE_COMPUTE_DRIVERS, data: BASE_DATA_DRIVERS, ml: BASE_ML_DRIVERS },
  shareMaps: ["bitrateMix.*", "cdnTrafficSplit", "compute.onPrem.tapeSites"],
  fractions: [
    "bitrateMix.*.*", "cdnTrafficSplit.*", "compute.onPrem.tapeSites.*", "clientCacheShare", "cdnCacheHitRate", "deduplicationSavings",
    "nextCodec.listeningShare", "tls.extraCpuShare", "gke.targetCpuUtilization", "data.pipelineEventShare", "data.spark.secondaryShare",
    "data.kafka.volumeFill",
  ],
  openMaps: { "bitrateMix.*": Object.keys(BITRATES_KBPS), "compute.onPrem.criticalServers": GEOS, "compute.onPrem.tapeSites": GEOS },
};

/** The drivers of this synth: the baseline above, or the scenario COSTKIT_SCENARIO names (`costkit scenarios` sets it). */
export const SCENARIO = scenarioDrivers(DRIVER_SCHEMA);
const given = SCENARIO.drivers;
const overridden = (...keys: string[]): boolean => {
  let at: unknown = SCENARIO.scenario?.drivers;
  for (const k of keys) at = typeof at === "object" && at !== null ? (at as Record<string, unknown>)[k] : undefined;
  return at !== undefined;
};
const monthlyActiveUsers = GEOS.reduce((s, g) => s + given.monthlyActiveUsersByGeo[g], 0);
/** How the user base compares with the seed's (1 in the baseline, exactly). */
const growth = given.volumesScaleWithUsers ? monthlyActiveUsers / SEED_MONTHLY_ACTIVE_USERS : 1;
/** A seed volume at this synth's user base, unless the scenario sets it; counts stay whole. */
const grown = (value: number, whole: boolean, ...keys: string[]) => (overridden(...keys) ? value : whole ? Math.round(value * growth) : value * growth);
const tlsCpu = 1 + given.tls.extraCpuShare;
/** Origin load against the seed's: users, cache misses (1 − hit rate against the seed's), TLS CPU. */
const originLoad = ((1 - given.cdnCacheHitRate) / (1 - BASE_DRIVERS.cdnCacheHitRate)) * tlsCpu;

export const DRIVERS = {
  ...given,
  /** The sum of the users by geo (seed: "600M total users"). */
  monthlyActiveUsers,
  eventsPerDay: grown(given.eventsPerDay, false, "eventsPerDay"),
  bigQueryScannedPbPerDay: grown(given.bigQueryScannedPbPerDay, false, "bigQueryScannedPbPerDay"),
  predictionsPerDay: grown(given.predictionsPerDay, false, "predictionsPerDay"),
  functionInvocationsPerMonth: grown(given.functionInvocationsPerMonth, true, "functionInvocationsPerMonth"),
  ecsTasks: grown(given.ecsTasks, true, "ecsTasks"),
  originServers: overridden("originServers") ? given.originServers : Math.round(given.originServers * growth * originLoad),
  gke: { ...given.gke, pods: grown(given.gke.pods, true, "gke", "pods"), requestsPerSecondPerPod: given.gke.requestsPerSecondPerPod / tlsCpu },
};
export const COMPUTE_DRIVERS = {
  ...given.compute,
  appEngine: { ...given.compute.appEngine, requestsPerSecondPerInstance: given.compute.appEngine.requestsPerSecondPerInstance / tlsCpu },
};
export const DATA_DRIVERS = given.data;
export const ML_DRIVERS = {
  ...given.ml,
  recommendationsPerDay: grown(given.ml.recommendationsPerDay, false, "ml", "recommendationsPerDay"),
};

/**
 * Features (policies/allocation.yaml): the seed's "Cost Breakdown by Feature" table names seven, with the users each
 * reaches ("Users Impacted": music streaming 600M, podcasts 200M, Discover Weekly 400M, Wrapped 150M seasonal, social
 * 100M, live audio 10M). Listening hours per feature split the audio delivery; the seed gives users, not hours, so the
 * hours per listener are our assumption, stated here so a reviewer can change them in one place: a podcast listener
 * spends 10 hours a month on podcasts (about 20 minutes a day) and a live-audio listener 2 hours on live rooms. Those
 * hours are part of each user's listening (DRIVERS.listeningHoursPerUser), not added to it: music is the rest.
 */
export const FEATURE_DRIVERS = {
  features: ["music-streaming", "podcasts", "discover-weekly", "wrapped", "social", "live-audio", "other"] as const,
  /** Seed, "Users Impacted": podcasts 200M, live audio 10M. */
  listeners: { podcasts: 200_000_000, "live-audio": 10_000_000 },
  /** Hours a month a listener of the feature spends on it (assumption). */
  hoursPerListener: { podcasts: 10, "live-audio": 2 },
} as const;

/** Monthly listening hours by feature: podcasts and live audio by their listeners, music the rest of all listening. */
export function listeningHoursByFeature(): Record<"music-streaming" | "podcasts" | "live-audio", number> {
  const total = GEO_LIST.reduce((s, g) => s + listeningHours(g), 0);
  const podcasts = FEATURE_DRIVERS.listeners.podcasts * FEATURE_DRIVERS.hoursPerListener.podcasts;
  const live = FEATURE_DRIVERS.listeners["live-audio"] * FEATURE_DRIVERS.hoursPerListener["live-audio"];
  return { "music-streaming": total - podcasts - live, podcasts, "live-audio": live };
}

/** Users by geo and tier (subscribers spread across geos in proportion to users: an assumption). */
export function usersByGeoAndTier(geo: Geo): Record<Tier, number> {
  const users = DRIVERS.monthlyActiveUsersByGeo[geo];
  const premiumShare = DRIVERS.subscribers / DRIVERS.monthlyActiveUsers;
  return { premium: users * premiumShare, free: users * (1 - premiumShare) };
}

/** Monthly listening hours in a geo. */
export function listeningHours(geo: Geo): number {
  const u = usersByGeoAndTier(geo);
  return u.free * DRIVERS.listeningHoursPerUser.free + u.premium * DRIVERS.listeningHoursPerUser.premium;
}

/** Average bitrate of a tier's listening, in kbit/s. */
export function averageKbps(tier: Tier): number {
  return Object.entries(DRIVERS.bitrateMix[tier]).reduce((s, [enc, share]) => s + BITRATES_KBPS[enc as Encoding] * (share ?? 0), 0);
}

/** GB (10^9 bytes) streamed per listening hour at a bitrate: kbps × 1000 / 8 × 3600 / 10^9. */
export function gbPerHour(kbps: number): number {
  return (kbps * 1000 * 3600) / 8 / 1e9;
}

/**
 * GB a month delivered by the CDNs to a geo: listening × bitrate, less what the client's own cache serves, less what a
 * more efficient codec saves on the hours it serves (DRIVERS.nextCodec), plus what TLS handshakes add (DRIVERS.tls).
 */
export function deliveredGb(geo: Geo): number {
  const u = usersByGeoAndTier(geo);
  const streamed =
    u.free * DRIVERS.listeningHoursPerUser.free * gbPerHour(averageKbps("free")) +
    u.premium * DRIVERS.listeningHoursPerUser.premium * gbPerHour(averageKbps("premium"));
  const codec = 1 - DRIVERS.nextCodec.listeningShare * (1 - DRIVERS.nextCodec.sizeFactor);
  const handshakes = trackStarts(geo) * DRIVERS.tls.handshakesPerTrackStart;
  return streamed * (1 - DRIVERS.clientCacheShare) * codec + (handshakes * DRIVERS.tls.extraHandshakeBytes) / 1e9;
}

/** Track starts a month in a geo: listening hours × 60 ÷ the average track's minutes. */
export function trackStarts(geo: Geo): number {
  return (listeningHours(geo) * 60) / DRIVERS.averageTrackMinutes;
}

/** Bitrates the origins store the catalogue in: the seed's, and the next codec's renditions once it serves listening. */
export function storedBitratesKbps(): number[] {
  const base = Object.values(BITRATES_KBPS) as number[];
  return DRIVERS.nextCodec.listeningShare > 0 ? [...base, ...base.map((k) => k * DRIVERS.nextCodec.sizeFactor)] : base;
}

export const GEO_LIST: readonly Geo[] = ["NA", "EU", "LATAM", "APAC", "OTHER"];

/** Tracks added to the catalogue a month (a month is 730 hours). */
export function newTracksPerMonth(): number {
  return (DRIVERS.newTracksPerDay * 730) / 24;
}

/** Drivers as the reports record them (flattened by the engine): users overall and by geo, hours, GB delivered. */
export function reportDrivers(): Record<string, unknown> {
  const round = (x: number) => Math.round(x);
  return {
    monthlyActiveUsers: { ...Object.fromEntries(GEO_LIST.map((g) => [g, DRIVERS.monthlyActiveUsersByGeo[g]])) },
    subscribers: DRIVERS.subscribers,
    monthlyListeningHours: Object.fromEntries(GEO_LIST.map((g) => [g, round(listeningHours(g))])),
    monthlyDeliveredGb: Object.fromEntries(GEO_LIST.map((g) => [g, round(deliveredGb(g))])),
    // the allocation rules' driver for audio delivery (policies/allocation.yaml)
    monthlyListeningHoursByFeature: Object.fromEntries(Object.entries(listeningHoursByFeature()).map(([f, h]) => [f, round(h)])),
  };
}
