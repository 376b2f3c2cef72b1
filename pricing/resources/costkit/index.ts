import { Pricer } from "../../pricer";
import { cdnContract } from "./cdn-contract";
import { onpremColocation } from "./onprem-colocation";
import { onpremServers } from "./onprem-servers";
import { onpremTape } from "./onprem-tape";

/** Pricers of costkit's cost-only items (`"//".cost.items`): things billed that no Terraform resource stands for. */
export const COSTKIT_PRICERS: readonly Pricer[] = [
  cdnContract,
  onpremServers,
  onpremColocation,
  onpremTape,
];
