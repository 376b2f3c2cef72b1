import Decimal from "decimal.js";
import { Attributes } from "../../attributes";
import { Unpriceable } from "../../errors";
import { HOURS_PER_MONTH, money, ZERO } from "../../money";
import { Pricer, ResourceInput } from "../../pricer";
import { isZeroRange, mapRange, range, Range, scaleRange } from "../../range";
import { TfResource } from "../../terraform";

/** Ephemeral storage every Fargate task gets without charge, in GiB. */
const FREE_EPHEMERAL_GIB = 20;

interface StrategyItem {
  readonly provider: string;
  readonly weight: Decimal;
  readonly base: Decimal;
}

function strategyOf(blocks: Attributes[]): StrategyItem[] {
  return blocks.map((b) => ({
    provider: b.str("capacity_provider") ?? "",
    weight: money(b.num("weight") ?? 0),
    base: money(b.num("base") ?? 0),
  }));
}

/** Tasks a provider gets out of `n`: the base first (to the one provider that has it), the rest by weight. */
function shareOf(strategy: readonly StrategyItem[], provider: string, n: Decimal): Decimal {
  const base = strategy.reduce((s, i) => s.plus(i.base), ZERO);
  const own = strategy.filter((i) => i.provider === provider);
  const ownBase = own.reduce((s, i) => s.plus(i.base), ZERO);
  const fromBase = Decimal.min(n, ownBase);
  const rest = Decimal.max(ZERO, n.minus(base));
  const total = strategy.reduce((s, i) => s.plus(i.weight), ZERO);
  if (total.isZero()) return ownBase.gt(0) ? fromBase.plus(rest) : fromBase;
  return fromBase.plus(rest.times(own.reduce((s, i) => s.plus(i.weight), ZERO)).div(total));
}

/** A number as ECS accepts it in task sizes: `256`, `0.25`, `.5`, `01024`. */
function sizeNumber(text: string): Decimal {
  const digits = text.replace(/^0+(?=\d)/, "");
  return money(digits.startsWith(".") ? `0${digits}` : digits);
}

/** `"256"`, `"0.25 vCPU"`, `".5vCPU"`, `"1 vcpu"` → vCPUs (the forms the ECS API accepts for a task's cpu). */
function parseCpu(value: string): Decimal {
  const m = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(vcpu)?\s*$/i.exec(value);
  if (!m) throw new Unpriceable(`task cpu "${value}" is neither CPU units (256) nor vCPUs (0.25 vCPU)`);
  return m[2] ? sizeNumber(m[1]) : sizeNumber(m[1]).div(1024);
}

/** `"512"` (MiB), `"1 GB"`, `"0.5GB"`, `".5 gb"` → GiB (ECS reads GB here as GiB). */
function parseMemory(value: string): Decimal {
  const m = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(gb)?\s*$/i.exec(value);
  if (!m) throw new Unpriceable(`task memory "${value}" is neither MiB (512) nor GB (1 GB)`);
  return m[2] ? sizeNumber(m[1]) : sizeNumber(m[1]).div(1024);
}

/** The default capacity provider strategy of the service's cluster, when the stack sets one. */
function clusterDefaultStrategy(r: ResourceInput): StrategyItem[] {
  const ref = r.attrs.reference("cluster");
  let literal: string | undefined;
  if (!ref) literal = r.attrs.str("cluster");
  for (const ccp of r.document.ofType("aws_ecs_cluster_capacity_providers")) {
    const target = ccp.attrs.reference("cluster_name");
    const same = ref ? target?.address === ref.address : literal !== undefined && !target && ccp.attrs.str("cluster_name") === literal;
    if (same) return strategyOf(ccp.attrs.blocks("default_capacity_provider_strategy"));
  }
  return [];
}

/** Whether an `aws_appautoscaling_target` scales this service (resource_id `service/<cluster>/<service>`). */
function targetsService(target: TfResource, r: ResourceInput): boolean {
  const raw = (target.attrs.raw() as Record<string, unknown> | undefined)?.resource_id;
  if (typeof raw !== "string") return false;
  const m = /^service\/(.+)\/([^/]+)$/.exec(raw);
  if (!m) return false;
  const service = m[2];
  const base = r.address.replace(/\[[^\]]*\]$/, "");
  const byReference = new RegExp(`^\\$\\{${base.replace(/\./g, "\\.")}(\\[[^\\]]*\\])?\\.name\\}$`);
  if (byReference.test(service)) return true;
  let name: string | undefined;
  try {
    name = r.attrs.str("name");
  } catch {
    return false;
  }
  return name !== undefined && service === name;
}

/** min_capacity and max_capacity of the autoscaling target of this service, if the stack has one. */
function autoscalingBounds(r: ResourceInput): { min: number; max: number } | undefined {
  for (const t of r.document.ofType("aws_appautoscaling_target")) {
    if (!targetsService(t, r)) continue;
    const min = t.attrs.num("min_capacity");
    const max = t.attrs.num("max_capacity");
    if (min === undefined || max === undefined) throw new Unpriceable(`${t.address} has no min_capacity or max_capacity`);
    return { min, max };
  }
  return undefined;
}

/** The service's task count as a range: usage, else autoscaling bounds, else desired_count. */
function tasksOf(r: ResourceInput): Range {
  const bounds = autoscalingBounds(r);
  const desired = r.attrs.num("desired_count") ?? 0;
  const u = (k: string) => (r.usage.declared(k) ? r.usage.quantity(k)!.expected.toNumber() : undefined);
  let min = u("minTasks") ?? bounds?.min ?? desired;
  let max = u("maxTasks") ?? bounds?.max ?? desired;
  const expected = u("expectedTasks");
  if (expected !== undefined && !bounds && u("minTasks") === undefined && u("maxTasks") === undefined) min = max = expected;
  const exp = expected ?? min;
  if (!(min <= exp && exp <= max)) {
    throw new Unpriceable(`tasks out of order: min ${min}, expected ${exp}, max ${max} (from usage, the autoscaling target and desired_count); fix the usage`);
  }
  return range(min, exp, max);
}

/**
 * `aws_ecs_service` on Fargate (`launch_type = "FARGATE"`, or a capacity provider strategy — the service's own or its
 * cluster's default — with FARGATE): tasks × (vCPU-hours + GB-hours) for 730 hours, at the x86 or ARM rate from the task
 * definition's `runtime_platform.cpu_architecture`, plus ephemeral storage above 20 GiB.
 *
 * Tasks: usage `minTasks`/`maxTasks`/`expectedTasks`, else the bounds of an `aws_appautoscaling_target` whose
 * resource_id names this service (a range, expected = minimum), else `desired_count` (the provider's default is 0).
 * With a strategy, tasks are split as ECS does: the `base` first, the rest by `weight`. FARGATE_SPOT tasks are not
 * priced (the Spot price moves); their line is unpriced with the reason. EC2 launch type (the default when nothing is
 * set) costs nothing of its own — the container instances are priced as instances — so the service is listed as free.
 * The task definition is read from the stack (`task_definition` must reference an `aws_ecs_task_definition` in it).
 */
export const ecsService: Pricer = {
  type: "aws_ecs_service",
  provider: "aws",
  category: "compute",
  usage: [
    { name: "minTasks", type: "quantity", unit: "tasks", description: "Fewest running tasks (overrides the autoscaling target's min_capacity)." },
    { name: "maxTasks", type: "quantity", unit: "tasks", description: "Most running tasks (overrides the autoscaling target's max_capacity)." },
    { name: "expectedTasks", type: "quantity", unit: "tasks", description: "Average running tasks over the month (default: the minimum)." },
  ],
  price(r, lines) {
    const launchType = r.attrs.str("launch_type");
    if (launchType === "EXTERNAL") {
      throw new Unpriceable("launch_type EXTERNAL (ECS Anywhere) is billed per registered instance-hour; costkit does not price it");
    }
    let strategy: StrategyItem[] = [];
    if (launchType === "FARGATE") strategy = [{ provider: "FARGATE", weight: money(1), base: ZERO }];
    else if (launchType === undefined) {
      strategy = strategyOf(r.attrs.blocks("capacity_provider_strategy"));
      if (!strategy.length) strategy = clusterDefaultStrategy(r);
    }
    const usesFargate = strategy.some((i) => i.provider === "FARGATE" || i.provider === "FARGATE_SPOT");
    if (!usesFargate) return; // EC2 capacity: no charge of its own

    const tasks = tasksOf(r);
    const fargateTasks = mapRange(tasks, (n) => shareOf(strategy, "FARGATE", n));
    const spotTasks = mapRange(tasks, (n) => shareOf(strategy, "FARGATE_SPOT", n));

    const ref = r.attrs.reference("task_definition");
    if (!ref) {
      throw new Unpriceable(`task_definition "${r.attrs.str("task_definition") ?? ""}" is not a resource of this stack; costkit cannot read its cpu and memory`);
    }
    const td = r.document.get(ref.address);
    if (!td) throw new Unpriceable(`${ref.address} (the task definition) is not in this stack; costkit cannot read its cpu and memory`);
    const cpu = td.attrs.str("cpu");
    const memory = td.attrs.str("memory");
    if (cpu === undefined || memory === undefined) throw new Unpriceable(`${ref.address} sets no task-level cpu and memory, which Fargate requires`);
    const vcpu = parseCpu(cpu);
    const memGib = parseMemory(memory);
    const platform = td.attrs.block("runtime_platform");
    const os = platform?.str("operating_system_family") ?? "LINUX";
    if (os !== "LINUX") throw new Unpriceable(`operating_system_family ${os}: Fargate Windows adds an OS licence fee that costkit has no price for`);
    const arch = platform?.str("cpu_architecture") ?? "X86_64";
    if (arch !== "X86_64" && arch !== "ARM64") throw new Unpriceable(`unknown cpu_architecture "${arch}"; Fargate offers X86_64 and ARM64`);
    const suffix = arch === "ARM64" ? "arm" : "x86";
    const storageGib = td.attrs.block("ephemeral_storage")?.num("size_in_gib") ?? FREE_EPHEMERAL_GIB;

    if (!isZeroRange(spotTasks)) {
      lines.unpriceable("FARGATE_SPOT tasks are billed at the Fargate Spot price, which moves with spare capacity; costkit has no Spot price", "Fargate Spot tasks");
    }
    if (isZeroRange(fargateTasks) && !isZeroRange(spotTasks)) return;
    lines.add({ name: `Fargate vCPU (${arch})`, unit: "vCPU-hours", priceId: `aws/fargate/vcpu-${suffix}`, quantity: scaleRange(fargateTasks, vcpu.times(HOURS_PER_MONTH)) });
    lines.add({ name: `Fargate memory (${arch})`, unit: "GB-hours", priceId: `aws/fargate/memory-${suffix}`, quantity: scaleRange(fargateTasks, memGib.times(HOURS_PER_MONTH)) });
    if (storageGib > FREE_EPHEMERAL_GIB) {
      lines.add({
        name: `Fargate ephemeral storage (${storageGib} GiB)`, unit: "GB-hours", priceId: "aws/fargate/ephemeral-storage",
        quantity: scaleRange(fargateTasks, money(storageGib - FREE_EPHEMERAL_GIB).times(HOURS_PER_MONTH)),
      });
    }
  },
};
