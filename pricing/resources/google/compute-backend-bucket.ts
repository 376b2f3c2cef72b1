import { Pricer } from "../../pricer";
import { cdnBackendPricer } from "../common/cdn";

/**
 * `google_compute_backend_bucket`: a Cloud Storage bucket behind the global external HTTP(S) load balancer. It costs
 * nothing of its own; with `enable_cdn = true` it carries the Cloud CDN lines (egress by viewer geo, cache fill, cache
 * lookups; see cdn.ts). With CDN off it has no cost line and is listed as free: the traffic is then billed as the bucket's
 * internet egress (`monthlyEgressGib` on the `google_storage_bucket`), and CDN usage given here is not used.
 * The resource is global; its CDN lines are priced by viewer geo.
 */
export const computeBackendBucket: Pricer = cdnBackendPricer("google_compute_backend_bucket");
