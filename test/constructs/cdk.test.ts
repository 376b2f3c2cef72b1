import * as cdktf from "cdktf";
import * as cdktn from "cdktn";
import { Construct } from "constructs";
import { AppLike, CdkLibrary, cdkOf, TerraformResourceLike, TerraformStackLike } from "../../constructs/cdk";
import { S3Bucket } from "../helpers/cdktn-provider-aws/lib/s3-bucket";

// Checked by the compiler (npm test runs tsc): both libraries export what costkit calls, and (the typed constants
// below) their apps, stacks and resources fit the structural types of costkit's public API.
const libraries: readonly CdkLibrary[] = [cdktf, cdktn];

describe("cdkOf: the library a construct was built with", () => {
  test("both libraries are installed here", () => {
    expect(libraries).toHaveLength(2);
  });

  test("a cdktn app, its stacks (subclasses too) and its resources resolve to cdktn", () => {
    const app: AppLike = new cdktn.App();
    class WebStack extends cdktn.TerraformStack {}
    const stack: TerraformStackLike = new WebStack(app, "web");
    const bucket: TerraformResourceLike = new S3Bucket(stack, "b");
    const inner = new Construct(stack, "group");
    for (const c of [app, stack, bucket, inner]) expect(cdkOf(c)).toBe(cdktn);
  });

  test("a cdktf app and what it holds resolve to cdktf", () => {
    const app: AppLike = new cdktf.App();
    const stack: TerraformStackLike = new cdktf.TerraformStack(app, "web");
    const resource: TerraformResourceLike = new cdktf.TerraformResource(stack, "r", { terraformResourceType: "null_resource" });
    for (const c of [app, stack, resource, new Construct(stack, "group")]) expect(cdkOf(c)).toBe(cdktf);
  });

  test("a tree of plain constructs falls back to the first installed library, cdktf", () => {
    expect(cdkOf(new Construct(undefined as unknown as Construct, "root"))).toBe(cdktf);
  });
});
