import Decimal from "decimal.js";
import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_pubsub_topic", () => {
  const report = pricerGolden(__filename, "pubsub-topic");
  const res = (name: string) => resourceOf(report, `google_pubsub_topic.${name}`);

  test("publish throughput in TiB at the global rate, retention storage at steady state", () => {
    expect(res("events").monthlyCost.expected).toBe("445.6");
    expect(res("events").components.find((c) => c.name === "Topic retention storage (1314000s)")?.monthlyQuantity.expected).toBe("1280");
    expect(res("big_messages").monthlyCost.expected).toBe("632.96");
    expect(res("events").components.every((c) => c.priceId.endsWith("@global"))).toBe(true);
    expect(res("events").region).toBe("us-central1");
  });

  test("messages under 1,000 bytes are billed as 1,000 bytes", () => {
    const expected = new Decimal(1_073_741_824).times(1000).div(new Decimal(2).pow(40)).times(40);
    expect(expected.toFixed()).toBe("39.0625");
    expect(res("small_messages").monthlyCost.expected).toBe("39.0625");
    expect(report.monthlyCost.expected).toBe("1117.6225");
  });

  test("no usage depends on usage; an unknown retention is unpriced", () => {
    expect(res("no_usage").components[0].dependsOnUsage).toBe(true);
    const reasons = report.unpriced.map((u) => `${u.address} ${u.component ?? ""}: ${u.reason}`);
    expect(reasons).toEqual([expect.stringMatching(/retention_ref Topic retention storage: message_retention_duration is not known before apply/)]);
  });
});
