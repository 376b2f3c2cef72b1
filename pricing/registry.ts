import { Pricer } from "./pricer";

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
