import { Pricer } from "../../pricer";
import { perMillion } from "../../range";

/**
 * `aws_qldb_ledger` (https://aws.amazon.com/qldb/pricing/): `Write I/Os` and `Read I/Os` (usage ÷ 1,000,000),
 * `Journal storage` and `Indexed storage` (usage, GB-months). Data transfer and exports are not included. Without usage
 * the lines show their unit prices and depend on usage.
 */
export const qldbLedger: Pricer = {
  type: "aws_qldb_ledger",
  provider: "aws",
  category: "data",
  usage: [
    { name: "monthlyWriteIos", type: "quantity", unit: "requests", description: "Write I/O requests per month." },
    { name: "monthlyReadIos", type: "quantity", unit: "requests", description: "Read I/O requests per month." },
    { name: "journalStorageGb", type: "quantity", unit: "GB-months", description: "Journal storage, averaged over the month." },
    { name: "indexedStorageGb", type: "quantity", unit: "GB-months", description: "Indexed storage, averaged over the month." },
  ],
  price(r, lines) {
    lines.add({ name: "Write I/Os", unit: "1M requests", priceId: "aws/qldb/write-ios", usageBased: true, quantity: perMillion(r.usage.quantity("monthlyWriteIos")) });
    lines.add({ name: "Read I/Os", unit: "1M requests", priceId: "aws/qldb/read-ios", usageBased: true, quantity: perMillion(r.usage.quantity("monthlyReadIos")) });
    lines.add({ name: "Journal storage", unit: "GB-months", priceId: "aws/qldb/journal-storage", usageBased: true, quantity: r.usage.quantity("journalStorageGb") });
    lines.add({ name: "Indexed storage", unit: "GB-months", priceId: "aws/qldb/indexed-storage", usageBased: true, quantity: r.usage.quantity("indexedStorageGb") });
  },
};
