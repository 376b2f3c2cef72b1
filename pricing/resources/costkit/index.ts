import { Pricer } from "../../pricer";

/** Pricers of costkit's cost-only items (`"//".cost.items`): things billed that no Terraform resource stands for. */
export const COSTKIT_PRICERS: readonly Pricer[] = [
];
