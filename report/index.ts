export * from "./escape";
export * from "./format";
export * from "./json";
export * from "./markdown";
export * from "./table";
