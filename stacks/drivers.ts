/**
 * The business drivers of the reference footprint: one file, the seed's figures (../shared/seed, "Spotify
 * Infrastructure Cost Breakdown: $65M/Month Reality", 2024 data), plus the few facts the seed lacks, each with its
 * source. Every stack derives its quantities from here; nothing in a stack is a hard-coded cost.
 */
import { Geo } from "../pricing/geo";

export type Tier = "free" | "premium";

/** Bitrates the catalogue is encoded in (seed: "Multiple qualities: 96, 160, 320 kbps + lossless"). */
export const BITRATES_KBPS = {
  opus96: 96,
  ogg160: 160,
  aac256: 256,
  ogg320: 320,
  /** FLAC of CD audio is typically 50–70 % of PCM's 1,411 kbps (pricing-facts.md §3); we take 900. */
  flac: 900,
} as const;
export type Encoding = keyof typeof BITRATES_KBPS;

export const DRIVERS = {
  /** Seed: "600M total users". */
  monthlyActiveUsers: 600_000_000,
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
  /** Average track length (3.5 min, pricing-facts.md §3, an assumption used only to size the catalogue). */
  averageTrackMinutes: 3.5,
  /** Seed: "Deduplication: 30% storage saved". */
  deduplicationSavings: 0.3,
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
} as const;

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

/** GB a month delivered by the CDNs to a geo: listening × bitrate, less what the client's own cache serves. */
export function deliveredGb(geo: Geo): number {
  const u = usersByGeoAndTier(geo);
  const streamed =
    u.free * DRIVERS.listeningHoursPerUser.free * gbPerHour(averageKbps("free")) +
    u.premium * DRIVERS.listeningHoursPerUser.premium * gbPerHour(averageKbps("premium"));
  return streamed * (1 - DRIVERS.clientCacheShare);
}

export const GEO_LIST: readonly Geo[] = ["NA", "EU", "LATAM", "APAC", "OTHER"];

/** Drivers as the reports record them (flattened by the engine): users overall and by geo, hours, GB delivered. */
export function reportDrivers(): Record<string, unknown> {
  const round = (x: number) => Math.round(x);
  return {
    monthlyActiveUsers: { ...Object.fromEntries(GEO_LIST.map((g) => [g, DRIVERS.monthlyActiveUsersByGeo[g]])) },
    subscribers: DRIVERS.subscribers,
    monthlyListeningHours: Object.fromEntries(GEO_LIST.map((g) => [g, round(listeningHours(g))])),
    monthlyDeliveredGb: Object.fromEntries(GEO_LIST.map((g) => [g, round(deliveredGb(g))])),
  };
}
