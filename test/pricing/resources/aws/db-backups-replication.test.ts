import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("aws_db_instance_automated_backups_replication", () => {
  const report = pricerGolden(__filename, "db-backups-replication");

  test("replicated backup storage at the destination's rate; the cross-Region transfer is unpriced with the reason", () => {
    expect(resourceOf(report, "aws_db_instance_automated_backups_replication.replica").components[0]).toMatchObject({ name: "Replicated backup storage", unitPrice: "0.095", monthlyCost: { expected: "47.5" } });
    expect(resourceOf(report, "aws_db_instance_automated_backups_replication.idle").components[0]).toMatchObject({ dependsOnUsage: true });
    expect(report.unpriced.map((u) => [u.address, u.component])).toEqual([
      ["aws_db_instance_automated_backups_replication.idle", "Cross-Region transfer"],
      ["aws_db_instance_automated_backups_replication.replica", "Cross-Region transfer"],
    ]);
    expect(report.monthlyCost.expected).toBe("47.5");
  });
});
