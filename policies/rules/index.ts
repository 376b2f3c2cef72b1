export * from "./accelerator-pool-bounds";
export * from "./autoscaled-worst-case";
export * from "./cdn-cache-hit-ratio";
export * from "./cost-allocation-tags";
export * from "./large-bucket-lifecycle";
export * from "./on-demand-commitment";
export * from "./unpriced-lines";
