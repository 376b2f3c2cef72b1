import { Pricer } from "../../pricer";

/** Every AWS pricer; one file per Terraform resource type. */
export const AWS_PRICERS: readonly Pricer[] = [
];
