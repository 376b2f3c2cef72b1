import { Pricer } from "../../pricer";
import { perMillion, scaleRange } from "../../range";

/**
 * `aws_glue_catalog_database` (the AWS Glue Data Catalog; https://aws.amazon.com/glue/pricing/): the catalog bills the
 * objects it stores and the requests made to it, which costkit counts on the database:
 * - `Catalog storage`: usage `objectsStored` (the database, its tables, partitions and table versions) ÷ 100,000.
 * - `Catalog requests`: usage `monthlyRequests` ÷ 1,000,000.
 * The free tier (the first million objects and million requests a month, per account) is not deducted. Without usage
 * the lines show their unit prices and depend on usage.
 */
export const glueCatalogDatabase: Pricer = {
  type: "aws_glue_catalog_database",
  provider: "aws",
  category: "data",
  usage: [
    { name: "objectsStored", type: "quantity", unit: "objects", description: "Catalog objects of the database (tables, partitions, table versions), averaged over the month." },
    { name: "monthlyRequests", type: "quantity", unit: "requests", description: "Data Catalog requests for the database per month." },
  ],
  price(r, lines) {
    const objects = r.usage.quantity("objectsStored");
    lines.add({ name: "Catalog storage", unit: "100K object-months", priceId: "aws/glue/catalog-storage", usageBased: true, quantity: objects === undefined ? undefined : scaleRange(objects, "0.00001") });
    lines.add({ name: "Catalog requests", unit: "1M requests", priceId: "aws/glue/catalog-requests", usageBased: true, quantity: perMillion(r.usage.quantity("monthlyRequests")) });
  },
};
