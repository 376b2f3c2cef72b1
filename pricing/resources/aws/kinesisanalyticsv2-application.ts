import { Unpriceable } from "../../errors";
import { HOURS_PER_MONTH } from "../../money";
import { Pricer } from "../../pricer";
import { fixed, scaleRange } from "../../range";

/**
 * `aws_kinesisanalyticsv2_application` (Managed Service for Apache Flink; https://aws.amazon.com/managed-service-apache-flink/pricing/):
 * - `Processing (<n> KPUs)`: ceil(parallelism ÷ parallelism_per_kpu) KPUs for the application, plus one KPU AWS adds
 *   per Flink application for orchestration, × 730 hours. Without a CUSTOM parallelism configuration the service
 *   default is parallelism 1 at 1 per KPU. Automatic scaling can add KPUs under load; the estimate is the configured
 *   parallelism.
 * - `Running application storage`: 50 GB per KPU (the application's KPUs, not the orchestration one), GB-months.
 * - `Durable backups`: usage `backupStorageGb` (snapshots), GB-months.
 * SQL applications (`runtime_environment = "SQL-1_0"`) are billed differently and are unpriced with the reason.
 */
export const kinesisanalyticsv2Application: Pricer = {
  type: "aws_kinesisanalyticsv2_application",
  provider: "aws",
  category: "data",
  usage: [{ name: "backupStorageGb", type: "quantity", unit: "GB-months", description: "Durable application backups (snapshots) held over the month." }],
  price(r, lines) {
    const runtime = r.attrs.str("runtime_environment") ?? "";
    if (!runtime.startsWith("FLINK-")) throw new Unpriceable(`runtime_environment "${runtime}": costkit prices Apache Flink applications (FLINK-…)`);
    const conf = r.attrs.block("application_configuration")?.block("flink_application_configuration")?.block("parallelism_configuration");
    const custom = conf !== undefined && (conf.str("configuration_type") ?? "DEFAULT") === "CUSTOM";
    const parallelism = custom ? conf.num("parallelism") ?? 1 : 1;
    const perKpu = custom ? conf.num("parallelism_per_kpu") ?? 1 : 1;
    if (!(parallelism >= 1) || !(perKpu >= 1)) throw new Unpriceable(`parallelism ${parallelism} and parallelism_per_kpu ${perKpu} must be at least 1`);
    const kpus = Math.ceil(parallelism / perKpu);
    lines.add({ name: `Processing (${kpus + 1} KPUs)`, unit: "KPU-hours", priceId: "aws/kinesisanalytics/kpu-hours", quantity: scaleRange(fixed(kpus + 1), HOURS_PER_MONTH) });
    lines.add({ name: "Running application storage", unit: "GB-months", priceId: "aws/kinesisanalytics/running-storage", quantity: fixed(kpus * 50) });
    lines.add({ name: "Durable backups", unit: "GB-months", priceId: "aws/kinesisanalytics/backups", usageBased: true, quantity: r.usage.quantity("backupStorageGb") });
  },
};
