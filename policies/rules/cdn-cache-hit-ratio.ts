import Decimal from "decimal.js";
import { ONE } from "../../pricing/money";
import { decimalParam, usageExpected } from "../report-queries";
import { RuleContext, Violation } from "../types";

export interface CdnCacheHitRatioParams {
  /** Lowest expected cache hit ratio a CDN may declare, 0 to 1 (a decimal string). */
  readonly minCacheHitRatio: string;
}

/** Usage keys of a CDN's cache hit ratio, by pricer. */
const KEYS = ["cacheHitRatio", "cacheHitRate"];

/** Every CDN resource that declares a cache hit ratio (usage `cacheHitRatio` or `cacheHitRate`) expects at least `minCacheHitRatio`. */
export function cdnCacheHitRatio(ctx: RuleContext, params: CdnCacheHitRatioParams): Violation[] {
  const min = decimalParam(params.minCacheHitRatio, "minCacheHitRatio");
  const out: Violation[] = [];
  for (const r of ctx.report.resources) {
    if (r.category !== "cdn") continue;
    const hit = usageExpected(r, KEYS);
    if (!hit) continue;
    if (hit.value.gt(ONE)) {
      out.push({ address: r.address, message: `${r.address} declares ${hit.key} ${hit.value.toFixed()}, which is not a ratio between 0 and 1 (write 92 % as 0.92)` });
    } else if (hit.value.lt(min)) {
      const pct = (d: Decimal) => `${d.times(100).toFixed()} %`;
      out.push({ address: r.address, message: `${r.address} expects a cache hit ratio of ${pct(hit.value)} (usage ${hit.key}), below the ${pct(min)} minimum: every miss is paid twice, as origin egress or cache fill and as CDN egress` });
    }
  }
  return out;
}
