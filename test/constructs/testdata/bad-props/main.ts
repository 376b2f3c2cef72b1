// An app whose construct has invalid props, run as the cdktf CLI runs an app (test/constructs/construct-error.test.ts).
import { App, TerraformStack } from "cdktf";
import { LambdaService } from "../../../../constructs/lambda-service";

const app = new App({ outdir: process.env.CDKTF_OUTDIR ?? "cdktf.out" });
const stack = new TerraformStack(app, "api");
if (process.env.BAD_PROPS_CAUGHT) {
  // The app catches the construct's error; a different error then ends it as Node reports any error.
  try {
    new LambdaService(stack, "fn", { functionName: "f", handler: "h", runtime: "nodejs20.x", s3Bucket: "b", s3Key: "k", memorySizeMb: 64 });
  } catch {
    // caught
  }
  throw new TypeError("an error of the app itself");
}
new LambdaService(stack, "fn", {
  functionName: "f", handler: "h", runtime: "nodejs20.x", s3Bucket: "b", s3Key: "k", memorySizeMb: 64, timeoutSeconds: 3, usage: { averageDurationMs: 5000 },
});
app.synth();
