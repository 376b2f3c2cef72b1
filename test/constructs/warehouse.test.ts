import * as fs from "fs";
import * as path from "path";
import { TerraformStack, Testing } from "cdktf";
import { GoogleProvider } from "@cdktf/provider-google/lib/provider";
import { PubsubSubscription } from "@cdktf/provider-google/lib/pubsub-subscription";
import { Costkit } from "../../constructs/costkit";
import { Warehouse, WarehouseProps } from "../../constructs/warehouse";
import { CostReport } from "../../pricing/report";
import { assertReportInvariants } from "../helpers/invariants";
import { expectInvalidProps } from "../helpers/construct-error";

const TIB = 2 ** 40;
const GIB = 2 ** 30;

const BASE: WarehouseProps = {
  datasetId: "events_eu",
  location: "EU",
  tables: [{ tableId: "raw_events", partitionField: "publish_time", partitionExpirationDays: 395, clusteringFields: ["subscription_name"] }],
  labels: { team: "data", "seed-line": "bigquery-analytics" },
  load: {
    // 24 TiB a day × 730 / 24 days = 730 TiB a month.
    scannedBytesPerDay: 24 * TIB,
    // 10 GiB a day kept 395 days: 90 days active (900 GiB), 305 long-term (3,050 GiB).
    tables: { raw_events: { ingestBytesPerDay: 10 * GIB } },
  },
};

function synth(props: Partial<WarehouseProps>, extra?: (stack: TerraformStack, w: Warehouse) => void): { tf: string; report: CostReport; warehouse: Warehouse } {
  const app = Testing.app();
  const stack = new TerraformStack(app, "test");
  new GoogleProvider(stack, "google", { project: "p" });
  const warehouse = new Warehouse(stack, "warehouse", { ...BASE, ...props });
  extra?.(stack, warehouse);
  Costkit.enableStack(stack);
  const dir = path.join(Testing.fullSynth(stack), "stacks", "test");
  const report: CostReport = JSON.parse(fs.readFileSync(path.join(dir, "cost-report.json"), "utf8"));
  assertReportInvariants(report);
  return { tf: fs.readFileSync(path.join(dir, "cdk.tf.json"), "utf8"), report, warehouse };
}

describe("Warehouse", () => {
  const { tf, report, warehouse } = synth({});
  const resource = (type: string) => report.resources.find((r) => r.type === type)!;
  const line = (type: string, prefix: string) => resource(type).components.find((c) => c.name.startsWith(prefix))!;

  test("renders the dataset and day-partitioned tables that expire", () => {
    expect(Testing.toHaveResourceWithProperties(tf, "google_bigquery_dataset", { dataset_id: "events_eu", location: "EU", storage_billing_model: "LOGICAL" })).toBe(true);
    expect(Testing.toHaveResourceWithProperties(tf, "google_bigquery_table", {
      table_id: "raw_events", clustering: ["subscription_name"],
      time_partitioning: { type: "DAY", field: "publish_time", expiration_ms: 34_128_000_000 }, // 395 × 86,400,000
    })).toBe(true);
  });

  test("bills on-demand queries to the dataset", () => {
    const c = line("google_bigquery_dataset", "Queries (on-demand)");
    expect(resource("google_bigquery_dataset").geo).toBe("EU");
    expect(c.monthlyQuantity.expected).toBe("730");
    expect(c.monthlyCost.expected).toBe("4562.5"); // 730 TiB × $6.25
  });

  test("bills each table's active and long-term storage from its ingest and retention", () => {
    expect(line("google_bigquery_table", "Active storage (logical)").monthlyCost.expected).toBe("18"); // 900 GiB × $0.02
    expect(line("google_bigquery_table", "Long-term storage (logical)").monthlyCost.expected).toBe("30.5"); // 3,050 GiB × $0.01
    expect(resource("google_bigquery_table").tags).toEqual({ "seed-line": "bigquery-analytics", team: "data" });
  });

  test("names a table as a Pub/Sub BigQuery subscription does (project.dataset.table)", () => {
    const { tf: withSub } = synth({}, (stack, w) => {
      new PubsubSubscription(stack, "sub", { name: "s", topic: "t", bigqueryConfig: { table: w.tableReference("raw_events") } });
    });
    const sub = Object.values(JSON.parse(withSub).resource.google_pubsub_subscription)[0] as { bigquery_config: { table: string } };
    expect(sub.bigquery_config.table).toMatch(/^\$\{google_bigquery_table\.[^.]+\.project\}\.\$\{google_bigquery_table\.[^.]+\.dataset_id\}\.\$\{google_bigquery_table\.[^.]+\.table_id\}$/);
    expect(() => warehouse.tableReference("nope")).toThrow(/no table "nope"; the warehouse has raw_events/);
  });

  test("a table kept less than 90 days has only active storage", () => {
    const r = synth({ load: { tables: { raw_events: { ingestBytesPerDay: GIB, retainedDays: 30 } } } }).report;
    const table = r.resources.find((x) => x.type === "google_bigquery_table")!;
    expect(table.components.find((c) => c.name.startsWith("Active"))!.monthlyQuantity.expected).toBe("30");
    expect(table.components.find((c) => c.name.startsWith("Long-term"))!.monthlyQuantity.expected).toBe("0");
  });

  test("fails if a table's storage would grow without bound, or the load names an unknown table", () => {
    expect(() => synth({
      tables: [{ tableId: "forever" }, { tableId: "wide", partitionExpirationDays: 30, clusteringFields: ["a", "b", "c", "d", "e"] }],
      load: { tables: { forever: { ingestBytesPerDay: 1 }, ghost: { ingestBytesPerDay: 1 } } },
    })).toThrow(
      /clusteringFields has 5 columns; BigQuery allows at most 4[\s\S]*load.tables\["forever"\]: the table keeps partitions forever[\s\S]*load.tables names "ghost", which is not a table of this warehouse/,
    );
  });
});

describe("Warehouse props errors", () => {
  test("fails if several props are invalid: one ConstructError naming the path, each prop, its value and the fix", () => {
    const e = expectInvalidProps(() => synth({ labels: { "Seed-Line": "x" }, load: { tables: { raw_event: { ingestBytesPerDay: 1 } } } }), "test/warehouse", ["labels.Seed-Line", "load.tables"]);
    expect(e.message).toMatch(/labels key "Seed-Line"/);
    expect(e.message).toMatch(/load\.tables names "raw_event", which is not a table of this warehouse; use one of: raw_events; did you mean "raw_events"\?/);
  });
});
