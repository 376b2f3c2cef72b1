import { Attributes } from "./attributes";
import { googleRegionOfLocation } from "./geo";

/**
 * The default billing region of a resource: its own `region`, else a `location` or `zone` (a zone gives its region),
 * else its provider configuration's `region` (or the region of the provider's `zone`). Throws UnresolvedValue when
 * the deciding attribute is not known before apply.
 */
export function defaultRegion(provider: string, attrs: Attributes, providerConfig: Attributes): string | undefined {
  if (provider === "google") {
    const own = attrs.str("region") ?? attrs.str("location") ?? attrs.str("zone");
    if (own !== undefined) return googleRegionOfLocation(own.toLowerCase());
    const p = providerConfig.str("region") ?? providerConfig.str("zone");
    return p === undefined ? undefined : googleRegionOfLocation(p);
  }
  if (provider === "aws") {
    return attrs.str("region") ?? providerConfig.str("region");
  }
  return attrs.str("region") ?? attrs.str("location");
}
