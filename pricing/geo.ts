/** The seed's regional breakdown: North America, Europe, Latin America, Asia-Pacific, and the rest. */
export type Geo = "NA" | "EU" | "LATAM" | "APAC" | "OTHER";
export const GEOS: readonly Geo[] = ["NA", "EU", "LATAM", "APAC", "OTHER"];

export function isGeo(value: unknown): value is Geo {
  return typeof value === "string" && (GEOS as readonly string[]).includes(value);
}

/** Google Cloud regions (compute locations) and their geo. Multi- and dual-regions are listed too. */
const GOOGLE_REGIONS: Record<string, Geo> = {
  "us-central1": "NA", "us-central2": "NA", "us-east1": "NA", "us-east4": "NA", "us-east5": "NA", "us-south1": "NA",
  "us-west1": "NA", "us-west2": "NA", "us-west3": "NA", "us-west4": "NA",
  "northamerica-northeast1": "NA", "northamerica-northeast2": "NA", "northamerica-south1": "LATAM",
  "southamerica-east1": "LATAM", "southamerica-west1": "LATAM",
  "europe-central2": "EU", "europe-north1": "EU", "europe-north2": "EU", "europe-southwest1": "EU", "europe-west1": "EU",
  "europe-west2": "EU", "europe-west3": "EU", "europe-west4": "EU", "europe-west6": "EU", "europe-west8": "EU",
  "europe-west9": "EU", "europe-west10": "EU", "europe-west12": "EU",
  "asia-east1": "APAC", "asia-east2": "APAC", "asia-northeast1": "APAC", "asia-northeast2": "APAC", "asia-northeast3": "APAC",
  "asia-south1": "APAC", "asia-south2": "APAC", "asia-southeast1": "APAC", "asia-southeast2": "APAC", "asia-southeast3": "APAC",
  "australia-southeast1": "APAC", "australia-southeast2": "APAC",
  "me-central1": "OTHER", "me-central2": "OTHER", "me-west1": "OTHER", "africa-south1": "OTHER",
  // multi-regions and dual-regions (Cloud Storage, BigQuery locations)
  us: "NA", eu: "EU", asia: "APAC", nam4: "NA", eur4: "EU", asia1: "APAC",
};

/** AWS regions and their geo. */
const AWS_REGIONS: Record<string, Geo> = {
  "us-east-1": "NA", "us-east-2": "NA", "us-west-1": "NA", "us-west-2": "NA", "ca-central-1": "NA", "ca-west-1": "NA",
  "mx-central-1": "LATAM", "sa-east-1": "LATAM",
  "eu-west-1": "EU", "eu-west-2": "EU", "eu-west-3": "EU", "eu-central-1": "EU", "eu-central-2": "EU", "eu-north-1": "EU",
  "eu-south-1": "EU", "eu-south-2": "EU",
  "ap-east-1": "APAC", "ap-south-1": "APAC", "ap-south-2": "APAC", "ap-northeast-1": "APAC", "ap-northeast-2": "APAC",
  "ap-northeast-3": "APAC", "ap-southeast-1": "APAC", "ap-southeast-2": "APAC", "ap-southeast-3": "APAC",
  "ap-southeast-4": "APAC", "ap-southeast-5": "APAC", "ap-southeast-7": "APAC",
  "me-south-1": "OTHER", "me-central-1": "OTHER", "il-central-1": "OTHER", "af-south-1": "OTHER",
  // AWS GovCloud (US): EC2, RDS, ElastiCache and OpenSearch have list prices there
  "us-gov-east-1": "NA", "us-gov-west-1": "NA",
};

/** Region-less scopes that price books may use. */
export const GLOBAL_REGION = "global";

/** The geo of a cloud region, or undefined when the region is not known for that provider. */
export function geoOfRegion(provider: string, region: string | undefined): Geo | undefined {
  if (region === undefined) return undefined;
  if (provider === "google") return Object.prototype.hasOwnProperty.call(GOOGLE_REGIONS, region.toLowerCase()) ? GOOGLE_REGIONS[region.toLowerCase()] : undefined;
  if (provider === "aws") return Object.prototype.hasOwnProperty.call(AWS_REGIONS, region) ? AWS_REGIONS[region] : undefined;
  if (isGeo(region)) return region;
  return undefined;
}

export function isKnownRegion(provider: string, region: string): boolean {
  if (region === GLOBAL_REGION) return true;
  return geoOfRegion(provider, region) !== undefined;
}

export function knownRegions(provider: string): string[] {
  if (provider === "google") return Object.keys(GOOGLE_REGIONS);
  if (provider === "aws") return Object.keys(AWS_REGIONS);
  return [];
}

/** The region of a Google zone ("europe-west1-b" → "europe-west1"); a region is returned as it is. */
export function googleRegionOfLocation(location: string): string {
  const m = /^([a-z]+-[a-z]+[0-9]+)-[a-z]$/.exec(location);
  return m ? m[1] : location;
}

export function isGoogleZone(location: string): boolean {
  return /^[a-z]+-[a-z]+[0-9]+-[a-z]$/.test(location);
}

/** The region of an AWS availability zone ("eu-west-1a" → "eu-west-1"). */
export function awsRegionOfZone(zone: string): string {
  const m = /^([a-z]{2}(-gov)?-[a-z]+-[0-9])[a-z]$/.exec(zone);
  return m ? m[1] : zone;
}
