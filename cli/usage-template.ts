import { stringify } from "yaml";
import { PricerRegistry } from "../pricing/registry";
import { StackInput } from "../pricing/load";
import { UsageKeyDef } from "../pricing/usage";

function exampleValue(def: UsageKeyDef): unknown {
  if (def.default !== undefined) return def.default;
  if (def.type === "enum") return def.values?.[0] ?? "";
  if (def.type === "quantity-map") return Object.fromEntries((def.keys ?? ["key"]).map((k) => [k, 0]));
  return 0;
}

function describe(def: UsageKeyDef): string {
  const unit = def.type === "enum" ? `one of ${(def.values ?? []).join(", ")}` : def.unit;
  const dflt = def.default !== undefined ? `default ${JSON.stringify(def.default)}` : "no default: without it the line shows its unit price and depends on usage";
  return `${def.description} (${unit}; ${dflt})`;
}

/**
 * A usage file skeleton for the resources found: every key of every priced resource, commented out, with its
 * description, unit and default. Uncomment and fill in what you know.
 */
export function usageTemplate(stacks: readonly StackInput[], registry: PricerRegistry): string {
  const out: string[] = [
    "# costkit usage file. Quantities are numbers, decimal strings, or {min, expected, max}.",
    "# Keys under resource_usage are resource addresses; resource_type_default_usage sets defaults per type.",
    "# Unknown keys, wrong types and negative values are errors. Uncomment the keys you know.",
    "version: 1",
    "resource_usage:",
  ];
  const seen = new Set<string>();
  for (const s of stacks) {
    for (const r of s.document.resources) {
      const pricer = registry.get(r.type);
      if (!pricer || pricer.usage.length === 0 || seen.has(r.address)) continue;
      seen.add(r.address);
      out.push(`  ${JSON.stringify(r.address)}:${stacks.length > 1 ? ` # stack ${s.stack}` : ""}`);
      for (const def of pricer.usage) {
        out.push(`    # ${describe(def)}`);
        const yaml = stringify({ [def.name]: exampleValue(def) }).trimEnd().split("\n");
        for (const l of yaml) out.push(`    # ${l}`);
      }
    }
  }
  if (seen.size === 0) out.push("  {} # no resource found takes usage");
  return out.join("\n") + "\n";
}
