export * from "./aws-offer";
export * from "./build-book";
export * from "./errors";
export * from "./gcp-skus";
export * from "./mapping";
export * from "./units";
