import * as fs from "fs";
import * as path from "path";
import { TerraformStack, Testing } from "cdktf";
import { GoogleProvider } from "@cdktf/provider-google/lib/provider";
import { Costkit } from "../../constructs/costkit";
import { pubsubBilledTib, EventPipeline, EventPipelineProps } from "../../constructs/event-pipeline";
import { CostReport } from "../../pricing/report";
import { assertReportInvariants } from "../helpers/invariants";
import { expectInvalidProps } from "../helpers/construct-error";

function synth(props: EventPipelineProps): { tf: string; report: CostReport } {
  const app = Testing.app();
  const stack = new TerraformStack(app, "test");
  new GoogleProvider(stack, "google", { project: "p", region: "europe-west1" });
  new EventPipeline(stack, "events", props);
  Costkit.enableStack(stack);
  const dir = path.join(Testing.fullSynth(stack), "stacks", "test");
  const report: CostReport = JSON.parse(fs.readFileSync(path.join(dir, "cost-report.json"), "utf8"));
  assertReportInvariants(report);
  return { tf: fs.readFileSync(path.join(dir, "cdk.tf.json"), "utf8"), report };
}

function component(report: CostReport, type: string, nameHint: string, componentPrefix: string) {
  const r = report.resources.find((x) => x.type === type && x.address.includes(nameHint));
  if (!r) throw new Error(`no ${type} matching ${nameHint} in ${report.resources.map((x) => x.address).join(", ")}`);
  const c = r.components.find((x) => x.name.startsWith(componentPrefix));
  if (!c) throw new Error(`no component ${componentPrefix} on ${r.address}: ${r.components.map((x) => x.name).join(", ")}`);
  return { resource: r, component: c };
}

const BASE: EventPipelineProps = {
  topicName: "events-eu",
  region: "europe-west1",
  subscriptions: [
    { name: "warehouse", kind: "bigquery", bigqueryTable: "p.events.raw" },
    { name: "realtime", ackDeadlineSeconds: 30 },
  ],
  labels: { team: "data", "seed-line": "pubsub-ingestion" },
  load: { eventsPerDay: 1_000_000_000, averageEventBytes: 500, shareBySubscription: { realtime: 0.25 } },
};

describe("EventPipeline", () => {
  // Events a month: 1e9 × 730 / 24 = 30,416,666,666.67. 1 TiB = 2^40 bytes.
  // Unbatched, every event bills 1,000 bytes: 30,416,666,666.67 × 1,000 / 2^40 = 27.663797 TiB.
  // Actual bytes: × 500 = 13.831899 TiB (BigQuery subscriptions bill actual bytes, no minimum).
  // Pull subscription at share 0.25, unbatched: 6.915949 TiB.
  const { tf, report } = synth(BASE);

  test("renders a topic kept in its region and its subscriptions", () => {
    expect(Testing.toHaveResourceWithProperties(tf, "google_pubsub_topic", {
      name: "events-eu",
      message_storage_policy: { allowed_persistence_regions: ["europe-west1"] },
      labels: { team: "data", "seed-line": "pubsub-ingestion" },
    })).toBe(true);
    expect(Testing.toHaveResourceWithProperties(tf, "google_pubsub_subscription", {
      name: "warehouse", bigquery_config: { table: "p.events.raw", write_metadata: true },
    })).toBe(true);
    expect(Testing.toHaveResourceWithProperties(tf, "google_pubsub_subscription", { name: "realtime", ack_deadline_seconds: 30 })).toBe(true);
  });

  test("prices publishing with the 1,000-byte minimum per request, at $40 per TiB", () => {
    const { resource, component: c } = component(report, "google_pubsub_topic", "events", "Message publishing");
    expect(resource.geo).toBe("EU");
    expect(resource.category).toBe("data");
    expect(c.monthlyQuantity.expected).toBe("27.663797");
    expect(c.monthlyCost.expected).toBe("1106.55188"); // 27.663797 × 40
  });

  test("a BigQuery subscription bills the events' own bytes at $50 per TiB", () => {
    const { component: c } = component(report, "google_pubsub_subscription", "warehouse", "Message delivery (BigQuery subscription)");
    expect(c.monthlyQuantity.expected).toBe("13.831899");
    expect(c.monthlyCost.expected).toBe("691.59495"); // 13.831899 × 50
  });

  test("a pull subscription bills its share of the events", () => {
    const { component: c } = component(report, "google_pubsub_subscription", "realtime", "Message delivery (pull)");
    expect(c.monthlyQuantity.expected).toBe("6.915949");
    expect(c.monthlyCost.expected).toBe("276.63796"); // 6.915949 × 40
  });

  test("batched publishing (≥ 1,000 bytes a request) bills actual bytes", () => {
    const batched = synth({ ...BASE, load: { ...BASE.load!, eventsPerRequest: 2 } }).report;
    expect(component(batched, "google_pubsub_topic", "events", "Message publishing").component.monthlyQuantity.expected).toBe("13.831899");
    // 3 events of 200 bytes = 600 bytes per request, billed as 1,000: 1,000 / 3 bytes per event.
    expect(pubsubBilledTib({ eventsPerDay: 1_000_000_000, averageEventBytes: 200, eventsPerRequest: 3 }, 1, true)).toBe("9.221266");
  });

  test("without load the lines depend on usage", () => {
    const { report: r } = synth({ ...BASE, load: undefined });
    const c = component(r, "google_pubsub_topic", "events", "Message publishing").component;
    expect(c.usageBased).toBe(true);
    expect(c.unitPrice).toBe("40");
    expect(c.monthlyCost.expected).toBe("0");
  });

  test("fails if subscriptions or load are inconsistent, naming every problem at once", () => {
    expect(() => synth({
      ...BASE,
      subscriptions: [{ name: "warehouse", kind: "bigquery" }, { name: "warehouse" }, { name: "gcs", kind: "cloud-storage" }],
      load: { eventsPerDay: 1, averageEventBytes: 0, eventsPerRequest: 0.5, shareBySubscription: { nope: 2 } },
    })).toThrow(new RegExp([
      "kind \"bigquery\" needs bigqueryTable",
      "subscriptions: the name \"warehouse\" is used twice; give each subscription its own name",
      "kind \"cloud-storage\" needs bucket",
      "load.averageEventBytes \\(0\\) must be > 0",
      "load.eventsPerRequest \\(0.5\\) must be a whole number ≥ 1",
      "load.shareBySubscription names \"nope\"",
      "load.shareBySubscription\\[\"nope\"\\] \\(2\\) must be > 0 and ≤ 1",
    ].join("[\\s\\S]*")));
  });

  test("fails if labels are not valid GCP labels", () => {
    expect(() => synth({ ...BASE, labels: { "Seed-Line": "Pub/Sub" } })).toThrow(/labels key "Seed-Line" must be lowercase[\s\S]*labels\["Seed-Line"\] value "Pub\/Sub"/);
  });

  test("fails if an ack deadline is out of range", () => {
    expect(() => synth({ ...BASE, subscriptions: [{ name: "realtime", ackDeadlineSeconds: 5 }] })).toThrow(/subscriptions\["realtime"\]\.ackDeadlineSeconds \(5\) must be from 10 to 600 seconds/);
  });
});

describe("EventPipeline props errors", () => {
  test("fails if several props are invalid: one ConstructError naming the path, each prop, its value and the fix", () => {
    const e = expectInvalidProps(() => synth({ ...BASE, subscriptions: [{ name: "warehouse" }], load: { eventsPerDay: 1, averageEventBytes: 100, shareBySubscription: { warehous: 0.5 } } }), "test/events", ["load.shareBySubscription"]);
    expect(e.message).toMatch(/load\.shareBySubscription names "warehous", which is not a subscription of this topic; use one of: warehouse; did you mean "warehouse"\?/);
  });
});
