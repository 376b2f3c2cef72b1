export * from "./cost";
export * from "./costkit";
