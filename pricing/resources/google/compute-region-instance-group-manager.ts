import { Pricer } from "../../pricer";
import { instanceGroupManagerPricer } from "./compute-instance-group-manager";

/**
 * `google_compute_region_instance_group_manager`: a group spread over the zones of a region, priced as the zonal one
 * (target_size is the total across zones), scaled by a `google_compute_region_autoscaler`.
 */
export const computeRegionInstanceGroupManager: Pricer = instanceGroupManagerPricer("google_compute_region_instance_group_manager", "google_compute_region_autoscaler");
