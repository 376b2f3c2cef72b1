// `costkit/pricing`: the engine, with no cdktf in it. Prices Terraform JSON (cdk.tf.json, *.tf.json, plans) from price
// books and returns reports in the documented format (docs/report-format.md).
export * from "./books";
export * from "./categories";
export * from "./errors";
export * from "./estimate";
export * from "./geo";
export * from "./load";
export * from "./money";
export * from "./price-book";
export * from "./pricer";
export * from "./range";
export * from "./report";
export * from "./resources";
export * from "./terraform";
export * from "./usage";
export * from "./version";
