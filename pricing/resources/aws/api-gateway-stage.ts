import { Unpriceable } from "../../errors";
import { HOURS_PER_MONTH } from "../../money";
import { Pricer } from "../../pricer";
import { fixed } from "../../range";

/** The cache sizes API Gateway offers (GB), as `cache_cluster_size` spells them. */
const CACHE_SIZES = ["0.5", "1.6", "6.1", "13.5", "28.4", "58.2", "118", "237"];

/**
 * `aws_api_gateway_stage`: a stage costs nothing by itself (requests are billed on the REST API), except its cache:
 * with `cache_cluster_enabled = true`, `Cache (<size> GB)` is 730 hours at the hourly rate of `cache_cluster_size`
 * (0.5 to 237 GB). A stage without a cache has no cost lines.
 */
export const apiGatewayStage: Pricer = {
  type: "aws_api_gateway_stage",
  provider: "aws",
  category: "compute",
  usage: [],
  price(r, lines) {
    if (r.attrs.bool("cache_cluster_enabled") !== true) return;
    lines.line("Cache", () => {
      const size = r.attrs.str("cache_cluster_size");
      if (size === undefined) throw new Unpriceable("cache_cluster_enabled is true but cache_cluster_size is not set");
      const gb = CACHE_SIZES.find((s) => Number(s) === Number(size));
      if (gb === undefined) throw new Unpriceable(`unknown cache_cluster_size "${size}"; API Gateway caches are ${CACHE_SIZES.join(", ")} GB`);
      lines.add({ name: `Cache (${gb} GB)`, unit: "hours", priceId: `aws/apigateway/cache-${gb}gb`, quantity: fixed(HOURS_PER_MONTH) });
    });
  },
};
