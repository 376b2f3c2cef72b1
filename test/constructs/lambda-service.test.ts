import { TerraformStack, Testing } from "cdktf";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { Costkit, LambdaService, LambdaServiceProps } from "../../constructs";
import { CostReport } from "../../pricing/report";
import { assertReportInvariants } from "../helpers/invariants";
import { expectInvalidProps } from "../helpers/construct-error";

const BASE: LambdaServiceProps = { functionName: "events", runtime: "java21", handler: "H::handle", s3Bucket: "b", s3Key: "k.zip" };

function stackWith(props: Partial<LambdaServiceProps>): TerraformStack {
  const stack = new TerraformStack(Testing.app(), "lambda");
  new AwsProvider(stack, "aws", { region: "us-east-1" });
  new LambdaService(stack, "fn", { ...BASE, ...props });
  return stack;
}

function reportOf(stack: TerraformStack): CostReport {
  Costkit.enableStack(stack);
  Testing.fullSynth(stack);
  const report = Costkit.reportOf(stack)!;
  assertReportInvariants(report);
  return report;
}

describe("LambdaService", () => {
  test("the function and its role; requests and GB-seconds from the usage", () => {
    const stack = stackWith({ memorySizeMb: 1024, timeoutSeconds: 60, tags: { "seed-line": "compute-lambda" }, usage: { monthlyRequests: 10_000_000, averageDurationMs: 500 } });
    const json = Testing.synth(stack);
    expect(Testing.toHaveResourceWithProperties(json, "aws_lambda_function", { function_name: "events", memory_size: 1024, timeout: 60, architectures: ["x86_64"], s3_bucket: "b" })).toBe(true);
    expect(Testing.toHaveResource(json, "aws_iam_role")).toBe(true);
    const report = reportOf(stack);
    const r = report.resources[0];
    // 10M × $0.20/M = 2; 10M × 0.5 s × 1 GB = 5,000,000 GB-s × 0.0000166667 = 83.3335
    expect(r.components.map((c) => [c.name, c.monthlyQuantity.expected, c.monthlyCost.expected])).toEqual([
      ["Requests (x86_64)", "10", "2"],
      ["Duration (x86_64, 1024 MB, first 6,000,000,000 GB-seconds)", "5000000", "83.3335"],
    ]);
    expect(report.monthlyCost.expected).toBe("85.3335");
    expect(r.tags).toEqual({ "seed-line": "compute-lambda" });
    expect(report.free.map((f) => f.type)).toEqual(["aws_iam_role"]);
  });

  test("a given role is used as it is, and arm64 is priced at its rate", () => {
    const stack = stackWith({ roleArn: "arn:aws:iam::1:role/r", architecture: "arm64", usage: { monthlyRequests: 1_000_000, averageDurationMs: 100 } });
    expect(Testing.toHaveResource(Testing.synth(stack), "aws_iam_role")).toBe(false);
    expect(reportOf(stack).resources[0].components[1].name).toBe("Duration (arm64, 128 MB, first 7,500,000,000 GB-seconds)");
  });

  test("fails if the average duration exceeds the timeout, or the memory is out of range", () => {
    expect(() => stackWith({ timeoutSeconds: 3, usage: { averageDurationMs: 5000 } })).toThrow(/usage.averageDurationMs \(5000\) exceeds the timeout \(3000 ms\)/);
    expect(() => stackWith({ memorySizeMb: 64 })).toThrow(/memorySizeMb \(64\) must be a whole number of MB from 128 to 10240/);
  });
});

describe("LambdaService props errors", () => {
  test("fails if several props are invalid: one ConstructError naming the path, each prop, its value and the fix", () => {
    const e = expectInvalidProps(() => stackWith({ memorySizeMb: 64, architecture: "arm46" as "arm64" }), "lambda/fn", ["memorySizeMb", "architecture"]);
    expect(e.message).toMatch(/memorySizeMb \(64\) must be a whole number of MB from 128 to 10240/);
    expect(e.message).toMatch(/architecture \("arm46"\) must be one of x86_64, arm64; did you mean "arm64"\?/);
  });
});
