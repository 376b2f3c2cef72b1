import * as fs from "fs";
import * as path from "path";
import { TerraformStack, Testing } from "cdktf";
import { GoogleProvider } from "@cdktf/provider-google/lib/provider";
import { Costkit } from "../../constructs/costkit";
import { PredictionEndpoint, PredictionEndpointProps } from "../../constructs/prediction-endpoint";
import { CostReport } from "../../pricing/report";
import { assertReportInvariants } from "../helpers/invariants";
import { expectInvalidProps } from "../helpers/construct-error";

const BASE: PredictionEndpointProps = {
  endpointId: "1001",
  displayName: "ranking-na",
  region: "us-central1",
  machineType: "n1-standard-4",
  minReplicas: 2,
  maxReplicas: 10,
  labels: { team: "ml", "seed-line": "ml-vertex-inference" },
  // 8,640,000 predictions a day = 100 per second ÷ 25 per replica = 4 replicas.
  load: { predictionsPerDay: 8_640_000, predictionsPerSecondPerReplica: 25, peakToAverage: 2 },
};

function synth(props: Partial<PredictionEndpointProps>): { tf: string; report: CostReport } {
  const app = Testing.app();
  const stack = new TerraformStack(app, "test");
  new GoogleProvider(stack, "google", { project: "p" });
  new PredictionEndpoint(stack, "vertex", { ...BASE, ...props });
  Costkit.enableStack(stack);
  const dir = path.join(Testing.fullSynth(stack), "stacks", "test");
  const report: CostReport = JSON.parse(fs.readFileSync(path.join(dir, "cost-report.json"), "utf8"));
  assertReportInvariants(report);
  return { tf: fs.readFileSync(path.join(dir, "cdk.tf.json"), "utf8"), report };
}

describe("PredictionEndpoint", () => {
  const { tf, report } = synth({});

  test("renders the endpoint and declares its deployment as usage", () => {
    expect(Testing.toHaveResourceWithProperties(tf, "google_vertex_ai_endpoint", {
      name: "1001", display_name: "ranking-na", location: "us-central1", region: "us-central1",
      labels: { team: "ml", "seed-line": "ml-vertex-inference" },
    })).toBe(true);
    const endpoint = Object.values(JSON.parse(tf).resource.google_vertex_ai_endpoint)[0] as Record<string, any>;
    expect(endpoint["//"].cost.usage).toEqual({ machineType: "n1-standard-4", minReplicas: 2, maxReplicas: 10, expectedReplicas: 4 });
  });

  test("prices replicas between the bounds, expected from the predictions", () => {
    const r = report.resources[0];
    expect(r.category).toBe("ml");
    const c = r.components[0];
    expect(c.name).toBe("Prediction nodes (n1-standard-4)");
    // 2 / 4 / 10 replicas × 730 hours at $0.21849885.
    expect(c.monthlyQuantity).toEqual({ min: "1460", expected: "2920", max: "7300" });
    expect(c.monthlyCost).toEqual({ min: "319.008321", expected: "638.016642", max: "1595.041605" });
  });

  test("a quiet endpoint still bills its minimum replicas (no scale-to-zero)", () => {
    const c = synth({ load: { predictionsPerDay: 1000, predictionsPerSecondPerReplica: 25 } }).report.resources[0].components[0];
    expect(c.monthlyQuantity.expected).toBe("1460");
  });

  test("fails if maxReplicas cannot serve the peak", () => {
    expect(() => synth({ load: { ...BASE.load!, peakToAverage: 3 } })).toThrow(
      /maxReplicas \(10\) cannot serve the peak \(12 replicas at 3 × the average\); raise maxReplicas to at least 12/,
    );
  });

  test("fails if the id, machine type or bounds are invalid, listing every problem", () => {
    expect(() => synth({ endpointId: "0123", machineType: "n2-standard-4", minReplicas: 0 })).toThrow(
      /endpointId \("0123"\) must be numeric, without a leading zero[\s\S]*machineType \("n2-standard-4"\) has no Vertex AI prediction rate[\s\S]*minReplicas \(0\) must be a whole number ≥ 1/,
    );
  });
});

describe("PredictionEndpoint props errors", () => {
  test("fails if several props are invalid: one ConstructError naming the path, each prop, its value and the fix", () => {
    const e = expectInvalidProps(() => synth({ endpointId: "0123", minReplicas: 0 }), "test/vertex", ["endpointId", "minReplicas"]);
    expect(e.message).toMatch(/endpointId \("0123"\) must be numeric/);
    expect(e.message).toMatch(/minReplicas \(0\) must be a whole number ≥ 1 \(Vertex AI endpoints do not scale to zero\)/);
  });
});
