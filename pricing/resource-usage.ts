import { errors } from "./errors";
import { PricerRegistry } from "./registry";
import { Pricer } from "./pricer";
import { TfDocument, TfResource } from "./terraform";
import { parseUsage, UsageFile, UsageValue, UsageValues } from "./usage";

/** The address of a resource without its instance key: `a.b[0]` → `a.b`. */
function withoutInstanceKey(address: string): string {
  return address.endsWith("]") ? address.slice(0, address.lastIndexOf("[")) : address;
}

/** An instance key in an address: `[0]`, `["key"]` (a JSON string). */
const INSTANCE_KEY = /\[(?:\d+|"(?:[^"\\]|\\.)*")\]/g;

/** The address without any instance key, its modules' included: `module.ng["a"].aws_x.y[0]` → `module.ng.aws_x.y`. */
function withoutInstanceKeys(address: string): string {
  return address.includes("[") ? address.replace(INSTANCE_KEY, "") : address;
}

/**
 * The usage a resource is priced with, later sources winning key by key: what its Terraform declares
 * (`"//".cost.usage`), then the usage file's defaults for its type, then the usage file's entry for its address (or for
 * its resource without the instance key, then without the instance keys of its modules too: an entry for
 * `module.ng.aws_eks_node_group.this` applies to every instance of module.ng).
 */
export function usageFor(resource: TfResource, pricer: Pricer, usage: UsageFile, docFile: string): UsageValues {
  const merged = new Map<string, UsageValue>();
  const add = (raw: unknown, file: string, where: string) => {
    if (raw === undefined) return;
    for (const [k, v] of parseUsage(raw, pricer.usage, file, where)) merged.set(k, v);
  };
  add(resource.declaredUsage, docFile, `${resource.address}."//".cost.usage`);
  add(own(usage.typeDefaults, resource.type), usage.file, `resource_type_default_usage.${resource.type}`);
  const entry = own(usage.resourceUsage, resource.address) ?? own(usage.resourceUsage, withoutInstanceKey(resource.address)) ?? own(usage.resourceUsage, withoutInstanceKeys(resource.address));
  add(entry, usage.file, `resource_usage.${resource.address}`);
  return new UsageValues(pricer.usage, merged);
}

function own(record: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** Checks that every entry of a usage file names a resource or type that some document has and costkit prices. */
export function checkUsageFileTargets(usage: UsageFile, docs: readonly TfDocument[], registry: PricerRegistry): void {
  const addresses = new Set<string>();
  for (const d of docs) for (const r of d.resources) {
    addresses.add(r.address);
    addresses.add(withoutInstanceKey(r.address));
    addresses.add(withoutInstanceKeys(r.address));
  }
  for (const type of Object.keys(usage.typeDefaults)) {
    if (!registry.get(type)) throw errors.usageUnknownResourceType(usage.file, `resource_type_default_usage.${type}`, type);
  }
  for (const address of Object.keys(usage.resourceUsage)) {
    if (!addresses.has(address)) {
      throw errors.badArgument(
        `usage for "${address}" (in ${usage.file}, at resource_usage.${address}), but no resource has that address. Addresses found: ${[...addresses].filter((a) => !a.includes("[")).slice(0, 8).join(", ")}${addresses.size > 8 ? ", …" : ""}. Fix the address or remove the entry.`,
      );
    }
  }
}
