import { Pricer } from "../../pricer";
import { cdnBackendPricer } from "../common/cdn";

/**
 * `google_compute_backend_service` (global): its backends (instance groups, NEGs) and the load balancer's forwarding
 * rules are priced on their own resources, so the service has no cost of its own. With `enable_cdn = true` it carries
 * the Cloud CDN lines (egress by viewer geo, cache fill, cache lookups; see cdn.ts); with CDN off it has no cost line
 * and is listed as free, and CDN usage given here is not used.
 */
export const computeBackendService: Pricer = cdnBackendPricer("google_compute_backend_service");
