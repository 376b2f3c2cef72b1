/** The seed's cost breakdown categories. */
export type Category = "cdn" | "storage" | "compute" | "data" | "network" | "ml" | "other";
export const CATEGORIES: readonly Category[] = ["cdn", "storage", "compute", "data", "network", "ml", "other"];

export function isCategory(value: unknown): value is Category {
  return typeof value === "string" && (CATEGORIES as readonly string[]).includes(value);
}
