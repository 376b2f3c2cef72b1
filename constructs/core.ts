// The package's main entry (`import { Costkit, Cost } from "costkit"`): the integration with CDK for Terraform (cdktf)
// or CDK Terrain (cdktn), which works with any provider, and what an app passes to it (the FinOps pack, budgets in
// code). The cost-annotated constructs, which need cdktf and its Google and AWS provider packages, are in
// `costkit/constructs`.
export { Costkit, removeReports } from "./costkit";
export type { CostkitProps, ReportPolicy } from "./costkit";
export { Cost, StackCost } from "./cost";
export type { CostItem } from "./cost";
export { Acknowledge } from "./acknowledge";
export { ConstructError } from "./errors";
export type { ConstructProblem } from "./errors";
export type { AppLike, TerraformResourceLike, TerraformStackLike } from "./cdk";
export { budget } from "../policies/budgets";
export type { Budget, BudgetBasis, BudgetLevel, BudgetScope, PerUnitLimit } from "../policies/budgets";
export { FINOPS_PACK } from "../policies/packs";
export type { Pack, PackOverrides } from "../policies/types";
export type { CostReport, ResourceCost, ComponentCost, Finding, UnpricedEntry, FreeEntry } from "../pricing/report";
