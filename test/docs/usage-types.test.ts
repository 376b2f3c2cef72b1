import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { CDKTN_FALLBACK, renderCdktnFallback, renderUsageTypes, USAGE_TYPES } from "../../scripts/usage-types";

describe("constructs/usage-types.ts", () => {
  test("is up to date with the pricers' declarations", () => {
    if (fs.readFileSync(USAGE_TYPES, "utf8") !== renderUsageTypes()) {
      throw new Error("constructs/usage-types.ts is out of date with the pricers' usage declarations: run `npm run docs` and commit the result.");
    }
    if (fs.readFileSync(CDKTN_FALLBACK, "utf8") !== renderCdktnFallback()) {
      throw new Error("constructs/cdktn-providers.d.ts is out of date with the pricers' usage declarations: run `npm run docs` and commit the result.");
    }
  });
});

describe("Cost.usage is typed by the resource's class", () => {
  const root = path.join(__dirname, "..", "..");
  const dir = path.join(__dirname, "artifacts");

  /**
   * Type-checks a snippet that uses Cost.usage; returns the compiler's messages. With `cdktn`, the module paths of
   * @cdktn/provider-aws lead to the stand-ins in test/helpers/cdktn-provider-aws (the package is not installed here),
   * as they would to the package in an app that has it.
   */
  function diagnostics(body: string, opts: { cdktn?: boolean } = {}): string[] {
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, "typed-usage.ts");
    fs.writeFileSync(file, [
      ...(opts.cdktn ? [
        `import * as cdktn from "cdktn";`,
        `import { S3Bucket as CdktnS3Bucket } from "@cdktn/provider-aws/lib/s3-bucket";`,
        `import { EbsVolume as CdktnEbsVolume } from "@cdktn/provider-aws/lib/ebs-volume";`,
        `const cdktnStack = new cdktn.TerraformStack(new cdktn.App(), "s");`,
        `const cdktnBucket = new CdktnS3Bucket(cdktnStack, "b");`,
        `const cdktnVolume = new CdktnEbsVolume(cdktnStack, "v", { availabilityZone: "us-east-1a" });`,
        `void cdktnBucket; void cdktnVolume;`,
      ] : []),
      `import { App, TerraformStack, TerraformResource } from "cdktf";`,
      `import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";`,
      `import { Instance } from "@cdktf/provider-aws/lib/instance";`,
      `import { Cost } from ${JSON.stringify(path.join(root, "constructs", "cost"))};`,
      `const stack = new TerraformStack(new App(), "s");`,
      `const bucket = new S3Bucket(stack, "b", {});`,
      `const vm = new Instance(stack, "vm", { ami: "a", instanceType: "m5.large" });`,
      `declare const other: TerraformResource;`,
      `void vm; void other; void bucket;`,
      body,
    ].join("\n"));
    const config = ts.readConfigFile(path.join(root, "tsconfig.json"), ts.sys.readFile);
    const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
    try {
      const paths = opts.cdktn ? { baseUrl: root, paths: { "@cdktn/provider-aws/lib/*": ["test/helpers/cdktn-provider-aws/lib/*"] } } : {};
      const program = ts.createProgram([file], { ...options, ...paths, noEmit: true, types: ["node"] });
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

  test("the classes of CDK Terrain's provider package are typed like cdktf's (same paths, same names)", () => {
    // one compile: the first two lines are right, each of the others has one mistake
    const messages = diagnostics([
      `Cost.usage(cdktnBucket, { storageGb: 500, monthlyDataTransferOutGb: "12.5" });`,
      `Cost.usage(cdktnVolume, {});`,
      `Cost.usage(cdktnBucket, { storageGB: 500 });`,
      `Cost.usage(cdktnBucket, { storageGb: true });`,
      `Cost.usage(cdktnVolume, { storageGb: 1 });`,
    ].join("\n"), { cdktn: true });
    expect(messages).toHaveLength(3);
    expect(messages[0]).toMatch(/'storageGB' does not exist in type 'AwsS3BucketUsage'/);
    expect(messages[1]).toMatch(/Type 'true' is not assignable to type 'UsageQuantity/);
    expect(messages[2]).toMatch(/'storageGb' does not exist in type 'AwsEbsVolumeUsage'/);
  }, 60000);
});
