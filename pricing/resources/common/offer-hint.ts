/**
 * What an EC2 or EBS line outside the books' regions says to do: import the region's EC2 offer file from the AWS Price
 * List (it holds instance hours and EBS storage; costkit's mapping reads both).
 */
export function ec2ImportHint(region: string | undefined): string {
  const r = region ?? "<region>";
  return `to price it, import the region's EC2 offer file (https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonEC2/current/${r}/index.json): ` +
    `\`costkit prices import --from aws-offer <region offer file> --region ${r} --out ec2-${r}.json\`, then estimate with \`--price-book ec2-${r}.json\``;
}
