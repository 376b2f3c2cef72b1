/**
 * Writes pricing/catalog/aws-instance-vcpus.json: the vCPU count of every EC2 instance type, which RDS Proxy bills by
 * (an RDS class db.<type> has the vCPUs of the EC2 type <type>).
 *
 *   node -r ts-node/register/transpile-only scripts/books/aws-instance-vcpus.ts <folder of the price extracts>
 *   (or COSTKIT_PRICE_DATA=<folder>)
 *
 * Input: aws-ec2-instance-types.csv (columns instance_type, …, vcpu, …), the instance-type reference table of
 * aws/karpenter-provider-aws (website/content/en/docs/reference/instance-types.md, generated from DescribeInstanceTypes
 * in us-east-1, us-east-2 and us-west-2; commit 692ccdd0629e488300821443f0fa0bc3c3e08047, 2026-07-11, Apache-2.0).
 * Output is sorted by type, so a re-run on the same input writes the same bytes.
 */
import * as fs from "fs";
import * as path from "path";
import { byText, dataFolder, readCsv, ROOT } from "./aws-common";

const OUT = path.join(ROOT, "pricing", "catalog", "aws-instance-vcpus.json");

function main(): void {
  const rows = readCsv(path.join(dataFolder("aws-instance-vcpus.ts"), "aws-ec2-instance-types.csv"));
  const vcpus: [string, number][] = [];
  for (const row of rows) {
    if (!/^[a-z0-9-]+\.[a-z0-9-]+$/.test(row.instance_type) || !/^[1-9][0-9]*$/.test(row.vcpu)) throw new Error(`cannot read ${JSON.stringify(row)}`);
    vcpus.push([row.instance_type, Number(row.vcpu)]);
  }
  vcpus.sort((a, b) => byText(a[0], b[0]));
  const body = vcpus.map(([t, n]) => `  ${JSON.stringify(t)}: ${n}`).join(",\n");
  fs.writeFileSync(OUT, `{\n${body}\n}\n`);
  process.stdout.write(`wrote ${path.relative(ROOT, OUT)}: ${vcpus.length} instance types\n`);
}

main();
