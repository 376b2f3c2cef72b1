export * from "./finops";
