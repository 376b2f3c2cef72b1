import { knownOr } from "./attributes";
import { byString } from "./compare";
import { TfResource } from "./terraform";

/**
 * A resource's tags as the report shows them: its provider's default tags (AWS `default_tags.tags`, Google
 * `default_labels`), under the resource's own tags or labels, under the construct's cost tags; in key order.
 */
export function tagsOf(provider: string, r: TfResource): Record<string, string> {
  const maps: (Record<string, string> | undefined)[] = [];
  if (provider === "aws") {
    maps.push(knownOr(() => r.providerConfig.block("default_tags"), undefined)?.stringMap("tags"), r.attrs.stringMap("tags"));
  } else if (provider === "google") {
    maps.push(
      r.providerConfig.stringMap("default_labels"),
      r.attrs.stringMap("resource_labels"),
      knownOr(() => r.attrs.block("node_config"), undefined)?.stringMap("resource_labels"),
      r.attrs.stringMap("labels"),
    );
  } else {
    maps.push(r.attrs.stringMap("tags"), r.attrs.stringMap("labels"));
  }
  maps.push(r.costTags);
  const merged = new Map<string, string>(); // not an object: a tag named "__proto__" is a tag like any other
  for (const m of maps) if (m !== undefined) for (const [k, v] of Object.entries(m)) merged.set(k, v);
  return Object.fromEntries([...merged].sort(([a], [b]) => byString(a, b)));
}
