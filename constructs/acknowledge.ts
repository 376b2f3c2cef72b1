import { IConstruct } from "constructs";
import { acknowledgement, Acknowledgement } from "../policies/acknowledgements";
import { InputError } from "../pricing/errors";
import { cdkOf, TerraformStackLike } from "./cdk";
import { ConstructError } from "./errors";

const byStack = new WeakMap<TerraformStackLike, Acknowledgement[]>();
const byApp = new WeakMap<IConstruct, Acknowledgement[]>();

function write(stack: TerraformStackLike, acks: Acknowledgement[]): void {
  stack.addOverride("//.cost.acknowledgements", acks);
}

function stacksOf(app: IConstruct): TerraformStackLike[] {
  const cdk = cdkOf(app);
  return app.node.findAll().filter((c): c is TerraformStackLike => cdk.TerraformStack.isStack(c));
}

/**
 * Accepts the findings of one rule under a construct subtree, with a reason (at least 10 characters) and an optional
 * expiry date (`YYYY-MM-DD`, inclusive). Acknowledged findings stay in the reports, marked as such, and no longer fail
 * the synth; after the expiry they fail it again and say so. On the app, an acknowledgement covers budgets across stacks.
 *
 *   Acknowledge.of(gpuPool).rule("FinOps-ACC1", { reason: "Training pool stays warm until FINOPS-123 lands", expires: "2027-03-31" });
 */
export class Acknowledge {
  static of(scope: IConstruct): Acknowledge {
    return new Acknowledge(scope);
  }

  private constructor(private readonly scope: IConstruct) {}

  rule(ruleId: string, opts: { readonly reason: string; readonly expires?: string }): this {
    let ack: Acknowledgement;
    try {
      ack = acknowledgement({ path: this.scope.node.path, ruleId, reason: opts.reason, ...(opts.expires !== undefined ? { expires: opts.expires } : {}) });
    } catch (e) {
      // A rule id, reason or expiry the policies reject: the message names which, the value and the fix.
      if (!(e instanceof InputError)) throw e;
      throw ConstructError.misuse(this.scope, "Acknowledge.rule", e.message);
    }
    const cdk = cdkOf(this.scope);
    if (cdk.App.isApp(this.scope)) {
      const list = byApp.get(this.scope) ?? [];
      list.push(ack);
      byApp.set(this.scope, list);
      for (const s of stacksOf(this.scope)) Acknowledge.add(s, ack);
    } else {
      Acknowledge.add(cdk.TerraformStack.of(this.scope), ack);
    }
    return this;
  }

  private static add(stack: TerraformStackLike, ack: Acknowledgement): void {
    const list = byStack.get(stack) ?? [];
    if (!list.some((a) => a.path === ack.path && a.ruleId === ack.ruleId)) list.push(ack);
    byStack.set(stack, list);
    write(stack, list);
  }

  /** App-wide acknowledgements (for budgets across stacks), also copied into stacks defined after them. */
  static ofApp(app: IConstruct): readonly Acknowledgement[] {
    return byApp.get(app) ?? [];
  }

  /** Copies the app-wide acknowledgements into a stack (called when costkit registers the stack). */
  static inherit(app: IConstruct, stack: TerraformStackLike): void {
    for (const ack of Acknowledge.ofApp(app)) Acknowledge.add(stack, ack);
  }
}
