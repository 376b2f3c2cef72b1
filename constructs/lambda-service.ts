import { TerraformProvider } from "cdktf";
import { Construct } from "constructs";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role";
import { LambdaFunction } from "@cdktf/provider-aws/lib/lambda-function";
import { attachUsage } from "./attach-usage";
import { literal, PropsCheck, rules } from "./validation";

/** Expected load of a function; never rendered into Terraform. A key left out is not declared: the lines show their unit prices and depend on usage. */
export interface LambdaServiceUsage {
  /** Invocations a month. */
  readonly monthlyRequests?: number;
  /** Average billed duration of one invocation, in milliseconds (at most the timeout). */
  readonly averageDurationMs?: number;
}

export interface LambdaServiceProps {
  /** The function's name. */
  readonly functionName: string;
  /** Runtime, e.g. `nodejs20.x`, `python3.12`, `java21`. */
  readonly runtime: string;
  /** Handler, e.g. `index.handler`. */
  readonly handler: string;
  /** S3 bucket and key of the deployment package. */
  readonly s3Bucket: string;
  readonly s3Key: string;
  /** Memory in MB (128–10,240); CPU is allotted in proportion. @default 128 */
  readonly memorySizeMb?: number;
  /** Timeout in seconds (1–900). @default 3 */
  readonly timeoutSeconds?: number;
  /** Instruction set. @default "x86_64" */
  readonly architecture?: "x86_64" | "arm64";
  /** Ephemeral storage in MB (512–10,240; above 512 it is billed). @default 512 */
  readonly ephemeralStorageMb?: number;
  /** Execution role. @default - a role that Lambda can assume, with no policies */
  readonly roleArn?: string;
  /** The AWS provider (region). @default - the stack's default AWS provider */
  readonly provider?: TerraformProvider;
  /** Tags of every resource. @default - none */
  readonly tags?: Record<string, string>;
  /** Expected load. @default - the lines show their unit prices and depend on usage */
  readonly usage?: LambdaServiceUsage;
}

/**
 * A Lambda function (`aws_lambda_function`) with its expected invocations and duration as usage of the Lambda pricer
 * (`monthlyRequests`, `averageDurationMs`): requests per 1M and GB-seconds of duration in AWS's monthly tiers.
 */
export class LambdaService extends Construct {
  readonly function: LambdaFunction;

  constructor(scope: Construct, id: string, props: LambdaServiceProps) {
    super(scope, id);
    const check = new PropsCheck(this);
    check.number("memorySizeMb", props.memorySizeMb, rules.whole(128, 10240, "MB"));
    check.number("timeoutSeconds", props.timeoutSeconds, rules.whole(1, 900, "seconds"));
    check.number("ephemeralStorageMb", props.ephemeralStorageMb, rules.whole(512, 10240, "MB"));
    check.oneOf("architecture", props.architecture, ["x86_64", "arm64"]);
    const u = props.usage ?? {};
    check.number("usage.monthlyRequests", u.monthlyRequests, rules.atLeast(0), "skip");
    check.number("usage.averageDurationMs", u.averageDurationMs, rules.above(0, "ms"), "skip");
    const timeoutMs = (props.timeoutSeconds ?? 3) * 1000;
    if (u.averageDurationMs !== undefined && literal(u.averageDurationMs) && literal(timeoutMs) && u.averageDurationMs > timeoutMs) {
      check.add("usage.averageDurationMs", `usage.averageDurationMs (${u.averageDurationMs}) exceeds the timeout (${timeoutMs} ms): no invocation lasts longer; raise timeoutSeconds or fix the usage`);
    }
    check.throwIfAny();

    const common = { ...(props.provider ? { provider: props.provider } : {}), ...(props.tags ? { tags: props.tags } : {}) };
    const role = props.roleArn ?? new IamRole(this, "role", {
      name: `${props.functionName}-role`,
      assumeRolePolicy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" }],
      }),
      ...common,
    }).arn;
    this.function = new LambdaFunction(this, "function", {
      functionName: props.functionName,
      runtime: props.runtime,
      handler: props.handler,
      s3Bucket: props.s3Bucket,
      s3Key: props.s3Key,
      role,
      memorySize: props.memorySizeMb ?? 128,
      timeout: props.timeoutSeconds ?? 3,
      architectures: [props.architecture ?? "x86_64"],
      ...(props.ephemeralStorageMb !== undefined ? { ephemeralStorage: { size: props.ephemeralStorageMb } } : {}),
      ...common,
    });
    attachUsage(this.function, { monthlyRequests: u.monthlyRequests, averageDurationMs: u.averageDurationMs });
  }
}
