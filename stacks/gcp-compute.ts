/**
 * GCP compute of the seed ("Compute Infrastructure: $10M/month", Google Cloud 70 % = $7M: Kubernetes 20,000 pods $3M,
 * Cloud Functions 10B invocations $2M, App Engine APIs $2M), with the seed's 25 % GCP commitment, and the streaming
 * origin of the seed's CDN section ("Origin Servers $10M": NGINX 10,000 servers $4M, encoding farm 5,000 servers $3M,
 * cache layer "50PB Redis/Memcached" $3M).
 *
 * Where the origin runs: the seed does not say. We run it on GCP: Spotify announced its move to Google Cloud in 2016
 * and the seed's own history ("2017: GCP migration starts", on-prem only for "critical services") leaves no room for
 * 15,000 owned origin servers within its $1M bare-metal line. The origin lines carry category `cdn`, as the seed counts
 * them under CDN/streaming.
 *
 * Serving regions: us-central1 (NA), europe-west1 (EU, and the seed's OTHER geo), southamerica-east1 (LATAM),
 * asia-southeast1 (APAC); load is split by the listening hours (GKE) or users (the rest) each region serves.
 */
import { TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { AppEngineApplication } from "@cdktf/provider-google/lib/app-engine-application";
import { GoogleProvider } from "@cdktf/provider-google/lib/provider";
import { AppEngineService, CacheFleet, CloudFunction, GkeAutoscalingCluster, hpaReplicas, ServerFleet, StackCost } from "../constructs";
import { COMPUTE_DRIVERS, DRIVERS, reportDrivers, servedListeningHours, servedUsers, ServingGeo } from "./drivers";
import { GCP_COMMITMENT } from "./negotiated";

export const GCP_REGIONS: Record<ServingGeo, string> = {
  NA: "us-central1", EU: "europe-west1", LATAM: "southamerica-east1", APAC: "asia-southeast1",
};
const GEOS: readonly ServingGeo[] = ["NA", "EU", "LATAM", "APAC"];
const SECONDS_PER_MONTH = 730 * 3600;
const SECONDS_PER_DAY = 86_400;

/** Splits a whole total over the serving geos in proportion to `weight`, so that the parts add up to the total. */
export function splitWhole(total: number, weight: (g: ServingGeo) => number): Record<ServingGeo, number> {
  const sum = GEOS.reduce((s, g) => s + weight(g), 0);
  const out = {} as Record<ServingGeo, number>;
  let given = 0;
  GEOS.forEach((g, i) => {
    out[g] = i === GEOS.length - 1 ? total - given : Math.round((total * weight(g)) / sum);
    given += out[g];
  });
  return out;
}

/** Average API requests per second in a serving geo: track starts (listening hours × 60 ÷ track minutes) × requests each. */
export function streamingApiRps(geo: ServingGeo): number {
  const trackStarts = (servedListeningHours(geo) * 60) / DRIVERS.averageTrackMinutes;
  return (trackStarts * COMPUTE_DRIVERS.apiRequestsPerTrackStart) / SECONDS_PER_MONTH;
}

/** Labels of a resource: its seed line, its feature (`shared`: split by policies/allocation.yaml) and its team. */
const labels = (seedLine: string, feature: string, team: string) => ({ "seed-line": seedLine, feature, team });

export class GcpComputeStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new GoogleProvider(this, "google", { project: "spotify-reference", region: "us-central1" });
    StackCost.of(this).drivers(reportDrivers()).addPriceBook(GCP_COMMITMENT);
    const gke = DRIVERS.gke;

    // GKE: per serving region, the seed's streaming API (its HPA: 100–10,000 replicas, 60 % CPU, 1,000 requests/s per
    // pod) sized by load, and the rest of the seed's 20,000 pods as the platform's other services at a fixed count.
    const streaming = Object.fromEntries(GEOS.map((g) => [g, hpaReplicas({
      averageRequestsPerSecond: streamingApiRps(g), requestsPerSecondPerPod: gke.requestsPerSecondPerPod,
      targetCpuUtilization: gke.targetCpuUtilization, minReplicas: gke.hpaMinReplicas, maxReplicas: gke.hpaMaxReplicas,
    }).replicas])) as Record<ServingGeo, number>;
    const streamingTotal = GEOS.reduce((s, g) => s + streaming[g], 0);
    const backend = splitWhole(Math.max(0, gke.pods - streamingTotal), servedUsers);
    for (const geo of GEOS) {
      const region = GCP_REGIONS[geo];
      new GkeAutoscalingCluster(this, `gke-${region}`, {
        clusterName: `streaming-${region}`,
        location: region,
        labels: labels("compute-gke", "shared", "platform"),
        workloads: [
          {
            name: "streaming-api", minReplicas: gke.hpaMinReplicas, maxReplicas: gke.hpaMaxReplicas,
            targetCpuUtilization: gke.targetCpuUtilization, requestsPerSecondPerPod: gke.requestsPerSecondPerPod,
            podCpuRequest: COMPUTE_DRIVERS.streamingApiPod.cpu, podMemoryRequestGib: COMPUTE_DRIVERS.streamingApiPod.memoryGib,
            machineType: COMPUTE_DRIVERS.gkeMachineType, usage: { averageRequestsPerSecond: streamingApiRps(geo) },
          },
          {
            name: "backend-services", minReplicas: backend[geo], maxReplicas: backend[geo],
            podCpuRequest: COMPUTE_DRIVERS.backendPod.cpu, podMemoryRequestGib: COMPUTE_DRIVERS.backendPod.memoryGib,
            machineType: COMPUTE_DRIVERS.gkeMachineType, usage: { expectedReplicas: backend[geo] },
          },
        ],
      });
    }

    // Cloud Functions (2nd gen): the seed's 10B invocations a month, one function per serving region, split by users.
    const invocations = splitWhole(DRIVERS.functionInvocationsPerMonth, servedUsers);
    for (const geo of GEOS) {
      const region = GCP_REGIONS[geo];
      new CloudFunction(this, `functions-${region}`, {
        functionName: `client-events-${region}`, region, generation: 2, runtime: "nodejs20", entryPoint: "handle",
        sourceBucket: "spotify-reference-functions", sourceObject: "client-events.zip",
        memoryMb: COMPUTE_DRIVERS.cloudFunction.memoryMb,
        labels: labels("compute-cloud-functions", "shared", "platform"),
        usage: { monthlyInvocations: invocations[geo], averageDurationMs: COMPUTE_DRIVERS.cloudFunction.averageDurationMs },
      });
    }

    // App Engine "APIs": one application (App Engine has one region per project), load from users.
    new AppEngineApplication(this, "app", { project: "spotify-reference", locationId: "us-central" });
    const ae = COMPUTE_DRIVERS.appEngine;
    const apiRps = (DRIVERS.monthlyActiveUsers * ae.requestsPerMauPerDay) / SECONDS_PER_DAY;
    const averageInstances = apiRps / ae.requestsPerSecondPerInstance;
    new AppEngineService(this, "web-api", {
      service: "web-api", runtime: "java21", entrypointShell: "java -jar web-api.jar",
      sourceZipUrl: "https://storage.googleapis.com/spotify-reference-appengine/web-api.zip",
      instanceClass: ae.instanceClass,
      minInstances: Math.ceil(averageInstances * COMPUTE_DRIVERS.loadShape.troughToAverage),
      maxInstances: Math.ceil(averageInstances * COMPUTE_DRIVERS.loadShape.peakToAverage),
      usage: { averageRequestsPerSecond: apiRps, requestsPerSecondPerInstance: ae.requestsPerSecondPerInstance },
      tags: { team: "api-platform", feature: "shared", "seed-line": "compute-app-engine" },
    });

    // Origin (seed: CDN/streaming "Origin Servers"): NGINX by users served, encoders in the two main regions, the cache
    // layer's RAM by users served (see COMPUTE_DRIVERS.cacheRamTb for why 50 TB, not 50 PB).
    const nginx = splitWhole(DRIVERS.originServers, servedUsers);
    const cacheGb = splitWhole(COMPUTE_DRIVERS.cacheRamTb * 1000, servedUsers);
    for (const geo of GEOS) {
      const region = GCP_REGIONS[geo];
      new ServerFleet(this, `origin-nginx-${region}`, {
        name: `origin-nginx-${region}`, servers: nginx[geo], category: "cdn",
        placement: { kind: "gcp", zone: `${region}-b`, machineType: COMPUTE_DRIVERS.originMachineType },
        labels: labels("cdn-origin-nginx", "shared", "edge"),
      });
      new CacheFleet(this, `origin-cache-${region}`, {
        name: `origin-cache-${region}`, capacityGb: cacheGb[geo], category: "cdn",
        placement: { kind: "memorystore", region, tier: "STANDARD_HA", instanceSizeGb: COMPUTE_DRIVERS.cacheInstanceGb },
        labels: labels("cdn-origin-cache", "shared", "edge"),
      });
    }
    const encoders = { NA: Math.floor(DRIVERS.encodingServers / 2), EU: DRIVERS.encodingServers - Math.floor(DRIVERS.encodingServers / 2) };
    for (const geo of ["NA", "EU"] as const) {
      const region = GCP_REGIONS[geo];
      new ServerFleet(this, `encoding-${region}`, {
        name: `encoding-${region}`, servers: encoders[geo], category: "cdn",
        placement: { kind: "gcp", zone: `${region}-b`, machineType: COMPUTE_DRIVERS.encodingMachineType },
        labels: labels("cdn-origin-encoding", "shared", "media"),
      });
    }
  }
}
