import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parsePriceBook } from "../../../pricing/price-book";
import { CostReport } from "../../../pricing/report";
import { runCli } from "../../helpers/cli";

/*
 * NAT gateways through an imported offer file, end to end: the checked-in books price NAT gateways in the 32 commercial
 * regions of AWS's pricing-page data (eu-central-1 at 0.052), not in GovCloud, so a gateway in us-gov-west-1 is unpriced,
 * and the reason says which offer file to import. Importing a region's file (testdata/
 * aws-ec2-nat.eu-central-1.offer.json: an excerpt of AmazonEC2/current/eu-central-1/index.json, prices invented) with the
 * shipped mapping and estimating with the book prices the gateway at the imported rates, which take precedence over the
 * checked-in ones:
 * | line                                   | quantity | unit price (SKU)          | monthly |
 * | NAT gateway (public), eu-central-1     | 730 h    | 0.0521 (CK7NATHRSEUC1001) | 38.033  |
 * | Data processed (public), eu-central-1  | usage    | 0.0522 (CK7NATGBSEUC1001) | 0, depends on usage |
 * The Regional NAT gateway SKU (CK7RNATHEUC10001, 0.0999) matches no rule.
 */
const rel = (p: string) => path.relative(process.cwd(), p);
const OFFER = rel(path.join(__dirname, "testdata", "aws-ec2-nat.eu-central-1.offer.json"));
const STACK = rel(path.join(__dirname, "..", "resources", "aws", "testdata", "nat-gateway.tf.json"));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "costkit-nat-"));
const book = path.join(dir, "aws-prices.json");

const reasonsOf = (report: CostReport, address: string) => report.unpriced.filter((u) => u.address === address).map((u) => u.reason);

describe("NAT gateways in other regions through costkit prices import --from aws-offer", () => {
  let before: CostReport;
  let after: CostReport;
  beforeAll(async () => {
    const imported = await runCli(["prices", "import", "--from", "aws-offer", OFFER, "--out", book]);
    if (imported.code !== 0) throw new Error(`import failed: ${imported.err}`);
    const a = await runCli(["estimate", STACK, "--format", "json"]);
    const b = await runCli(["estimate", STACK, "--format", "json", "--price-book", book]);
    before = JSON.parse(a.out);
    after = JSON.parse(b.out);
  });

  test("without the book, a region the checked-in books lack is unpriced and says which offer file to import", () => {
    const reasons = reasonsOf(before, "aws_nat_gateway.gov");
    expect(reasons).toHaveLength(2);
    for (const r of reasons) {
      expect(r).toMatch(/^no price for aws\/vpc\/nat-gateway-(hours|data-processed) in us-gov-west-1; the price books have it for af-south-1, /);
      expect(r).toContain("costkit prices import --from aws-offer https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonEC2/current/us-gov-west-1/index.json");
    }
    expect(before.resources.find((r) => r.address === "aws_nat_gateway.frankfurt")?.components[0].unitPrice).toBe("0.052");
  });

  test("the shipped mapping makes both NAT gateway prices, and nothing of the Regional NAT gateway SKU", () => {
    const json = JSON.parse(fs.readFileSync(book, "utf8"));
    parsePriceBook(json, book); // it validates
    const prices = json.prices as { id: string; region: string; unit: string; price: string; sku: string }[];
    expect(prices.map((p) => `${p.id}@${p.region} ${p.unit} ${p.price} ${p.sku}`)).toEqual([
      "aws/vpc/nat-gateway-data-processed@eu-central-1 GB 0.0522 CK7NATGBSEUC1001",
      "aws/vpc/nat-gateway-hours@eu-central-1 hours 0.0521 CK7NATHRSEUC1001",
    ]);
  });

  test("with the book, the gateway is priced at the imported rates; us-east-1 keeps the checked-in ones", () => {
    expect(reasonsOf(after, "aws_nat_gateway.frankfurt")).toEqual([]);
    const frankfurt = after.resources.find((r) => r.address === "aws_nat_gateway.frankfurt");
    expect(frankfurt?.components.map((c) => [c.name, c.unitPrice, c.monthlyCost.expected, c.priceId])).toEqual([
      ["NAT gateway (public)", "0.0521", "38.033", "aws/vpc/nat-gateway-hours@eu-central-1"],
      ["Data processed (public)", "0.0522", "0", "aws/vpc/nat-gateway-data-processed@eu-central-1"],
    ]);
    expect(after.resources.find((r) => r.address === "aws_nat_gateway.public")?.components[0].unitPrice).toBe("0.045");
  });
});
