import { Pricer } from "../../pricer";
import { computeDisk } from "./compute-disk";

/** Every Google pricer; one file per Terraform resource type. */
export const GOOGLE_PRICERS: readonly Pricer[] = [
  computeDisk,
];
