import { FREE_TYPES } from "../../../../pricing/free-types";
import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("aws_cloudwatch_log_group", () => {
  const report = pricerGolden(__filename, "cloudwatch-log-group");

  test("ingestion, storage and Insights scans from usage; the retention is named on the storage line", () => {
    const app = resourceOf(report, "aws_cloudwatch_log_group.app");
    expect(app.monthlyCost.expected).toBe("51.45"); // 50 + 0.45 + 1
    expect(app.components.map((c) => c.name)).toEqual(["Data ingested (STANDARD)", "Archived storage (retained 30 days)", "Insights queries data scanned"]);
    expect(resourceOf(report, "aws_cloudwatch_log_group.forever").components.every((c) => c.dependsOnUsage)).toBe(true);
    expect(resourceOf(report, "aws_cloudwatch_log_group.forever").components[1].name).toBe("Archived storage (never expires)");
  });

  test("a log class without a price makes its ingestion line unpriced, never zero; the group is not free", () => {
    expect(report.unpriced).toEqual([
      expect.objectContaining({ address: "aws_cloudwatch_log_group.ia", component: "Data ingested", reason: expect.stringMatching(/INFREQUENT_ACCESS/) }),
    ]);
    expect(report.free).toEqual([]);
    expect(FREE_TYPES.has("aws_cloudwatch_log_group")).toBe(false);
    expect(report.monthlyCost.expected).toBe("51.75");
  });
});
