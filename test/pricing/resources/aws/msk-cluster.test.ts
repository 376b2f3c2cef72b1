import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("aws_msk_cluster", () => {
  const report = pricerGolden(__filename, "msk-cluster");
  const lineOf = (address: string, name: string) => {
    const c = resourceOf(report, address).components.find((x) => x.name === name);
    if (!c) throw new Error(`no line ${name} on ${address}`);
    return c;
  };

  test("brokers × 730 h and brokers × volume_size GB at the book rates", () => {
    expect(lineOf("aws_msk_cluster.small", "Broker instances (kafka.t3.small)").monthlyCost.expected).toBe("66.576");
    expect(lineOf("aws_msk_cluster.small", "Broker storage").monthlyQuantity.expected).toBe("200");
    expect(resourceOf(report, "aws_msk_cluster.small").monthlyCost.expected).toBe("86.576");
    expect(resourceOf(report, "aws_msk_cluster.throughput").monthlyCost.expected).toBe("4039.2");
    expect(lineOf("aws_msk_cluster.throughput", "Provisioned storage throughput").monthlyQuantity.expected).toBe("750");
  });

  test("storage autoscaling gives a range: volume_size to max_capacity, expected from usage or the minimum", () => {
    expect(lineOf("aws_msk_cluster.m5", "Broker storage (autoscaling)").monthlyCost).toEqual({ min: "150", expected: "240", max: "600" });
    expect(resourceOf(report, "aws_msk_cluster.m5").monthlyCost).toEqual({ min: "609.9", expected: "699.9", max: "1059.9" });
    expect(lineOf("aws_msk_cluster.autoscale_no_usage", "Broker storage (autoscaling)").monthlyQuantity).toEqual({ min: "3000", expected: "3000", max: "12000" });
    expect(report.monthlyCost).toEqual({ min: "6287.626", expected: "6377.626", max: "7637.626" });
  });

  test("Express brokers, references, missing regions and tiered storage are unpriced with the reason", () => {
    const reasons = report.unpriced.map((u) => `${u.address} ${u.component ?? ""}: ${u.reason}`);
    expect(reasons).toEqual(expect.arrayContaining([
      expect.stringMatching(/aws_msk_cluster\.express : MSK Express brokers \(express\.m7g\.large\) are not priced yet/),
      expect.stringMatching(/aws_msk_cluster\.by_ref : number_of_broker_nodes is not known before apply/),
      expect.stringMatching(/aws_msk_cluster\.eu Broker storage: no price for aws\/msk\/storage in eu-west-1/),
      expect.stringMatching(/aws_msk_cluster\.sao_paulo Broker instances \(kafka\.m5\.large\): no price for aws\/msk\/kafka\.m5\.large in sa-east-1; the price books have it for eu-west-1, us-east-1/),
      expect.stringMatching(/aws_msk_cluster\.small Tiered storage: MSK tiered storage/),
    ]));
    expect(report.free.map((f) => f.address)).toEqual(["aws_appautoscaling_target.m5_storage", "aws_appautoscaling_target.no_usage_storage"]);
  });
});
