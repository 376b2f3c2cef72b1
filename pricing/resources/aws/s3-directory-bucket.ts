import { Pricer } from "../../pricer";
import { perThousand } from "../../range";

/**
 * `aws_s3_directory_bucket` (S3 Express One Zone; https://aws.amazon.com/s3/pricing/), from usage:
 * - `Storage (Express One Zone)`: `storageGb`, GB-months.
 * - `PUT, COPY, POST and LIST requests` and `GET and other requests`: per 1,000.
 * - `Data uploaded` and `Data retrieved`: the part of each request's payload over 512 KB, per GB.
 * Lines without usage show their unit prices and depend on usage.
 */
export const s3DirectoryBucket: Pricer = {
  type: "aws_s3_directory_bucket",
  provider: "aws",
  category: "storage",
  usage: [
    { name: "storageGb", type: "quantity", unit: "GB-months", description: "Data stored, averaged over the month." },
    { name: "monthlyPutRequests", type: "quantity", unit: "requests", description: "PUT, COPY, POST and LIST requests per month." },
    { name: "monthlyGetRequests", type: "quantity", unit: "requests", description: "GET and all other requests per month." },
    { name: "monthlyUploadGb", type: "quantity", unit: "GB", description: "Data uploaded per month beyond the first 512 KB of each request." },
    { name: "monthlyRetrievalGb", type: "quantity", unit: "GB", description: "Data retrieved per month beyond the first 512 KB of each request." },
  ],
  price(r, lines) {
    lines.add({ name: "Storage (Express One Zone)", unit: "GB-months", priceId: "aws/s3-express/storage", usageBased: true, quantity: r.usage.quantity("storageGb") });
    lines.add({ name: "PUT, COPY, POST and LIST requests", unit: "1K requests", priceId: "aws/s3-express/requests-put", usageBased: true, quantity: perThousand(r.usage.quantity("monthlyPutRequests")) });
    lines.add({ name: "GET and other requests", unit: "1K requests", priceId: "aws/s3-express/requests-get", usageBased: true, quantity: perThousand(r.usage.quantity("monthlyGetRequests")) });
    lines.add({ name: "Data uploaded", unit: "GB", priceId: "aws/s3-express/upload", usageBased: true, quantity: r.usage.quantity("monthlyUploadGb") });
    lines.add({ name: "Data retrieved", unit: "GB", priceId: "aws/s3-express/retrieval", usageBased: true, quantity: r.usage.quantity("monthlyRetrievalGb") });
  },
};
