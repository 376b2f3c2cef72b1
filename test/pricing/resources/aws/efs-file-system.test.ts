import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("aws_efs_file_system", () => {
  const report = pricerGolden(__filename, "efs-file-system");
  const reasons = (a: string) => report.unpriced.filter((u) => u.address === a).map((u) => u.reason).join(" | ");

  test("storage by class and IA access from usage; One Zone file systems use their own rates", () => {
    expect(resourceOf(report, "aws_efs_file_system.shared").monthlyCost.expected).toBe("80.5"); // 60 + 20 + 0.5
    expect(resourceOf(report, "aws_efs_file_system.one_zone").components).toEqual([expect.objectContaining({ name: "Storage (One Zone)", monthlyCost: expect.objectContaining({ expected: "16" }) })]);
  });

  test("provisioned throughput is priced per MB/s-month; elastic throughput and Archive storage are unpriced with the reason", () => {
    expect(resourceOf(report, "aws_efs_file_system.provisioned").monthlyCost.expected).toBe("60");
    expect(reasons("aws_efs_file_system.elastic")).toMatch(/elastic throughput/);
    expect(reasons("aws_efs_file_system.shared")).toMatch(/Archive storage/);
    expect(report.monthlyCost.expected).toBe("156.5");
  });
});
