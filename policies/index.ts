export * from "./acknowledgements";
export * from "./budgets";
export * from "./check-stacks";
export * from "./embedded";
export * from "./errors";
export * from "./evaluate-pack";
export * from "./packs";
export * from "./types";
