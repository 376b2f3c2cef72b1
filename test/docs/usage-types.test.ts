import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { renderUsageTypes, USAGE_TYPES } from "../../scripts/usage-types";

describe("constructs/usage-types.ts", () => {
  test("is up to date with the pricers' declarations", () => {
    if (fs.readFileSync(USAGE_TYPES, "utf8") !== renderUsageTypes()) {
      throw new Error("constructs/usage-types.ts is out of date with the pricers' usage declarations: run `npm run docs` and commit the result.");
    }
  });
});

describe("Cost.usage is typed by the resource's class", () => {
  const root = path.join(__dirname, "..", "..");
  const dir = path.join(__dirname, "artifacts");

  /** Type-checks a snippet that uses Cost.usage; returns the compiler's messages. */
  function diagnostics(body: string): string[] {
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, "typed-usage.ts");
    fs.writeFileSync(file, [
      `import { App, TerraformStack, TerraformResource } from "cdktf";`,
      `import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";`,
      `import { Instance } from "@cdktf/provider-aws/lib/instance";`,
      `import { Cost } from ${JSON.stringify(path.join(root, "constructs", "cost"))};`,
      `const stack = new TerraformStack(new App(), "s");`,
      `const bucket = new S3Bucket(stack, "b", {});`,
      `const vm = new Instance(stack, "vm", { ami: "a", instanceType: "m5.large" });`,
      `declare const other: TerraformResource;`,
      `void vm; void other;`,
      body,
    ].join("\n"));
    const config = ts.readConfigFile(path.join(root, "tsconfig.json"), ts.sys.readFile);
    const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
    try {
      const program = ts.createProgram([file], { ...options, noEmit: true, types: ["node"] });
      return ts.getPreEmitDiagnostics(program).filter((d) => d.file?.fileName === file).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    } finally {
      fs.rmSync(file, { force: true });
    }
  }

  test("declared keys with their types compile (quantities as numbers, decimal strings or ranges; maps by their names)", () => {
    expect(diagnostics([
      `Cost.usage(bucket, { storageGb: 500, monthlyDataTransferOutGb: "12.5", storageGbByClass: { STANDARD: { min: 1, expected: 2, max: 3 } } });`,
      `Cost.usage(vm, { monthlyHours: 200 });`,
      `Cost.usage(other, { anythingGoes: 1 });`,
    ].join("\n"))).toEqual([]);
  }, 60000);

  test("fails to compile: a misspelt key, a wrong value type, a key of another resource type, an unknown map name", () => {
    const messages = diagnostics([
      `Cost.usage(bucket, { storageGB: 500 });`,
      `Cost.usage(bucket, { storageGb: true });`,
      `Cost.usage(vm, { storageGb: 1 });`,
      `Cost.usage(bucket, { storageGbByClass: { STANDRD: 1 } });`,
    ].join("\n"));
    expect(messages).toHaveLength(4);
    expect(messages[0]).toMatch(/'storageGB' does not exist in type 'AwsS3BucketUsage'/);
    expect(messages[1]).toMatch(/Type 'true' is not assignable to type 'UsageQuantity/);
    expect(messages[2]).toMatch(/'storageGb' does not exist in type 'AwsInstanceUsage'/);
    expect(messages[3]).toMatch(/'STANDRD' does not exist/);
  }, 60000);
});
