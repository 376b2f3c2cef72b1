import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("aws_sfn_state_machine", () => {
  const report = pricerGolden(__filename, "sfn-state-machine");
  const cost = (a: string) => resourceOf(report, a).monthlyCost.expected;

  test("Standard: state transitions per thousand at the region's rate", () => {
    expect(cost("aws_sfn_state_machine.standard")).toBe("25"); // 1,000 × 0.025
    expect(cost("aws_sfn_state_machine.standard_sa")).toBe("75"); // 2,000 × 0.0375
  });

  test("Express: requests plus tiered GB-seconds", () => {
    expect(cost("aws_sfn_state_machine.express")).toBe("81.674"); // 10 + 3.6M × 0.00001667 + 1.4M × 0.00000833
    expect(report.monthlyCost.expected).toBe("181.674");
  });

  test("without usage the line depends on usage; an unknown type is unpriced", () => {
    expect(resourceOf(report, "aws_sfn_state_machine.no_usage").components[0]).toMatchObject({ name: "State transitions (standard)", unitPrice: "0.025", dependsOnUsage: true });
    expect(report.unpriced.map((u) => `${u.address}: ${u.reason}`)).toEqual(['aws_sfn_state_machine.odd: unknown state machine type "BATCH"; Step Functions workflows are STANDARD or EXPRESS']);
  });
});
