import Decimal from "decimal.js";
import VCPUS_JSON from "../../catalog/aws-instance-vcpus.json";
import { Attributes } from "../../attributes";
import { Unpriceable } from "../../errors";
import { HOURS_PER_MONTH, money } from "../../money";
import { Pricer, ResourceInput } from "../../pricer";
import { fixed, range, Range, scaleRange } from "../../range";
import { TfResource } from "../../terraform";
import { known } from "../../attributes";
import { modulePrefix } from "../../pricer";

const VCPUS: Readonly<Record<string, number>> = VCPUS_JSON;
/** RDS Proxy's minimum charge in front of Aurora Serverless v2: 8 ACUs. */
const MIN_ACU = 8;

/** What the proxy fronts: vCPUs of provisioned instances, and the ACU bounds of Serverless v2 instances. */
interface Fronted {
  vcpus: number;
  acu?: { min: number; max: number };
  what: string[];
}

/** vCPUs of an RDS class (db.<EC2 type>), from the EC2 instance-type table. */
function vcpusOf(cls: string | undefined): number {
  if (cls === undefined) throw new Unpriceable("a database behind the proxy has no instance_class");
  const vcpus = VCPUS[cls.replace(/^db\./, "")];
  if (vcpus === undefined) throw new Unpriceable(`the vCPU count of "${cls}" is not known; give usage targetVcpus`);
  return vcpus;
}

function sameModule(r: ResourceInput, address: string): TfResource | undefined {
  return r.document.get(modulePrefix(r) + address);
}

/** The Aurora instances of a cluster (their cluster_identifier refers to it). */
function clusterInstances(r: ResourceInput, cluster: TfResource): TfResource[] {
  const prefix = modulePrefix(r);
  return r.document.ofType("aws_rds_cluster_instance").filter((i) => {
    const ref = i.attrs.reference("cluster_identifier");
    return ref !== undefined && i.address.startsWith(prefix) && prefix + ref.address === cluster.address;
  });
}

function addCluster(r: ResourceInput, cluster: TfResource, into: Fronted): void {
  const members = clusterInstances(r, cluster);
  if (members.length === 0) throw new Unpriceable(`the instances of ${cluster.address} (aws_rds_cluster_instance) are not in this document; give usage targetVcpus`);
  for (const m of members) {
    const count = typeof m.multiplicity === "number" ? m.multiplicity : undefined;
    if (count === undefined) throw new Unpriceable(`the count of ${m.address} is not known before apply`);
    const cls = m.attrs.str("instance_class");
    if (cls === "db.serverless") {
      const scaling: Attributes | undefined = cluster.attrs.block("serverlessv2_scaling_configuration");
      const min = scaling?.num("min_capacity"), max = scaling?.num("max_capacity");
      if (min === undefined || max === undefined) throw new Unpriceable(`${cluster.address} has no serverlessv2_scaling_configuration (min_capacity, max_capacity)`);
      into.acu = { min: (into.acu?.min ?? 0) + min * count, max: (into.acu?.max ?? 0) + max * count };
    } else {
      into.vcpus += vcpusOf(cls) * count;
    }
    into.what.push(`${count > 1 ? `${count} × ` : ""}${cls}`);
  }
}

/** The databases the proxy fronts, from the aws_db_proxy_target resources that name it. */
function frontedOf(r: ResourceInput): Fronted {
  const prefix = modulePrefix(r);
  const ownName = known(() => r.attrs.str("name"));
  const targets = r.document.ofType("aws_db_proxy_target").filter((t) => {
    if (!t.address.startsWith(prefix)) return false;
    const ref = t.attrs.reference("db_proxy_name");
    if (ref) return ref.address === `${r.type}.${r.name}`;
    const name = known(() => t.attrs.str("db_proxy_name"));
    return name !== undefined && name === ownName;
  });
  if (targets.length === 0) {
    throw new Unpriceable("the databases behind the proxy (aws_db_proxy_target) are not in this document; RDS Proxy bills per vCPU of the instances it fronts: give usage targetVcpus");
  }
  const fronted: Fronted = { vcpus: 0, what: [] };
  for (const t of targets) {
    const instanceRef = t.attrs.reference("db_instance_identifier");
    const clusterRef = t.attrs.reference("db_cluster_identifier");
    if (instanceRef) {
      const db = sameModule(r, instanceRef.address);
      if (!db || db.type !== "aws_db_instance") throw new Unpriceable(`${t.address} fronts ${instanceRef.address}, which is not in this document; give usage targetVcpus`);
      const cls = db.attrs.str("instance_class");
      fronted.vcpus += vcpusOf(cls);
      fronted.what.push(cls ?? "?");
    } else if (clusterRef) {
      const cluster = sameModule(r, clusterRef.address);
      if (!cluster || cluster.type !== "aws_rds_cluster") throw new Unpriceable(`${t.address} fronts ${clusterRef.address}, which is not in this document; give usage targetVcpus`);
      addCluster(r, cluster, fronted);
    } else {
      throw new Unpriceable(`${t.address} names its database by a value known only after apply; give usage targetVcpus`);
    }
  }
  return fronted;
}

/**
 * `aws_db_proxy` (RDS Proxy), billed by the capacity of the databases it fronts, found through the
 * `aws_db_proxy_target` resources that name the proxy:
 * - `Proxy (<n> vCPUs: <classes>)`: vCPU-hours, the vCPUs of every provisioned instance behind it (an RDS instance, or
 *   each instance of an Aurora cluster; vCPUs of db.<type> are those of the EC2 type) × 730.
 * - `Proxy (Aurora Serverless v2)`: ACU-hours, from the cluster's min_capacity (expected) to max_capacity × 730, at
 *   least 8 ACUs (RDS Proxy's minimum in front of Serverless v2).
 * Usage `targetVcpus` gives the vCPUs when the targets are not in the document (they are then not read).
 */
export const dbProxy: Pricer = {
  type: "aws_db_proxy",
  provider: "aws",
  category: "data",
  usage: [{ name: "targetVcpus", type: "quantity", unit: "vCPUs", description: "vCPUs of the provisioned database instances behind the proxy, when its targets are not in the document." }],
  price(r, lines) {
    const declared = r.usage.quantity("targetVcpus");
    if (declared !== undefined) {
      lines.add({ name: "Proxy (declared vCPUs)", unit: "vCPU-hours", priceId: "aws/rds-proxy/vcpu-hours", usageBased: true, quantity: scaleRange(declared, HOURS_PER_MONTH) });
      return;
    }
    lines.line("Proxy", () => {
      const f = frontedOf(r);
      if (f.vcpus > 0) {
        lines.add({ name: `Proxy (${f.vcpus} vCPUs: ${f.what.filter((w) => !w.endsWith("db.serverless")).join(", ")})`, unit: "vCPU-hours", priceId: "aws/rds-proxy/vcpu-hours", quantity: fixed(money(f.vcpus).times(HOURS_PER_MONTH)) });
      }
      if (f.acu) {
        const floor = (n: number): Decimal => money(Math.max(n, MIN_ACU));
        const acus: Range = range(floor(f.acu.min), floor(f.acu.min), floor(f.acu.max));
        lines.add({ name: "Proxy (Aurora Serverless v2)", unit: "ACU-hours", priceId: "aws/rds-proxy/acu-hours", quantity: scaleRange(acus, HOURS_PER_MONTH) });
      }
    });
  },
};
