import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { costOf, estimateJson } from "../../helpers/cli";
import { ExpressionError } from "../../../pricing/terraform/values";
import { convertToType, parseTypeConstraint } from "../../../pricing/terraform/types";
import { fromJson, toJson } from "../../../pricing/terraform/values";

/**
 * Module calls repeated with for_each or count, as public modules write them (terraform-aws-modules/eks: a map of node
 * groups, each instance of the node-group module with its own machines), and the variable types that fill what each
 * instance leaves out (`optional(T, default)`, `nullable = false`).
 */
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "costkit-module-instances-"));
function writeJson(dir: string, file: string, json: unknown): void {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), JSON.stringify(json));
}

/** A module of one instance: its type from var.instance_type, its root disk from var.disk_gb (nullable = false, 20). */
const WEB = {
  variable: {
    instance_type: { type: "string", default: "t3.micro" },
    disk_gb: { type: "number", default: 20, nullable: false },
    subnet_ids: { type: "list(string)", default: [] },
  },
  resource: {
    aws_instance: {
      this: {
        ami: "ami-0123456789abcdef0", instance_type: "${var.instance_type}", subnet_id: "${var.subnet_ids[0]}",
        root_block_device: { volume_size: "${var.disk_gb}", volume_type: "gp3" },
      },
    },
  },
};

describe("module calls with for_each: one instance per key, each with its own arguments", () => {
  let dir: string;
  beforeAll(() => {
    dir = tmp();
    writeJson(dir, "web/main.tf.json", WEB);
    writeJson(dir, "main.tf.json", {
      provider: { aws: { region: "us-east-1" } },
      variable: {
        groups: {
          type: "map(object({ instance_type = optional(string, \"t3.small\"), disk_gb = optional(number), subnet_ids = optional(list(string)) }))",
          default: { big: { instance_type: "m5.large", disk_gb: 40 }, small: {} },
        },
      },
      resource: { aws_vpc: { main: { cidr_block: "10.0.0.0/16" } } },
      module: {
        group: {
          source: "./web", for_each: "${var.groups}",
          instance_type: "${each.value.instance_type}", disk_gb: "${each.value.disk_gb}",
          // a value known only after apply in each instance's arguments: the instances are still known by their keys
          subnet_ids: ["${aws_vpc.main.id}"],
        },
        counted: { source: "./web", count: 2, instance_type: "${count.index == 0 ? \"t3.micro\" : \"t3.small\"}" },
      },
    });
  });

  test("each instance is priced with its own values, addressed module.group[\"key\"]", async () => {
    const r = await estimateJson(dir);
    expect(r.resources.map((x) => x.address)).toEqual([
      'module.counted[0].aws_instance.this', 'module.counted[1].aws_instance.this',
      'module.group["big"].aws_instance.this', 'module.group["small"].aws_instance.this',
    ]);
    // big: m5.large 730 h × 0.096 = 70.08; 40 GB × 0.08 = 3.2
    expect(r.resources.find((x) => x.address === 'module.group["big"].aws_instance.this')?.components.map((c) => c.name)).toEqual(["Instance usage (Linux/UNIX, on-demand, m5.large)", "Storage (root, gp3)"]);
    expect(costOf(r, 'module.group["big"].aws_instance.this')).toBe("73.28");
    // small: the type's optional default t3.small, 730 h × 0.0208 = 15.184; disk_gb null → the module's default 20
    // (nullable = false): 20 GB × 0.08 = 1.6
    expect(costOf(r, 'module.group["small"].aws_instance.this')).toBe("16.784");
    // count.index per instance: t3.micro 7.592 + 1.6; t3.small 15.184 + 1.6
    expect(costOf(r, "module.counted[0].aws_instance.this")).toBe("9.192");
    expect(costOf(r, "module.counted[1].aws_instance.this")).toBe("16.784");
    expect(r.unpriced).toEqual([]);
  });

  test("an empty for_each creates nothing; keys not known before apply leave the module's resources unpriced saying so", async () => {
    const d = tmp();
    writeJson(d, "web/main.tf.json", WEB);
    writeJson(d, "main.tf.json", {
      provider: { aws: { region: "us-east-1" } },
      resource: { aws_vpc: { main: { cidr_block: "10.0.0.0/16" } } },
      module: {
        none: { source: "./web", for_each: {} },
        later: { source: "./web", for_each: "${toset([aws_vpc.main.id])}" },
      },
    });
    const r = await estimateJson(d);
    expect(r.resources).toEqual([]);
    expect(r.unpriced.map((u) => [u.address, u.reason])).toEqual([[
      "module.later.aws_instance.this",
      "the number of instances is not known before apply: module.later.for_each is not known before apply (${toset([aws_vpc.main.id])}): aws_vpc.main.id is known only after apply",
    ]]);
  });
});

describe("references between resources inside a module", () => {
  test("an Auto Scaling group finds its module's own launch configuration (references are relative to the module)", async () => {
    const d = tmp();
    writeJson(d, "cluster/main.tf.json", {
      variable: { instance_type: { type: "string" } },
      resource: {
        aws_launch_configuration: { web: { image_id: "ami-0123456789abcdef0", instance_type: "${var.instance_type}" } },
        aws_autoscaling_group: { web: { launch_configuration: "${aws_launch_configuration.web.name}", min_size: 2, max_size: 2 } },
      },
    });
    writeJson(d, "main.tf.json", {
      provider: { aws: { region: "us-east-1" } },
      // a root resource with the same address must not be taken for the module's
      resource: { aws_launch_configuration: { web: { image_id: "ami-0123456789abcdef0", instance_type: "m5.large" } } },
      module: { stage: { source: "./cluster", instance_type: "t3.micro" }, prod: { source: "./cluster", instance_type: "t3.small" } },
    });
    const r = await estimateJson(d);
    // 2 × 730 h × 0.0104 = 15.184 and 2 × 8 GB gp2 root × 0.1 = 1.6; t3.small: 2 × 730 × 0.0208 = 30.368 + 1.6
    expect(r.resources.map((x) => [x.address, x.monthlyCost.expected])).toEqual([
      ["module.prod.aws_autoscaling_group.web", "31.968"],
      ["module.stage.aws_autoscaling_group.web", "16.784"],
    ]);
  });
});

describe("a launch template reached through a local, a conditional and try(), as the EKS node group module writes it", () => {
  test("the node group is priced from the module's own template; with the template's count at 0 it is unpriced saying so", async () => {
    const d = tmp();
    writeJson(d, "ng/main.tf.json", {
      variable: { create_launch_template: { type: "bool", default: true } },
      locals: { launch_template_id: "${var.create_launch_template ? try(aws_launch_template.this[0].id, null) : null}" },
      resource: {
        aws_launch_template: { this: { count: "${var.create_launch_template ? 1 : 0}", instance_type: "m5.large" } },
        aws_eks_node_group: {
          this: {
            cluster_name: "c", node_role_arn: "r", subnet_ids: ["s"],
            scaling_config: { min_size: 1, desired_size: 1, max_size: 1 },
            dynamic: { launch_template: { for_each: "${var.create_launch_template ? [1] : []}", content: { id: "${local.launch_template_id}", version: "$Default" } } },
          },
        },
      },
    });
    writeJson(d, "main.tf.json", {
      provider: { aws: { region: "us-east-1" } },
      module: { custom: { source: "./ng" }, plain: { source: "./ng", create_launch_template: false } },
    });
    const r = await estimateJson(d);
    const lines = (a: string) => r.resources.find((x) => x.address === a)?.components.map((c) => c.name);
    // custom: the template's m5.large, 730 h × 0.096 = 70.08
    expect(lines("module.custom.aws_eks_node_group.this")?.[0]).toBe("Instance usage (Linux/UNIX, on-demand, m5.large)");
    expect(r.resources.find((x) => x.address === "module.custom.aws_eks_node_group.this")?.components[0].monthlyCost?.expected).toBe("70.08");
    // plain: no launch template block, so the EKS default t3.medium with a 20 GB gp2 disk
    expect(lines("module.plain.aws_eks_node_group.this")).toEqual(["Instance usage (Linux/UNIX, on-demand, t3.medium)", "Storage (disk, gp2)"]);
  });
});

describe("type constraints fill what a value leaves out", () => {
  const convert = (type: string, json: unknown) => toJson(convertToType(fromJson(json), parseTypeConstraint(type), "var.x"));

  test("optional attributes: null, or the default given; nested objects and collections too; extra attributes dropped", () => {
    const type = "map(object({ a = optional(number, 1), b = optional(string), c = optional(object({ d = optional(bool, true) })), e = list(number) }))";
    expect(convert(type, { k: { e: ["2"], extra: 1 } })).toEqual({ k: { a: 1, b: null, c: null, e: [2] } });
    expect(convert(type, { k: { a: 5, c: {}, e: [] } })).toEqual({ k: { a: 5, b: null, c: { d: true }, e: [] } });
    expect(convert(type, { k: { a: null, e: [] } })).toEqual({ k: { a: 1, b: null, c: null, e: [] } }); // null → the default
  });

  test("primitives convert as Terraform converts them; what cannot convert names the place", () => {
    expect(convert("tuple([string, number, bool])", [1, "2", "true"])).toEqual(["1", 2, true]);
    expect(() => convert("object({ e = list(number) })", {})).toThrow(new ExpressionError('var.x has no attribute "e", which its type requires'));
    expect(() => convert("map(object({ n = number }))", { k: { n: "two" } })).toThrow(new ExpressionError('var.x["k"].n should be a number, got the string "two"'));
  });

  test("any and unknown parts are kept as they are; a type costkit does not read is an error for the caller to fall back on", () => {
    expect(convert("list(any)", [{ a: 1 }])).toEqual([{ a: 1 }]);
    expect(() => parseTypeConstraint("list(strin)")).toThrow(ExpressionError);
    expect(() => parseTypeConstraint("object({ a = optional(number, var.x) })")).toThrow(ExpressionError);
  });
});

describe("type constraints as modules write them", () => {
  test("comments inside a long object type are skipped, not inside strings", () => {
    const type = 'map(object({\n  # the node group\n  name = optional(string, "a#b") # falls back to the key\n  size = optional(number, 2) // nodes\n  /* spare */ spot = optional(bool)\n}))';
    expect(toJson(convertToType(fromJson({ k: {} }), parseTypeConstraint(type), "var.x"))).toEqual({ k: { name: "a#b", size: 2, spot: null } });
  });
});

describe("what count = 0 leaves out", () => {
  test("a type costkit has no pricer for is not reported unpriced when its count is 0, and is when it is created", async () => {
    const d = tmp();
    writeJson(d, "main.tf.json", {
      provider: { aws: { region: "us-east-1" } },
      variable: { external: { type: "bool", default: false } },
      resource: { aws_s3vectors_index: { this: { count: "${var.external ? 1 : 0}", index_name: "k" } } },
    });
    expect((await estimateJson(d)).unpriced).toEqual([]);
    const created = await estimateJson(d, "--var", "external=true");
    expect(created.unpriced.map((u) => [u.address, u.reason])).toEqual([["aws_s3vectors_index.this", "costkit has no pricer for aws_s3vectors_index yet"]]);
  });
});

describe("a for_each over a map whose values are known only after apply, guarded by a test against null", () => {
  test("the map is known not to be null, so its keys give the instances (terraform-aws-ec2-instance's ebs_volumes)", async () => {
    const d = tmp();
    writeJson(d, "main.tf.json", {
      provider: { aws: { region: "us-east-1" } },
      variable: { volumes: { default: null } },
      locals: { volumes: { data: { size: 10, kms_key_id: "${aws_kms_key.this.arn}" } } },
      resource: {
        aws_kms_key: { this: { description: "k" } },
        aws_ebs_volume: {
          this: {
            for_each: "${local.volumes != null ? local.volumes : {}}", availability_zone: "us-east-1a", size: "${each.value.size}", type: "gp3",
            kms_key_id: "${each.value.kms_key_id}",
          },
          none: { for_each: "${var.volumes != null ? var.volumes : {}}", availability_zone: "us-east-1a", size: 10, type: "gp3" },
        },
      },
    });
    const r = await estimateJson(d);
    expect(r.unpriced).toEqual([]);
    expect(costOf(r, 'aws_ebs_volume.this["data"]') ?? costOf(r, "aws_ebs_volume.this")).toBe("0.8"); // 10 GB × 0.08
    expect(r.resources.map((x) => x.address).filter((a) => a.startsWith("aws_ebs_volume.none"))).toEqual([]);
  });
});
