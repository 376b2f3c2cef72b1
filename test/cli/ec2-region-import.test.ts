import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { CostReport } from "../../pricing/report";
import { runCli } from "../helpers/cli";

/*
 * EBS outside the regions the checked-in books price, end to end: the estimate leaves the lines unpriced naming the
 * region and the command to run (instance hours there come from the checked-in regional EC2 book); `costkit prices import --from aws-offer` on the region's offer file (an excerpt in
 * AWS's exact format, testdata/aws-ec2-us-east-2.offer.json) writes a book; the estimate with that book prices them.
 * The figures are in test/pricing/import/testdata/ohio.tf.json.
 */
const rel = (p: string) => path.relative(process.cwd(), p);
const IMPORT = path.join(__dirname, "..", "pricing", "import", "testdata");
const STACK = rel(path.join(IMPORT, "ohio.tf.json"));
const OFFER = rel(path.join(IMPORT, "aws-ec2-us-east-2.offer.json"));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "costkit-ec2-region-"));
const BOOK = path.join(dir, "ec2-us-east-2.json");

const costOf = (report: CostReport, address: string) => report.resources.find((r) => r.address === address)?.monthlyCost.expected;

describe("EC2 in a region without a checked-in price", () => {
  test("instance hours come from the checked-in regional book, which agrees with the offer file; EBS there is unpriced naming the import", async () => {
    const r = await runCli(["estimate", STACK, "--format", "json"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as CostReport;
    const web = report.resources.find((x) => x.address === "aws_instance.web");
    // the same 0.096 and 0.0116 as the region's offer file below
    expect(web?.components.map((c) => `${c.name} ${c.unitPrice}`)).toEqual(["Instance usage (Linux/UNIX, on-demand, m5.large) 0.096"]);
    expect(report.resources.find((x) => x.address === "aws_instance.bastion")?.components[0].unitPrice).toBe("0.0116");
    const root = report.unpriced.find((u) => u.address === "aws_instance.web" && u.component === "Storage (root, gp2)");
    expect(root?.reason).toMatch(/^no price for aws\/ebs\/gp2 in us-east-2; .*`costkit prices import --from aws-offer <region offer file> --region us-east-2/);
    expect(root?.reason).toContain("AmazonEC2/current/us-east-2/index.json");
    expect(root?.reason).toContain("`--price-book ec2-us-east-2.json`");
  });

  test("is priced from the book imported from the region's offer file", async () => {
    const imp = await runCli(["prices", "import", "--from", "aws-offer", OFFER, "--region", "us-east-2", "--out", BOOK]);
    expect(imp.code).toBe(0);
    const book = JSON.parse(fs.readFileSync(BOOK, "utf8")) as { prices: { id: string; region: string; price: string }[] };
    // Windows, an unused capacity reservation and the reserved term are not on-demand Linux prices: left out
    expect(book.prices.map((p) => `${p.id}@${p.region}=${p.price}`)).toEqual([
      "aws/ebs/gp2@us-east-2=0.1", "aws/ec2/m5.large@us-east-2=0.096", "aws/ec2/t2.micro@us-east-2=0.0116",
    ]);
    const r = await runCli(["estimate", STACK, "--price-book", BOOK, "--format", "json"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as CostReport;
    expect(report.unpriced).toEqual([]);
    expect(costOf(report, "aws_instance.web")).toBe("70.88"); // 730 × 0.096 + 8 × 0.10
    expect(costOf(report, "aws_instance.bastion")).toBe("9.268"); // 730 × 0.0116 + 8 × 0.10
    expect(report.monthlyCost.expected).toBe("80.148");
  });
});
