import { Pricer } from "../../pricer";
import { addInstanceVolumeLines, instance } from "./instance";

/**
 * `aws_spot_instance_request`: an EC2 instance bought on the Spot market. Its volumes are billed at the usual EBS rates
 * and priced as `aws_instance` prices them (root volume, each `ebs_block_device`). The instance hours,
 * `Instance usage (Linux/UNIX, Spot, <type>)`, are billed at the Spot price, which moves with supply and demand and is
 * in no price book: that line is unpriced with the reason (`spot_price` is only the most the request will pay).
 */
export const spotInstanceRequest: Pricer = {
  type: "aws_spot_instance_request",
  provider: "aws",
  category: instance.category,
  usage: [],
  region: instance.region,
  price(r, lines) {
    lines.line("Instance usage (Linux/UNIX, Spot)", () => {
      const type = r.attrs.str("instance_type") ?? "no instance_type";
      lines.unpriceable(
        "Spot instances are billed at the Spot price, which moves with supply and demand and is in no price book (spot_price only caps it); to price it, give a price book with the Spot rate you expect",
        `Instance usage (Linux/UNIX, Spot, ${type})`,
      );
    });
    addInstanceVolumeLines(r, lines);
  },
};
