import Decimal from "decimal.js";
import { Unpriceable } from "../../errors";
import { HOURS_PER_MONTH, money } from "../../money";
import { Pricer } from "../../pricer";
import { fixed, perMillion, Range } from "../../range";

const MINUTES_PER_UNIT: Record<string, number> = { minute: 1, minutes: 1, hour: 60, hours: 60, day: 1440, days: 1440 };

/** Invocations a month of a `rate(…)` or `at(…)` expression; undefined for `cron(…)` (its count needs the calendar). */
function invocationsOf(expression: string): Decimal | undefined {
  const rate = /^rate\(\s*(\d+)\s+([a-z]+)\s*\)$/.exec(expression.trim());
  if (rate) {
    const minutes = MINUTES_PER_UNIT[rate[2]];
    if (minutes === undefined || rate[1] === "0") throw new Unpriceable(`cannot read schedule_expression "${expression}"; a rate is rate(<n> minutes|hours|days)`);
    return money(HOURS_PER_MONTH).times(60).div(money(rate[1]).times(minutes));
  }
  if (/^at\(.*\)$/.test(expression.trim())) return money(1);
  if (/^cron\(.*\)$/.test(expression.trim())) return undefined;
  throw new Unpriceable(`cannot read schedule_expression "${expression}"; EventBridge Scheduler takes rate(…), cron(…) or at(…)`);
}

/**
 * `aws_scheduler_schedule` (EventBridge Scheduler): `Invocations`, per million. The count comes from usage
 * `monthlyInvocations`, else from a `rate(…)` expression (730 hours a month: `rate(5 minutes)` is 8,760) or a one-time
 * `at(…)` (1); a `cron(…)` schedule depends on usage. A disabled schedule (`state = "DISABLED"`) invokes nothing. The
 * 14 million free invocations a month of the account are not deducted; the targets it invokes bill on their own.
 */
export const schedulerSchedule: Pricer = {
  type: "aws_scheduler_schedule",
  provider: "aws",
  category: "compute",
  usage: [{ name: "monthlyInvocations", type: "quantity", unit: "invocations", description: "Invocations per month (each 256 KB chunk of a payload counts as one); without it, counted from a rate(…) or at(…) schedule_expression." }],
  price(r, lines) {
    if ((r.attrs.str("state") ?? "ENABLED").toUpperCase() === "DISABLED") return;
    lines.line("Invocations", () => {
      const declared = r.usage.quantity("monthlyInvocations");
      let invocations: Range | undefined = declared;
      if (invocations === undefined) {
        const expression = r.attrs.str("schedule_expression");
        const counted = expression === undefined ? undefined : invocationsOf(expression);
        invocations = counted && fixed(counted);
      }
      lines.add({ name: "Invocations", unit: "1M invocations", priceId: "aws/scheduler/invocations", usageBased: declared !== undefined || invocations === undefined, quantity: perMillion(invocations) });
    });
  },
};
