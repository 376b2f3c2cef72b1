import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("aws_ebs_volume", () => {
  const report = pricerGolden(__filename, "ebs-volume");
  const cost = (a: string) => resourceOf(report, a).monthlyCost.expected;
  const reasons = (a: string) => report.unpriced.filter((u) => u.address === a).map((u) => u.reason).join(" | ");

  test("type defaults to gp2; snapshots show their unit price and depend on usage", () => {
    const v = resourceOf(report, "aws_ebs_volume.default");
    expect(v.monthlyCost.expected).toBe("10"); // 100 × 0.10
    const snap = v.components.find((c) => c.name === "Snapshot storage")!;
    expect(snap.dependsOnUsage).toBe(true);
    expect(snap.unitPrice).toBe("0.05");
  });

  test("gp3 extras, io1 IOPS, io2 IOPS tiers, magnetic I/O and usage snapshots", () => {
    expect(cost("aws_ebs_volume.gp3")).toBe("62"); // 40 + 5 + 7 + 200 × 0.05
    expect(cost("aws_ebs_volume.io1")).toBe("337.5"); // 12.5 + 5000 × 0.065
    expect(cost("aws_ebs_volume.io2_big")).toBe("4170.6"); // 125 + 2080 + 1456 + 509.6
    expect(cost("aws_ebs_volume.magnetic")).toBe("3"); // 2.5 + 10 × 0.05
    expect(cost("aws_ebs_volume.cold")).toBe("15");
    expect(report.monthlyCost.expected).toBe("4606.9");
  });

  test("unknown types and snapshot-sized volumes are unpriced with the reason; other regions use their own rates", () => {
    expect(reasons("aws_ebs_volume.weird")).toMatch(/unknown EBS volume type "gp9"/);
    expect(reasons("aws_ebs_volume.from_snapshot")).toMatch(/snapshot's size/);
    expect(cost("aws_ebs_volume.ireland")).toBe("8.8"); // 100 GB gp3 × 0.088 (eu-west-1)
    expect(reasons("aws_ebs_volume.ireland")).toBe("");
  });
});
