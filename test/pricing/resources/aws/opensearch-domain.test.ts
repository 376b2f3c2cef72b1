import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("aws_opensearch_domain and aws_elasticsearch_domain", () => {
  const report = pricerGolden(__filename, "opensearch-domain");
  const cost = (a: string) => resourceOf(report, a).monthlyCost.expected;
  const reasons = (a: string) => report.unpriced.filter((u) => u.address === a).map((u) => u.reason).join(" | ");

  test("data nodes, dedicated masters, UltraWarm nodes and EBS per data node", () => {
    expect(resourceOf(report, "aws_opensearch_domain.logs").components.map((c) => [c.name, c.monthlyCost.expected])).toEqual([
      ["Instance (r6g.large.search)", "365.73"], ["Dedicated master (m6g.large.search)", "280.32"],
      ["UltraWarm (ultrawarm1.medium.search)", "347.48"], ["Storage (gp2)", "40.5"],
    ]);
    expect(cost("aws_opensearch_domain.io1")).toBe("1795.17"); // 1285.53 + 507 + 2.64
  });

  test("every region of the data, GovCloud included; legacy .elasticsearch types price as .search", () => {
    expect(cost("aws_opensearch_domain.ireland")).toBe("230.68"); // 1460 × 0.158
    expect(cost("aws_opensearch_domain.gov")).toBe("146.73"); // 730 × 0.201
    expect(resourceOf(report, "aws_elasticsearch_domain.legacy").components[0].name).toBe("Instance (t3.small.search)");
    expect(cost("aws_elasticsearch_domain.legacy")).toBe("27.63");
  });

  test("storage without a sourced rate or without a volume type is unpriced with the reason", () => {
    expect(reasons("aws_opensearch_domain.ireland")).toMatch(/no price book has aws\/opensearch\/storage-gp3/);
    expect(reasons("aws_opensearch_domain.no_volume_type")).toMatch(/volume_type is not set, so AWS chooses it/);
    expect(report.monthlyCost.expected).toBe("3327.68");
  });
});
