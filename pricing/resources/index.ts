import { registryOf, PricerRegistry } from "../registry";
import { Pricer } from "../pricer";
import { AWS_PRICERS } from "./aws";
import { COSTKIT_PRICERS } from "./costkit";
import { GOOGLE_PRICERS } from "./google";

export const ALL_PRICERS: readonly Pricer[] = [...GOOGLE_PRICERS, ...AWS_PRICERS, ...COSTKIT_PRICERS];

/** The registry of every pricer costkit ships. */
export const DEFAULT_REGISTRY: PricerRegistry = registryOf(ALL_PRICERS);
