import { TerraformCount, TerraformProvider, Token } from "cdktf";
import { Construct } from "constructs";
import { Instance } from "@cdktf/provider-aws/lib/instance";
import { ElasticacheCluster } from "@cdktf/provider-aws/lib/elasticache-cluster";
import { ComputeInstance } from "@cdktf/provider-google/lib/compute-instance";
import { RedisInstance } from "@cdktf/provider-google/lib/redis-instance";
import { Geo } from "../pricing/geo";
import { machineType as machineFacts } from "../pricing/resources/common/machine";
import { Cost } from "./cost";
import { attachUsage } from "./attach-usage";
import { constructErrors } from "./errors";
import { lookup, PropsCheck, rules } from "./validation";
import { OnPremServers } from "./on-prem";
import { Category } from "../pricing/categories";


/** Compute Engine VMs (`google_compute_instance` with `count`). */
export interface GcpFleetPlacement {
  readonly kind: "gcp";
  /** Zone of the VMs, e.g. `europe-west1-b`. */
  readonly zone: string;
  /** A predefined machine type. */
  readonly machineType: string;
  /** Boot disk size in GiB. @default 20 */
  readonly bootDiskGib?: number;
  /** Boot disk type. @default "pd-balanced" */
  readonly bootDiskType?: string;
  /** Boot image. @default "debian-cloud/debian-12" */
  readonly image?: string;
  /** Spot VMs. @default false */
  readonly spot?: boolean;
  /** VPC network. @default "default" */
  readonly network?: string;
  /**
   * The VMs' vCPU and memory are bought under a Compute Engine resource commitment of this term (bought in the console
   * or with google_compute_region_commitment; costkit declares it as usage commitmentTerm, billed all month at the
   * commitment rates). `costkit recommend` suggests it for a fleet that runs all month. Not with Spot VMs.
   * @default - on demand
   */
  readonly commitmentTerm?: "1y" | "3y";
}

/** EC2 instances (`aws_instance` with `count`). */
export interface AwsFleetPlacement {
  readonly kind: "aws";
  /** An EC2 instance type, e.g. `m6i.2xlarge`. */
  readonly instanceType: string;
  /** The AMI. */
  readonly ami: string;
  /** Subnet of the instances. @default - the default VPC's */
  readonly subnetId?: string;
  /** Root volume (gp3) in GiB. @default 20 */
  readonly rootVolumeGib?: number;
  /** The AWS provider (region). @default - the stack's default AWS provider */
  readonly provider?: TerraformProvider;
}

/** Owned servers in a colocation site (cost-only items, see OnPremServers). */
export interface OnPremFleetPlacement {
  readonly kind: "on-prem";
  readonly geo: Geo;
  /** A slug for the server configuration; names the declared price. */
  readonly model: string;
  /** What one server costs to buy, in USD, and where that figure comes from (declared by the stack). */
  readonly capexPerServerUsd: number;
  readonly capexSource: string;
  /** Draw of one server under load, in kW. */
  readonly powerKwPerServer: number;
  /** Straight-line life, in years. @default 5 */
  readonly amortizationYears?: number;
  /** Power usage effectiveness of the site. @default 1.4 */
  readonly pue?: number;
  /** Support contract per server a month, in USD. @default - no support line */
  readonly supportPerServerMonthUsd?: number;
}

export type FleetPlacement = GcpFleetPlacement | AwsFleetPlacement | OnPremFleetPlacement;

export interface ServerFleetProps {
  /** Fleet name: instances are `<name>-<index>`, items `<type>.<name>`. Lowercase letters, digits and hyphens. */
  readonly name: string;
  /** How many servers. */
  readonly servers: number;
  /** Where they run. */
  readonly placement: FleetPlacement;
  /** The seed's category of the fleet. @default "compute" */
  readonly category?: Category;
  /** Labels (GCP, on-prem) or tags (AWS). @default - none */
  readonly labels?: Record<string, string>;
  /** Hours each cloud server runs a month (cloud placements only). @default 730 */
  readonly monthlyHoursPerServer?: number;
}

/**
 * A fleet of identical servers (origin web servers, encoders…): in the cloud, one `google_compute_instance` or
 * `aws_instance` resource with `count` = servers; on-prem, OnPremServers items (capex amortised, colocation, power).
 */
export class ServerFleet extends Construct {
  /** The cloud resource, for cloud placements. */
  readonly instances?: ComputeInstance | Instance;
  /** The on-prem servers, for on-prem placements. */
  readonly onPrem?: OnPremServers;

  constructor(scope: Construct, id: string, props: ServerFleetProps) {
    super(scope, id);
    const check = new PropsCheck(this);
    if (check.known("name", props.name, "it names the servers")) {
      check.pattern("name", props.name, /^[a-z]([-a-z0-9]{0,50}[a-z0-9])?$/, "lowercase letters, digits and hyphens, starting with a letter (at most 52): it names the servers");
    }
    check.number("servers", props.servers, rules.whole(0));
    check.number("monthlyHoursPerServer", props.monthlyHoursPerServer, rules.between(0, 744, "hours"));
    if (props.placement.kind === "on-prem" && props.monthlyHoursPerServer !== undefined) {
      check.add("monthlyHoursPerServer", "monthlyHoursPerServer applies to cloud servers; owned servers cost the same whether they run or not: leave it out");
    }
    if (props.placement.kind === "gcp") {
      const p = props.placement;
      lookup(p.machineType, machineFacts, (reason) => check.add("placement.machineType", `placement.machineType: ${reason}`));
      check.number("placement.bootDiskGib", p.bootDiskGib, rules.whole(10, undefined, "GiB"));
      check.pattern("placement.zone", p.zone, /^[a-z]+-[a-z]+[0-9]+-[a-z]$/, "a zone such as europe-west1-b, not a region");
      check.labels("labels", props.labels);
      check.oneOf("placement.commitmentTerm", p.commitmentTerm, ["1y", "3y"]);
      if (p.commitmentTerm !== undefined && p.spot) {
        check.add("placement.commitmentTerm", constructErrors.notAllowed("placement.commitmentTerm", p.commitmentTerm, "left out with placement.spot (Spot VMs are not covered by a commitment)", "leave one of them out"));
      }
    } else if (props.placement.kind === "aws") {
      const p = props.placement;
      check.pattern("placement.instanceType", p.instanceType, /^[a-z][a-z0-9-]*\.[a-z0-9-]+$/, "an EC2 type such as m6i.2xlarge");
      check.number("placement.rootVolumeGib", p.rootVolumeGib, rules.whole(8, undefined, "GiB"));
    } else if (props.placement.kind !== "on-prem") {
      check.oneOf("placement.kind", (props.placement as { kind: string }).kind, ["gcp", "aws", "on-prem"]);
    }
    check.throwIfAny();

    const p = props.placement;
    if (p.kind === "on-prem") {
      this.onPrem = new OnPremServers(this, "servers", {
        name: props.name, geo: p.geo, model: p.model, servers: props.servers,
        capexPerServerUsd: p.capexPerServerUsd, capexSource: p.capexSource, powerKwPerServer: p.powerKwPerServer,
        ...(p.amortizationYears !== undefined ? { amortizationYears: p.amortizationYears } : {}),
        ...(p.pue !== undefined ? { pue: p.pue } : {}),
        ...(p.supportPerServerMonthUsd !== undefined ? { supportPerServerMonthUsd: p.supportPerServerMonthUsd } : {}),
        category: props.category ?? "compute", ...(props.labels ? { labels: props.labels } : {}),
      });
      return;
    }
    const count = TerraformCount.of(props.servers);
    if (p.kind === "gcp") {
      this.instances = new ComputeInstance(this, "servers", {
        count,
        name: `${props.name}-${Token.asString(count.index)}`,
        zone: p.zone,
        machineType: p.machineType,
        bootDisk: { initializeParams: { image: p.image ?? "debian-cloud/debian-12", size: p.bootDiskGib ?? 20, type: p.bootDiskType ?? "pd-balanced" } },
        networkInterface: [{ network: p.network ?? "default" }],
        ...(p.spot ? { scheduling: { provisioningModel: "SPOT", preemptible: true, automaticRestart: false } } : {}),
        ...(props.labels ? { labels: props.labels } : {}),
      });
    } else {
      this.instances = new Instance(this, "servers", {
        count,
        instanceType: p.instanceType,
        ami: p.ami,
        ...(p.subnetId ? { subnetId: p.subnetId } : {}),
        rootBlockDevice: { volumeType: "gp3", volumeSize: p.rootVolumeGib ?? 20 },
        tags: { Name: `${props.name}-${Token.asString(count.index)}`, ...(props.labels ?? {}) },
        ...(p.provider ? { provider: p.provider } : {}),
      });
    }
    if (props.category) Cost.category(this.instances, props.category);
    attachUsage(this.instances, { monthlyHours: props.monthlyHoursPerServer });
    if (p.kind === "gcp" && p.commitmentTerm) Cost.usage(this.instances as ComputeInstance, { commitmentTerm: p.commitmentTerm });
  }
}

/** Memorystore for Redis instances (`google_redis_instance` with `count`). */
export interface MemorystorePlacement {
  readonly kind: "memorystore";
  /** Region of the instances. */
  readonly region: string;
  /** Service tier. @default "STANDARD_HA" */
  readonly tier?: "BASIC" | "STANDARD_HA";
  /** Size of each instance in GB: Memorystore for Redis allows 1 to 300 (Standard tier: at least 5). @default 300 */
  readonly instanceSizeGb?: number;
}

/** ElastiCache clusters (`aws_elasticache_cluster` with `count`), Memcached or Redis OSS/Valkey without cluster mode. */
export interface ElastiCachePlacement {
  readonly kind: "elasticache";
  /** Engine. @default "memcached" */
  readonly engine?: "memcached" | "redis" | "valkey";
  /** Node type, e.g. `cache.r7g.large`. */
  readonly nodeType: string;
  /** Memory of one node of that type, in GiB (ElastiCache's node-type table, e.g. 13.07 for cache.r7g.large). */
  readonly nodeMemoryGib: number;
  /** Nodes per cluster (Memcached: 1–60; Redis without cluster mode: 1). @default 20 for Memcached, 1 otherwise */
  readonly nodesPerCluster?: number;
  /** The AWS provider (region). @default - the stack's default AWS provider */
  readonly provider?: TerraformProvider;
}

export type CachePlacement = MemorystorePlacement | ElastiCachePlacement;

export interface CacheFleetProps {
  /** Fleet name: instances are `<name>-<index>`. Lowercase letters, digits and hyphens. */
  readonly name: string;
  /** RAM the cache layer holds, in GB (GiB as the providers bill it). */
  readonly capacityGb: number;
  readonly placement: CachePlacement;
  /** The seed's category. @default "data" */
  readonly category?: Category;
  /** Labels (Memorystore) or tags (ElastiCache). @default - none */
  readonly labels?: Record<string, string>;
}

/** The largest Memorystore for Redis instance, in GB (https://cloud.google.com/memorystore/docs/redis/pricing, capacity tiers up to 300 GB). */
export const MEMORYSTORE_MAX_GB = 300;

/**
 * A cache layer of a given RAM capacity, spread over as many managed cache instances as it takes: Memorystore instances
 * of up to 300 GB each, or ElastiCache clusters of `nodesPerCluster` nodes. The capacity is rounded up to whole
 * instances or nodes, and every instance or cluster is the same size (Terraform `count`).
 */
export class CacheFleet extends Construct {
  readonly resource: RedisInstance | ElasticacheCluster;
  /** Instances (Memorystore) or clusters (ElastiCache). */
  readonly units: number;
  /** RAM provisioned in all, in GB (≥ capacityGb). */
  readonly provisionedGb: number;

  constructor(scope: Construct, id: string, props: CacheFleetProps) {
    super(scope, id);
    const check = new PropsCheck(this);
    if (check.known("name", props.name, "it names the instances")) {
      check.pattern("name", props.name, /^[a-z]([-a-z0-9]{0,30}[a-z0-9])?$/, "lowercase letters, digits and hyphens, starting with a letter (at most 32): it names the instances");
    }
    check.number("capacityGb", props.capacityGb, rules.above(0, "GB"));
    const p = props.placement;
    if (p.kind === "memorystore") {
      const tier = p.tier ?? "STANDARD_HA";
      const low = tier === "STANDARD_HA" ? 5 : 1;
      const size = rules.whole(low, MEMORYSTORE_MAX_GB, "GB");
      check.number("placement.instanceSizeGb", p.instanceSizeGb, {
        ...size, allowed: `${size.allowed} (Memorystore for Redis ${tier}); a larger cache takes more instances, which CacheFleet adds`,
      });
      check.labels("labels", props.labels);
    } else if (p.kind === "elasticache") {
      const engine = p.engine ?? "memcached";
      check.number("placement.nodeMemoryGib", p.nodeMemoryGib, rules.above(0, "GiB"));
      const maxNodes = engine === "memcached" ? 60 : 1;
      const nodes = rules.whole(1, maxNodes);
      check.number("placement.nodesPerCluster", p.nodesPerCluster, {
        ...nodes, allowed: `${nodes.allowed} for ${engine}${engine === "memcached" ? "" : " (a cluster without cluster mode has one node; use a replication group for more)"}`,
      });
      check.pattern("placement.nodeType", p.nodeType, /^cache\.[a-z0-9-]+\.[a-z0-9]+$/, "an ElastiCache node type such as cache.r7g.large");
    } else {
      check.oneOf("placement.kind", (p as { kind: string }).kind, ["memorystore", "elasticache"]);
    }
    check.throwIfAny();

    if (p.kind === "memorystore") {
      const size = p.instanceSizeGb ?? MEMORYSTORE_MAX_GB;
      this.units = Math.ceil(props.capacityGb / size);
      this.provisionedGb = this.units * size;
      const count = TerraformCount.of(this.units);
      this.resource = new RedisInstance(this, "instances", {
        count,
        name: `${props.name}-${Token.asString(count.index)}`,
        region: p.region,
        tier: p.tier ?? "STANDARD_HA",
        memorySizeGb: size,
        ...(props.labels ? { labels: props.labels } : {}),
      });
    } else {
      const engine = p.engine ?? "memcached";
      const perCluster = p.nodesPerCluster ?? (engine === "memcached" ? 20 : 1);
      const nodes = Math.ceil(props.capacityGb / p.nodeMemoryGib);
      this.units = Math.ceil(nodes / perCluster);
      this.provisionedGb = this.units * perCluster * p.nodeMemoryGib;
      const count = TerraformCount.of(this.units);
      this.resource = new ElasticacheCluster(this, "clusters", {
        count,
        clusterId: `${props.name}-${Token.asString(count.index)}`,
        engine,
        nodeType: p.nodeType,
        numCacheNodes: perCluster,
        ...(props.labels ? { tags: props.labels } : {}),
        ...(p.provider ? { provider: p.provider } : {}),
      });
    }
    if (props.category) Cost.category(this.resource, props.category);
  }
}
