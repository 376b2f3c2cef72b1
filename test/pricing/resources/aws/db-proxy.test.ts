import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("aws_db_proxy", () => {
  const report = pricerGolden(__filename, "db-proxy");
  const cost = (a: string) => resourceOf(report, a).monthlyCost;

  test("per vCPU of the instances its targets name: an RDS instance, an Aurora cluster's instances", () => {
    expect(resourceOf(report, "aws_db_proxy.pg").components[0]).toMatchObject({ name: "Proxy (4 vCPUs: db.r6g.xlarge)", monthlyCost: { expected: "43.8" } });
    expect(resourceOf(report, "aws_db_proxy.aurora").components[0]).toMatchObject({ name: "Proxy (4 vCPUs: 2 × db.r6g.large)", monthlyCost: { expected: "43.8" } });
  });

  test("Serverless v2: ACU-hours from the cluster's bounds, at least 8 ACUs; declared vCPUs", () => {
    expect(cost("aws_db_proxy.serverless")).toEqual({ min: "87.6", expected: "87.6", max: "175.2" });
    expect(cost("aws_db_proxy.declared").expected).toBe("87.6");
  });

  test("a proxy without targets in the document is unpriced with how to price it", () => {
    const reasons = report.unpriced.filter((u) => u.address === "aws_db_proxy.orphan").map((u) => u.reason);
    expect(reasons).toEqual([expect.stringMatching(/aws_db_proxy_target\) are not in this document; .*give usage targetVcpus$/)]);
  });
});
