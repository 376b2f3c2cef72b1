import { GLOBAL_REGION } from "../geo";
import { defaultMappingFile, loadMapping, Mapping, MappingRule, templatePattern } from "./mapping";

/** The AWS Price List offer of a price id's service, for ids whose rule does not name it (`attributes.servicecode`). */
const OFFER_OF_SERVICE: Readonly<Record<string, string>> = {
  ec2: "AmazonEC2", ebs: "AmazonEC2", vpc: "AmazonEC2", s3: "AmazonS3", lambda: "AWSLambda", network: "AWSDataTransfer", cloudfront: "AmazonCloudFront",
};
const PRICE_LIST = "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws";

/**
 * The AWS mapping costkit ships, read once per process: every line priced in a region the books lack asks for it.
 * `costkit estimate --format json` of the 10,000 cdktf-shaped resources of `npm run bench` with the AWS ones moved
 * to eu-central-1 (their lines unpriced, each with this hint), whole command, medians of 3 runs on the shared 2-core
 * machine (2026-12-07): 2.74 s of CPU (8.7 s elapsed) read once, 7.48 s (25.0 s) read for each line.
 */
let shipped: Mapping | null | undefined;

/** The AWS mapping costkit ships; null when it cannot be read (then no hint is given). */
function shippedAwsMapping(): Mapping | null {
  if (shipped === undefined) {
    try {
      shipped = loadMapping(defaultMappingFile("aws-offer"), "aws-offer");
    } catch {
      shipped = null;
    }
  }
  return shipped;
}

function offerOf(rule: MappingRule, priceId: string): string | undefined {
  const named = rule.match.find(([field]) => field === "attributes.servicecode" || field === "offerCode")?.[1].equals;
  return named ?? OFFER_OF_SERVICE[priceId.split("/")[1]];
}

/**
 * How to price an AWS price id the books lack in a region, when the AWS mapping costkit ships can make it from an offer
 * file: `costkit prices import --from aws-offer <the region's offer file>`, then `costkit estimate --price-book`.
 * Undefined for ids no rule makes.
 */
export function awsImportHint(priceId: string, region: string): string | undefined {
  const mapping = shippedAwsMapping();
  const rule = mapping?.rules.find((r) => templatePattern(r).test(priceId));
  if (!rule) return undefined;
  const offer = offerOf(rule, priceId);
  const regional = rule.region.field === "attributes.regionCode" || rule.region.field === "attributes.fromRegionCode";
  const file =
    offer === undefined ? `<the AWS Price List offer file for ${region}>`
    : regional && region !== GLOBAL_REGION ? `${PRICE_LIST}/${offer}/current/${region}/index.json`
    : `${PRICE_LIST}/${offer}/current/index.json`;
  return `to price it, run \`costkit prices import --from aws-offer ${file} --out aws-prices.json\` and estimate with \`--price-book aws-prices.json\``;
}
