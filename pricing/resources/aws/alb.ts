import { Pricer } from "../../pricer";
import { lb } from "./lb";

/** `aws_alb`: the provider's older name for `aws_lb`, priced the same way (see lb.ts). */
export const alb: Pricer = { ...lb, type: "aws_alb" };
