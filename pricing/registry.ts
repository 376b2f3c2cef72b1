import { Pricer } from "./pricer";
import { TfDocument } from "./terraform";

/** The pricers by the Terraform type they price. */
export interface PricerRegistry {
  get(type: string): Pricer | undefined;
  types(): readonly string[];
}

export function registryOf(pricers: readonly Pricer[]): PricerRegistry {
  const byType = new Map<string, Pricer>();
  for (const p of pricers) {
    if (byType.has(p.type)) throw new Error(`two pricers for ${p.type} (a costkit defect)`);
    byType.set(p.type, p);
  }
  const types = [...byType.keys()].sort();
  return { get: (t) => byType.get(t), types: () => types };
}

/** The providers a document's resources bill through (their pricers' `provider`): which price books it can use. */
export function billingProviders(doc: TfDocument, registry: PricerRegistry): Set<string> {
  const providers = new Set<string>();
  for (const r of doc.resources) {
    const p = registry.get(r.type);
    if (p) providers.add(p.provider);
  }
  return providers;
}
