import * as fs from "fs";
import * as path from "path";
import { TerraformStack, Testing } from "cdktf";
import { GoogleProvider } from "@cdktf/provider-google/lib/provider";
import { Costkit } from "../../constructs/costkit";
import { GoogleBetaProvider, TpuTrainingPool, TpuTrainingPoolProps } from "../../constructs/tpu-training-pool";
import { CostReport } from "../../pricing/report";
import { assertReportInvariants } from "../helpers/invariants";
import { expectInvalidProps } from "../helpers/construct-error";

function synth(props: Partial<Omit<TpuTrainingPoolProps, "provider">>): { tf: string; report: CostReport } {
  const app = Testing.app();
  const stack = new TerraformStack(app, "test");
  new GoogleProvider(stack, "google", { project: "p", region: "us-central1" });
  const beta = new GoogleBetaProvider(stack, "google-beta", { project: "p", region: "us-central2" });
  new TpuTrainingPool(stack, "tpu", {
    name: "recsys",
    zone: "us-central2-b",
    acceleratorType: "v4-32", // 32 TensorCores = 16 chips
    maxSlices: 2,
    labels: { team: "ml", "seed-line": "ml-tpu-training" },
    usage: { sliceHoursPerMonth: 100 },
    ...props,
    provider: beta,
  });
  Costkit.enableStack(stack);
  const dir = path.join(Testing.fullSynth(stack), "stacks", "test");
  const report: CostReport = JSON.parse(fs.readFileSync(path.join(dir, "cost-report.json"), "utf8"));
  assertReportInvariants(report);
  return { tf: fs.readFileSync(path.join(dir, "cdk.tf.json"), "utf8"), report };
}

describe("TpuTrainingPool", () => {
  const { tf, report } = synth({});

  test("renders maxSlices TPU VMs on the google-beta provider", () => {
    const doc = JSON.parse(tf);
    expect(doc.terraform.required_providers["google-beta"]).toEqual({ source: "hashicorp/google-beta", version: "~> 6.0" });
    expect(doc.provider["google-beta"]).toEqual([{ project: "p", region: "us-central2" }]);
    expect(Testing.toHaveResourceWithProperties(tf, "google_tpu_v2_vm", {
      count: 2, name: "recsys-${count.index}", zone: "us-central2-b", accelerator_type: "v4-32",
      runtime_version: "tpu-vm-v4-base", provider: "google-beta", labels: { team: "ml", "seed-line": "ml-tpu-training" },
    })).toBe(true);
  });

  test("prices from zero (no run) to every slice all month, expected from the schedule", () => {
    const r = report.resources[0];
    expect(r.category).toBe("ml");
    expect(r.geo).toBe("NA");
    const c = r.components[0];
    expect(c.name).toBe("TPU usage (on-demand, v4-32)");
    // per slice 0 / 100 ÷ 2 = 50 / 730 hours × 16 chips × 2 slices = 0 / 1,600 / 23,360 chip-hours at $3.22.
    expect(c.monthlyQuantity).toEqual({ min: "0", expected: "1600", max: "23360" });
    expect(c.monthlyCost).toEqual({ min: "0", expected: "5152", max: "75219.2" });
  });

  test("an idle pool costs nothing expected but keeps its maximum", () => {
    const c = synth({ usage: undefined }).report.resources[0].components[0];
    expect(c.monthlyCost).toEqual({ min: "0", expected: "0", max: "75219.2" });
  });

  test("Spot slices use the Spot rate", () => {
    const { tf: spotTf, report: spot } = synth({ spot: true });
    expect(Testing.toHaveResourceWithProperties(spotTf, "google_tpu_v2_vm", { scheduling_config: { spot: true } })).toBe(true);
    expect(spot.resources[0].components[0].name).toBe("TPU usage (spot, v4-32)");
    expect(spot.resources[0].components[0].monthlyCost.expected).toBe("1474.4"); // 1,600 × $0.9215
  });

  test("fails if the schedule needs more slice-hours than the pool has", () => {
    expect(() => synth({ usage: { sliceHoursPerMonth: 2000 } })).toThrow(
      /usage.sliceHoursPerMonth \(2000\) exceeds what maxSlices \(2\) can run in a 730-hour month \(1460\); raise maxSlices to at least 3/,
    );
  });

  test("fails if v4 is asked for outside us-central2-b, or the shape is unknown", () => {
    expect(() => synth({ zone: "us-central1-a" })).toThrow(/zone \("us-central1-a"\) has no TPU v4; v4 slices exist only in us-central2-b/);
    expect(() => synth({ acceleratorType: "v9-8", maxSlices: 0 })).toThrow(/acceleratorType \("v9-8"\) is not a TPU slice shape[\s\S]*maxSlices \(0\) must be a whole number ≥ 1/);
  });
});

describe("TpuTrainingPool props errors", () => {
  test("fails if several props are invalid: one ConstructError naming the path, each prop, its value and the fix", () => {
    const e = expectInvalidProps(() => synth({ acceleratorType: "v9-8", maxSlices: 0 }), "test/tpu", ["acceleratorType", "maxSlices", "usage.sliceHoursPerMonth"]);
    expect(e.message).toMatch(/acceleratorType \("v9-8"\) is not a TPU slice shape/);
    expect(e.message).toMatch(/maxSlices \(0\) must be a whole number ≥ 1/);
  });
});
