import { TerraformResource } from "cdktf";
import { Cost } from "./cost";

/** Declares the usage keys that are given (a key left out keeps its line usage-based). */
export function attachUsage(resource: TerraformResource, usage: Readonly<Record<string, number | undefined>>): void {
  const given = Object.fromEntries(Object.entries(usage).filter(([, v]) => v !== undefined));
  if (Object.keys(given).length > 0) Cost.usage(resource, given);
}
