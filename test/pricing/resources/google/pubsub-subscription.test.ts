import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_pubsub_subscription", () => {
  const report = pricerGolden(__filename, "pubsub-subscription");
  const res = (name: string) => resourceOf(report, `google_pubsub_subscription.${name}`);

  test("delivery throughput by subscription kind, retained acknowledged messages as storage", () => {
    expect(res("pull").monthlyCost.expected).toBe("178.24");
    expect(res("push").components[0].name).toBe("Message delivery (push)");
    expect(res("push").monthlyCost.expected).toBe("0.03814697265625");
    expect(res("to_bq").components[0]).toMatchObject({ name: "Message delivery (BigQuery subscription)", unitPrice: "50", monthlyCost: { expected: "25" } });
    expect(report.monthlyCost.expected).toBe("203.27814697265625");
  });

  test("default retention of 7 days; lines without usage depend on usage; references are unpriced", () => {
    expect(res("retain_default").components.map((c) => [c.name, c.dependsOnUsage])).toEqual([
      ["Message delivery (pull)", true],
      ["Retained acknowledged messages (604800s)", true],
    ]);
    const reasons = report.unpriced.map((u) => `${u.address} ${u.component ?? ""}: ${u.reason}`);
    expect(reasons).toEqual([expect.stringMatching(/retain_ref Retained acknowledged messages: retain_acked_messages is not known before apply/)]);
  });
});
