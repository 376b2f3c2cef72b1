import { catalogOf } from "../../../../pricing/books";
import { estimate } from "../../../../pricing/estimate";
import { DEFAULT_REGISTRY } from "../../../../pricing/resources";
import { readTerraform } from "../../../../pricing/terraform";
import { EMPTY_USAGE } from "../../../../pricing/usage";
import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("aws_kinesis_stream", () => {
  const report = pricerGolden(__filename, "kinesis-stream");
  const lineOf = (address: string, name: string) => {
    const c = resourceOf(report, address).components.find((x) => x.name === name);
    if (!c) throw new Error(`no line ${name} on ${address}`);
    return c;
  };

  test("provisioned: shards × 730 h; PUT units from records × ⌈size ÷ 25 KB⌉; retention > 24 h adds shard-hours", () => {
    expect(lineOf("aws_kinesis_stream.basic", "Shards (provisioned)").monthlyCost.expected).toBe("21.9");
    expect(lineOf("aws_kinesis_stream.records", "PUT payload units").monthlyQuantity.expected).toBe("200");
    expect(lineOf("aws_kinesis_stream.records", "Extended retention (up to 7 days)").monthlyCost.expected).toBe("58.4");
    expect(resourceOf(report, "aws_kinesis_stream.records").monthlyCost.expected).toBe("105");
  });

  test("long-term retention and enhanced fan-out from registered consumers", () => {
    expect(lineOf("aws_kinesis_stream.long_term", "Enhanced fan-out (consumer-shard hours)").monthlyQuantity.expected).toBe("1460");
    expect(lineOf("aws_kinesis_stream.long_term", "Long-term retention (beyond 7 days)").monthlyCost.expected).toBe("2.3");
    expect(resourceOf(report, "aws_kinesis_stream.long_term").monthlyCost.expected).toBe("62.82");
  });

  test("on-demand: stream-hours plus ingest and retrieval per GB; without usage the GB lines depend on usage", () => {
    expect(resourceOf(report, "aws_kinesis_stream.on_demand").monthlyCost.expected).toBe("129.2");
    expect(lineOf("aws_kinesis_stream.on_demand_no_usage", "Data ingested (on-demand)")).toMatchObject({ unitPrice: "0.08", dependsOnUsage: true });
    expect(lineOf("aws_kinesis_stream.basic", "PUT payload units")).toMatchObject({ unitPrice: "0.014", dependsOnUsage: true });
    expect(report.monthlyCost.expected).toBe("371.48");
  });

  test("unknown retention, regions without prices, references and unknown modes are unpriced with the reason", () => {
    const reasons = report.unpriced.map((u) => `${u.address} ${u.component ?? ""}: ${u.reason}`);
    expect(reasons).toEqual(expect.arrayContaining([
      expect.stringMatching(/aws_kinesis_stream\.unknown_retention Extended retention \(up to 7 days\): retention_period is not known before apply/),
      expect.stringMatching(/aws_kinesis_stream\.gov Shards \(provisioned\): no price for aws\/kinesis\/shard-hours in us-gov-west-1/),
      expect.stringMatching(/aws_kinesis_stream\.by_ref : shard_count is not known before apply/),
      expect.stringMatching(/aws_kinesis_stream\.odd_mode : unknown stream_mode "SERVERLESS"/),
    ]));
  });

  test("streams outside us-east-1 use their region's rates (eu-west-1: 0.017 per shard-hour)", () => {
    const json = { provider: { aws: [{ region: "eu-west-1" }] }, resource: { aws_kinesis_stream: { ireland: { name: "ireland", shard_count: 2 } } } };
    const ireland = estimate(readTerraform(json, "main.tf.json"), { stack: "t", catalog: catalogOf(), registry: DEFAULT_REGISTRY, usage: EMPTY_USAGE });
    expect(resourceOf(ireland, "aws_kinesis_stream.ireland").components[0]).toMatchObject({ name: "Shards (provisioned)", unitPrice: "0.017", monthlyCost: { expected: "24.82" } }); // 2 × 730 × 0.017
    expect(ireland.unpriced).toEqual([]);
  });
});
