import { Unpriceable } from "../../errors";
import { HOURS_PER_MONTH } from "../../money";
import { Pricer } from "../../pricer";
import { fixed, scaleRange } from "../../range";

/**
 * `aws_directory_service_directory` (https://aws.amazon.com/directoryservice/pricing/):
 * - `MicrosoftAD` (the provider's default type is SimpleAD): `Domain controllers (Microsoft AD, <edition>)`,
 *   `desired_number_of_domain_controllers` (default and minimum 2) × 730 hours at the edition's rate (the provider's
 *   default edition is Enterprise).
 * - `SimpleAD` and `ADConnector`: `Directory (<type>, <size>)`, 730 directory-hours at the size's rate (the provider's
 *   default size is Large).
 * Sharing a directory with other accounts is billed per shared account and is not included.
 */
export const directoryServiceDirectory: Pricer = {
  type: "aws_directory_service_directory",
  provider: "aws",
  category: "other",
  usage: [],
  price(r, lines) {
    const type = r.attrs.str("type") ?? "SimpleAD";
    if (type === "MicrosoftAD") {
      const edition = (r.attrs.str("edition") ?? "Enterprise") === "Standard" ? "Standard" : "Enterprise";
      const controllers = Math.max(2, r.attrs.num("desired_number_of_domain_controllers") ?? 2);
      lines.add({ name: `Domain controllers (Microsoft AD, ${edition})`, unit: "hours", priceId: `aws/directoryservice/microsoft-ad-${edition.toLowerCase()}`, quantity: scaleRange(fixed(controllers), HOURS_PER_MONTH) });
      return;
    }
    const size = (r.attrs.str("size") ?? "Large") === "Small" ? "Small" : "Large";
    let priceId: string;
    if (type === "SimpleAD") priceId = size === "Large" ? "aws/directoryservice/simple-ad-large" : "aws/directoryservice/simple-ad-small";
    else if (type === "ADConnector") priceId = size === "Large" ? "aws/directoryservice/ad-connector-large" : "aws/directoryservice/simple-ad-small";
    else throw new Unpriceable(`unknown directory type "${type}" (SimpleAD, ADConnector or MicrosoftAD)`);
    lines.add({ name: `Directory (${type}, ${size})`, unit: "hours", priceId, quantity: scaleRange(fixed(1), HOURS_PER_MONTH) });
  },
};
