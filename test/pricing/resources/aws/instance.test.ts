import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("aws_instance", () => {
  const report = pricerGolden(__filename, "instance");
  const cost = (a: string) => resourceOf(report, a).monthlyCost.expected;
  const reasons = (a: string) => report.unpriced.filter((u) => u.address === a).map((u) => u.reason).join(" | ");

  test("hours × hourly rate plus the root volume (8 GB gp2 when the AMI decides)", () => {
    expect(cost("aws_instance.web")).toBe("70.88"); // 730 × 0.096 + 8 × 0.10
    const names = resourceOf(report, "aws_instance.web").components.map((c) => c.name);
    expect(names).toEqual(["Instance usage (Linux/UNIX, on-demand, m5.large)", "Storage (root, gp2)"]);
  });

  test("gp3 IOPS above 3000 and throughput above 125 MiB/s are billed", () => {
    expect(cost("aws_instance.gp3_tuned")).toBe("152.1"); // 124.1 + 8 + 3000 × 0.005 + 125 × 0.04
  });

  test("usage hours, io2 IOPS tiers per volume and extra block devices", () => {
    const data = resourceOf(report, "aws_instance.data");
    expect(data.usage).toEqual({ monthlyHours: "200" });
    expect(data.monthlyCost.expected).toBe("2561.42"); // 8.32 + 1.6 + 62.5 + 2080 + 364 + 45
    const iops = data.components.filter((c) => c.name.startsWith("Provisioned IOPS (/dev/sdh, io2"));
    expect(iops.map((c) => c.monthlyCost.expected)).toEqual(["2080", "364"]);
  });

  test("regions come from the availability zone; a GPU type is ml; count multiplies", () => {
    const ireland = resourceOf(report, "aws_instance.ireland");
    expect(ireland.region).toBe("eu-west-1");
    expect(ireland.components[0].monthlyCost.expected).toBe("133.152"); // 730 × 0.1824
    expect(resourceOf(report, "aws_instance.ireland").monthlyCost.expected).toBe("134.032"); // + 8 GB gp2 × 0.11 (eu-west-1)
    expect(reasons("aws_instance.ireland")).toBe("");
    expect(resourceOf(report, "aws_instance.gpu").category).toBe("ml");
    expect(resourceOf(report, "aws_instance.web").category).toBe("compute");
    expect(cost("aws_instance.fleet")).toBe("123.072"); // 2 × (730 × 0.0832 + 0.8)
    expect(report.monthlyCost.expected).toBe("3893.094");
  });

  test("dedicated, Spot, unknown and unresolved types are unpriced with the reason", () => {
    expect(reasons("aws_instance.dedicated")).toMatch(/tenancy "dedicated"/);
    expect(reasons("aws_instance.spot")).toMatch(/Spot price/);
    expect(reasons("aws_instance.unknown_type")).toMatch(/no price book has aws\/ec2\/m5\.huge/);
    expect(reasons("aws_instance.by_var")).toMatch(/instance_type is not known before apply/);
    for (const a of ["aws_instance.dedicated", "aws_instance.spot", "aws_instance.unknown_type", "aws_instance.by_var"]) expect(cost(a)).toBe("0.8");
    expect(cost("aws_instance.sao_paulo")).toBe("113.21"); // 730 × 0.153 + 8 GB gp2 × 0.19 (sa-east-1)
    expect(reasons("aws_instance.sao_paulo")).toBe("");
    expect(report.free).toEqual([{ address: "aws_security_group.web", type: "aws_security_group" }]);
  });
});

describe("aws_instance: every type and region of the data", () => {
  const report = pricerGolden(__filename, "instance-types");
  const cost = (a: string) => resourceOf(report, a).monthlyCost.expected;
  const reasons = (a: string) => report.unpriced.filter((u) => u.address === a).map((u) => u.reason).join(" | ");

  test("previous generations are priced (m3, t2, c4, r4)", () => {
    expect(cost("aws_instance.m3")).toBe("49.71"); // 730 × 0.067 + 0.8
    expect(cost("aws_instance.t2")).toBe("9.268"); // 730 × 0.0116 + 0.8
    expect(cost("aws_instance.c4")).toBe("73.8"); // 730 × 0.1 + 0.8
    expect(cost("aws_instance.r4")).toBe("97.89"); // 730 × 0.133 + 0.8
  });

  test("a bare-metal type costs its same-shape size at default tenancy, not the dedicated rate", () => {
    expect(cost("aws_instance.metal")).toBe("2691.872"); // 730 × 3.6864 (r6gd.16xlarge) + 0.8, not 3.9076
  });

  test("GovCloud instances are priced; EBS there is unpriced naming the region", () => {
    expect(resourceOf(report, "aws_instance.gov").components.map((c) => c.monthlyCost.expected)).toEqual(["88.33"]); // 730 × 0.121
    expect(reasons("aws_instance.gov")).toMatch(/no price for aws\/ebs\/gp2 in us-gov-west-1/);
  });

  test("outside the data's regions the line names the region and the import that prices it", () => {
    expect(report.resources.find((r) => r.address === "aws_instance.mexico")).toBeUndefined();
    const instanceReason = report.unpriced.find((u) => u.address === "aws_instance.mexico" && u.component?.startsWith("Instance usage"))?.reason;
    expect(instanceReason).toMatch(/no price for aws\/ec2\/m5\.large in mx-central-1/);
    expect(instanceReason).toContain("costkit prices import --from aws-offer <region offer file> --region mx-central-1");
    expect(report.monthlyCost.expected).toBe("3010.87");
  });
});
