import { Attributes } from "../../attributes";
import { Unpriceable } from "../../errors";
import { HOURS_PER_MONTH } from "../../money";
import { CostLines, Pricer } from "../../pricer";
import { fixed, scaleRange } from "../../range";

/** OpenSearch instance types end in `.search`; the legacy Elasticsearch resource names the same types `.elasticsearch`. */
function searchType(type: string): string {
  const t = type.replace(/\.elasticsearch$/, ".search");
  if (!/^[a-z0-9-]+\.[a-z0-9]+\.search$/.test(t)) throw new Unpriceable(`"${type}" is not an OpenSearch instance type (expected <family>.<size>.search, e.g. r6g.large.search)`);
  return t;
}

function nodesLine(lines: CostLines, label: string, type: string | undefined, count: number | undefined, missing: string): void {
  lines.line(`${label}`, () => {
    if (type === undefined) throw new Unpriceable(missing);
    if (count === undefined) throw new Unpriceable(`${label}: the node count is not set`);
    const t = searchType(type);
    lines.add({ name: `${label} (${t})`, unit: "hours", priceId: `aws/opensearch/${t}`, quantity: scaleRange(fixed(count), HOURS_PER_MONTH) });
  });
}

function addStorage(lines: CostLines, ebs: Attributes | undefined, dataNodes: number): void {
  if (!ebs || ebs.bool("ebs_enabled") === false) return; // instance-store types (i3, r6gd…) carry their storage in the instance price
  lines.line("Storage", () => {
    const size = ebs.num("volume_size");
    if (size === undefined) throw new Unpriceable("ebs_options.volume_size is not set");
    const type = ebs.str("volume_type");
    if (type === undefined) throw new Unpriceable("ebs_options.volume_type is not set, so AWS chooses it (gp2 or gp3); set it to price the storage");
    lines.add({ name: `Storage (${type})`, unit: "GB-months", priceId: `aws/opensearch/storage-${type}`, quantity: fixed(size * dataNodes) });
    const iops = ebs.num("iops");
    if (type === "io1") {
      if (iops === undefined) lines.unpriceable("io1 storage needs iops; none is set", "Provisioned IOPS (io1)");
      else lines.add({ name: "Provisioned IOPS (io1)", unit: "IOPS-months", priceId: "aws/opensearch/storage-io1-iops", quantity: fixed(iops * dataNodes) });
    }
  });
}

/**
 * `aws_opensearch_domain` (and the legacy `aws_elasticsearch_domain`, whose `.elasticsearch` types are the same
 * `.search` types):
 * - `Instance (<type>)`: cluster_config instance_count (default 1) × 730 hours at the type's rate.
 * - `Dedicated master (<type>)`: dedicated_master_count × 730 when dedicated_master_enabled.
 * - `UltraWarm (<type>)`: warm_count × 730 when warm_enabled.
 * - `Storage (<volume type>)`: ebs_options.volume_size per data node × instance_count GB-months (and io1 IOPS per node).
 * UltraWarm and cold managed storage, gp3 IOPS/throughput above the baseline and data transfer are not included.
 */
export const opensearchDomain: Pricer = {
  type: "aws_opensearch_domain",
  provider: "aws",
  category: "data",
  usage: [],
  price(r, lines) {
    const cc = r.attrs.block("cluster_config");
    const type = cc?.str("instance_type");
    const count = cc?.num("instance_count") ?? 1;
    nodesLine(lines, "Instance", type, count, "cluster_config.instance_type is not set");
    if (cc?.bool("dedicated_master_enabled")) {
      nodesLine(lines, "Dedicated master", cc.str("dedicated_master_type"), cc.num("dedicated_master_count"), "dedicated_master_type is not set");
    }
    if (cc?.bool("warm_enabled")) nodesLine(lines, "UltraWarm", cc.str("warm_type"), cc.num("warm_count"), "warm_type is not set");
    addStorage(lines, r.attrs.block("ebs_options"), count);
  },
};

export const elasticsearchDomain: Pricer = { ...opensearchDomain, type: "aws_elasticsearch_domain" };
