import Decimal from "decimal.js";
import { TerraformMetaArguments, TerraformProvider, TerraformResource } from "cdktf";
import { Construct, IConstruct } from "constructs";
import { HOURS_PER_MONTH, money } from "../pricing/money";
import { tpuSliceOf } from "../pricing/resources/google/tpu-v2-vm";
import { Cost } from "./cost";
import { literal, lookup, PropsCheck, rules } from "./validation";

/**
 * The `google-beta` provider. `google_tpu_v2_vm` exists only in google-beta, for which no prebuilt cdktf bindings are
 * installed; this and {@link TpuV2Vm} are the few lines of the generated bindings these constructs need.
 */
export interface GoogleBetaProviderConfig {
  /** @default - the environment's project */
  readonly project?: string;
  /** @default - none */
  readonly region?: string;
  /** @default - none */
  readonly zone?: string;
  /** @default - the default google-beta configuration */
  readonly alias?: string;
}

export class GoogleBetaProvider extends TerraformProvider {
  static readonly tfResourceType = "google-beta";

  constructor(scope: Construct, id: string, private readonly config: GoogleBetaProviderConfig = {}) {
    super(scope, id, {
      terraformResourceType: "google-beta",
      terraformGeneratorMetadata: { providerName: "google-beta", providerVersionConstraint: "~> 6.0" },
      terraformProviderSource: "hashicorp/google-beta",
    });
    this.alias = config.alias;
  }

  protected synthesizeAttributes(): Record<string, unknown> {
    return { project: this.config.project, region: this.config.region, zone: this.config.zone };
  }
}

export interface TpuV2VmConfig extends TerraformMetaArguments {
  readonly name: string;
  readonly zone: string;
  /** `v4-128`, `v5litepod-8`, … */
  readonly acceleratorType: string;
  readonly runtimeVersion: string;
  /** @default - none */
  readonly description?: string;
  /** @default - none */
  readonly labels?: Readonly<Record<string, string>>;
  /** Spot or preemptible capacity. @default - on demand */
  readonly schedulingConfig?: { readonly preemptible?: boolean; readonly spot?: boolean };
}

/** `google_tpu_v2_vm` (google-beta): a Cloud TPU VM slice. */
export class TpuV2Vm extends TerraformResource {
  static readonly tfResourceType = "google_tpu_v2_vm";

  constructor(scope: Construct, id: string, private readonly config: TpuV2VmConfig) {
    super(scope, id, {
      terraformResourceType: "google_tpu_v2_vm",
      terraformGeneratorMetadata: { providerName: "google-beta", providerVersionConstraint: "~> 6.0" },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      forEach: config.forEach,
    });
  }

  get acceleratorTypeInput(): string {
    return this.config.acceleratorType;
  }

  protected synthesizeAttributes(): Record<string, unknown> {
    const c = this.config;
    return {
      name: c.name,
      zone: c.zone,
      accelerator_type: c.acceleratorType,
      runtime_version: c.runtimeVersion,
      description: c.description,
      labels: c.labels ? { ...c.labels } : undefined,
      scheduling_config: c.schedulingConfig ? { preemptible: c.schedulingConfig.preemptible, spot: c.schedulingConfig.spot } : undefined,
    };
  }
}

/** The training the pool runs; never rendered into Terraform. */
export interface TpuTrainingUsage {
  /** Slice-hours a month the training schedule keeps slices READY (runs × hours per run × slices per run). */
  readonly sliceHoursPerMonth: number;
}

export interface TpuTrainingPoolProps {
  /** Name prefix of the slices (`<name>-0`, `<name>-1`, …). */
  readonly name: string;
  /** Zone of the slices (TPU v4 exists only in us-central2-b). */
  readonly zone: string;
  /** Slice shape, e.g. `v4-128` (64 chips). */
  readonly acceleratorType: string;
  /** TPU VM software. @default "tpu-vm-v4-base" for v4, else "tpu-ubuntu2204-base" */
  readonly runtimeVersion?: string;
  /** The pool's maximum: slices that may run at once (Terraform `count`). Priced as the worst case, every slice READY all month. */
  readonly maxSlices: number;
  /** Spot capacity (preemptible, lower rate). @default false */
  readonly spot?: boolean;
  /** Labels of every slice (`team`, `feature`, `seed-line`). @default - none */
  readonly labels?: Readonly<Record<string, string>>;
  /** A google-beta provider ({@link GoogleBetaProvider}): `google_tpu_v2_vm` is a beta resource. */
  readonly provider: TerraformProvider;
  /** Expected training. @default - the pool is idle (scaled to zero): expected cost 0, maximum every slice all month */
  readonly usage?: TpuTrainingUsage;
}

/**
 * A pool of Cloud TPU slices for training that scales to zero: `maxSlices` `google_tpu_v2_vm` slices (one resource with
 * `count`), each READY only while a training run holds it (the scheduler creates slices for a run, e.g. through queued
 * resources, and deletes them after).
 *
 * Cost per slice: `monthlyHours` = min 0 (no run), expected `sliceHoursPerMonth / maxSlices`, max 730; the report
 * multiplies by the `count` and by the slice's chips (v4 bills per chip-hour; `v4-128` is 64 chips).
 */
export class TpuTrainingPool extends Construct {
  readonly slices: TpuV2Vm;

  constructor(scope: Construct, id: string, props: TpuTrainingPoolProps) {
    super(scope, id);
    validate(this, props);
    const version = props.acceleratorType.split("-")[0];
    this.slices = new TpuV2Vm(this, "slices", {
      count: props.maxSlices,
      name: `${props.name}-\${count.index}`,
      zone: props.zone,
      acceleratorType: props.acceleratorType,
      runtimeVersion: props.runtimeVersion ?? (version === "v4" ? "tpu-vm-v4-base" : "tpu-ubuntu2204-base"),
      description: `training pool ${props.name}: up to ${props.maxSlices} × ${props.acceleratorType}`,
      ...(props.labels ? { labels: props.labels } : {}),
      ...(props.spot ? { schedulingConfig: { spot: true } } : {}),
      provider: props.provider,
    });
    Cost.category(this.slices, "ml");
    const expected = props.usage ? money(props.usage.sliceHoursPerMonth).div(props.maxSlices).toDecimalPlaces(4, Decimal.ROUND_HALF_EVEN) : money(0);
    Cost.usage(this.slices, { monthlyHours: { min: 0, expected: expected.toFixed(), max: HOURS_PER_MONTH.toFixed() } });
  }
}

function validate(scope: IConstruct, props: TpuTrainingPoolProps): void {
  const check = new PropsCheck(scope);
  check.labels("labels", props.labels);
  const type = props.acceleratorType;
  if (literal(type)) {
    lookup(type, tpuSliceOf, (reason) => check.add("acceleratorType", `acceleratorType ("${type}") is not a TPU slice shape: ${reason}`));
    if (/^v4-/.test(type) && literal(props.zone) && props.zone !== "us-central2-b") {
      check.add("zone", `zone ("${props.zone}") has no TPU v4; v4 slices exist only in us-central2-b (or pick v5p/v5e/v6e for other zones)`);
    }
  }
  const max = props.maxSlices;
  check.number("maxSlices", max, rules.whole(1), "skip");
  const hours = props.usage?.sliceHoursPerMonth;
  if (check.number("usage.sliceHoursPerMonth", hours, rules.atLeast(0), "usage") && hours !== undefined && literal(max) && hours > max * 730) {
    check.add("usage.sliceHoursPerMonth", `usage.sliceHoursPerMonth (${hours}) exceeds what maxSlices (${max}) can run in a 730-hour month (${max * 730}); raise maxSlices to at least ${Math.ceil(hours / 730)}`);
  }
  check.throwIfAny();
}
