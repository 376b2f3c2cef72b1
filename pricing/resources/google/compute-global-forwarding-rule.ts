import { Attributes, knownOr } from "../../attributes";
import { Unpriceable } from "../../errors";
import { googleRegionOfLocation } from "../../geo";
import { HOURS_PER_MONTH, money } from "../../money";
import { Pricer, ResourceInput } from "../../pricer";
import { fixed } from "../../range";
import { byString } from "../../compare";

/** Global rules covered by the hourly charge of the first five. */
const INCLUDED_RULES = 5;

/** Backend groups whose location says where a backend service's traffic is processed, and the attribute holding it. */
const GROUP_LOCATION: Record<string, string> = {
  google_compute_instance_group_manager: "zone",
  google_compute_region_instance_group_manager: "region",
  google_compute_instance_group: "zone",
  google_compute_network_endpoint_group: "zone",
  google_compute_region_network_endpoint_group: "region",
};

type Lookup = Pick<ResourceInput, "document">;

/** The resource an attribute refers to (`${google_x.y.id}`), if it is in this configuration. */
function referred(r: Lookup, attrs: Attributes, path: string): { type: string; attrs: Attributes } | undefined {
  const ref = attrs.reference(path);
  const res = ref && r.document.get(ref.address);
  return res ? { type: res.type, attrs: res.attrs } : undefined;
}

/** The regions of a backend service's backends; undefined when one of them cannot be placed. */
function backendServiceRegions(r: Lookup, service: Attributes): string[] | undefined {
  const regions: string[] = [];
  const backends = service.blocks("backend");
  if (backends.length === 0) return undefined;
  for (let i = 0; i < backends.length; i++) {
    const group = referred(r, service, `backend.${i}.group`);
    const attribute = group && Object.prototype.hasOwnProperty.call(GROUP_LOCATION, group.type) ? GROUP_LOCATION[group.type] : undefined;
    const location = attribute === undefined ? undefined : group!.attrs.str(attribute);
    if (location === undefined) return undefined;
    regions.push(googleRegionOfLocation(location));
  }
  return regions;
}

/**
 * The regions where the backends behind a global forwarding rule run, followed through this configuration: the rule's
 * `target` proxy, its `url_map` (default service and path matchers' default services) or `backend_service`, and each
 * backend service's `backend` groups (managed instance groups, instance groups, network endpoint groups: zonal or
 * regional). Undefined when any link is not in the configuration or any backend cannot be placed (a backend bucket, a
 * group outside the configuration).
 */
export function backendRegions(r: Lookup & Pick<ResourceInput, "attrs">): string[] | undefined {
  const proxy = referred(r, r.attrs, "target");
  if (!proxy) return undefined;
  const services: Attributes[] = [];
  const direct = referred(r, proxy.attrs, "backend_service");
  if (direct) services.push(direct.attrs);
  const urlMap = referred(r, proxy.attrs, "url_map");
  if (urlMap) {
    const paths = ["default_service", ...urlMap.attrs.blocks("path_matcher").map((_, i) => `path_matcher.${i}.default_service`)];
    for (const p of paths) {
      if (!knownOr(() => urlMap.attrs.has(p), true)) continue; // a reference is known only after apply: it is there
      const s = referred(r, urlMap.attrs, p);
      if (!s || s.type !== "google_compute_backend_service") return undefined;
      services.push(s.attrs);
    }
  }
  if (services.length === 0) return undefined;
  const regions = new Set<string>();
  for (const s of services) {
    const rs = backendServiceRegions(r, s);
    if (!rs) return undefined;
    for (const x of rs) regions.add(x);
  }
  return [...regions].sort(byString);
}

/**
 * `google_compute_global_forwarding_rule` (global external Application and proxy Network Load Balancers, Traffic
 * Director). Google bills global forwarding rules per project like regional ones, at global rates: one hourly charge
 * covers the first 5 rules, each further rule has its own hourly rate. costkit counts the global forwarding rules of
 * this configuration (in address order): the first 5 share the charge equally (730 h ÷ their number each), the 6th and
 * later pay the per-rule rate. Rules in other configurations of the project are not seen.
 *
 * Data processed has no global rate: "Data processing is charged by the region, depending on where the traffic is
 * processed" (https://cloud.google.com/load-balancing/pricing). The region is, in order:
 * - the usage `monthlyDataProcessedGibByRegion` (GiB per region, one line each), when given;
 * - the region of the rule's backends, when this configuration shows them all in one region (target proxy → URL map or
 *   backend service → backend groups);
 * - the provider's region (where a configuration's backends usually run).
 * Backends in several regions without the by-region usage, or no region at all, leave the line unpriced with the reason.
 */
export const computeGlobalForwardingRule: Pricer = {
  type: "google_compute_global_forwarding_rule",
  provider: "google",
  category: "network",
  usage: [
    { name: "monthlyDataProcessedGib", type: "quantity", unit: "GiB", description: "Data processed by the load balancer per month (inbound and outbound).", excludes: ["monthlyDataProcessedGibByRegion"] },
    {
      name: "monthlyDataProcessedGibByRegion", type: "quantity-map", unit: "GiB", excludes: ["monthlyDataProcessedGib"],
      description: "Data processed by the load balancer per month, by the region that processes it (the backends' region): { us-central1: 500, europe-west1: 200 }.",
    },
  ],
  region: () => "global",
  price(r, lines) {
    const peers = r.document.ofType(r.type);
    const position = peers.findIndex((p) => p.address === r.address);
    const sharing = Math.max(Math.min(peers.length, INCLUDED_RULES), 1);
    if (position < 0 || position < INCLUDED_RULES) {
      lines.add({
        name: `Forwarding rule (share of the ${INCLUDED_RULES}-rule charge, 1 of ${sharing})`, unit: "hours",
        priceId: "google/lb/global-forwarding-rule-minimum", quantity: fixed(HOURS_PER_MONTH.div(money(sharing))),
      });
    } else {
      lines.add({ name: `Forwarding rule (beyond the first ${INCLUDED_RULES})`, unit: "hours", priceId: "google/lb/global-forwarding-rule-additional", quantity: fixed(HOURS_PER_MONTH) });
    }
    const byRegion = r.usage.quantityMap("monthlyDataProcessedGibByRegion");
    if (byRegion) {
      for (const [region, gib] of byRegion) lines.add({ name: `Data processed (${region})`, unit: "GiB", priceId: "google/lb/data-processed", region, quantity: gib, usageBased: true });
      return;
    }
    const processed = r.usage.quantity("monthlyDataProcessedGib");
    lines.line("Data processed", () => {
      const backends = backendRegions(r);
      if (backends && backends.length > 1) {
        throw new Unpriceable(`the rule's backends run in ${backends.join(", ")}, and data processing is billed in the region that processes the traffic: give monthlyDataProcessedGibByRegion`);
      }
      const region = backends?.[0] ?? r.providerConfig.str("region");
      if (region === undefined) {
        throw new Unpriceable("data processing is billed in the region that processes the traffic; the provider sets no region and the rule's backends are not all in this configuration: give monthlyDataProcessedGibByRegion");
      }
      const from = backends ? ", backends' region" : "";
      lines.add({ name: `Data processed (${region}${from})`, unit: "GiB", priceId: "google/lb/data-processed", region, quantity: processed, usageBased: true });
    });
  },
};
