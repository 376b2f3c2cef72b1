import { catalogOf } from "../../../pricing/books";
import { outcome } from "../../helpers/outcome";
import { estimate } from "../../../pricing/estimate";
import { DEFAULT_REGISTRY } from "../../../pricing/resources";
import { readTerraformConfig, TfDocument } from "../../../pricing/terraform";
import { ModuleReader } from "../../../pricing/terraform/modules";

/** `module.NAME.OUTPUT`: a module's output read where the module is, as Terraform plans it. */

/** Reads `root` with modules from `folders` (source "./x" is folder "x"). */
function read(root: Record<string, unknown>, folders: Record<string, Record<string, unknown>>): TfDocument {
  const reader: ModuleReader = {
    read(source) {
      const name = source.replace(/^\.\//, "");
      const json = folders[name];
      return json ? { json, file: `${name}/main.tf.json`, folder: name } : { reason: `no folder ${name}` };
    },
  };
  return readTerraformConfig(root, "main.tf.json", { modules: { reader, folder: "." } });
}

/** The value of `${expression}` read as an attribute of a root resource, with the given module calls and folders. */
function value(expression: string, calls: Record<string, unknown>, folders: Record<string, Record<string, unknown>>): unknown {
  const doc = read({ module: calls, resource: { test_probe: { p: { v: `\${${expression}}` } } } }, folders);
  return outcome(() => doc.resources.find((r) => r.address === "test_probe.p")?.attrs.get("v"));
}

const network = {
  variable: { cidr: { default: "10.0.0.0/16" }, zones: { default: ["a", "b"] } },
  resource: { aws_subnet: { private: { count: "${length(var.zones)}", cidr_block: "${cidrsubnet(var.cidr, 8, count.index)}", availability_zone: "${var.zones[count.index]}" } } },
  output: {
    cidr: { value: "${var.cidr}" },
    subnet_ids: { value: "${aws_subnet.private[*].id}" },
    zones: { value: "${aws_subnet.private[*].availability_zone}" },
    first_id: { value: "${try(aws_subnet.private[0].id, null)}" },
  },
};

describe("a module's outputs, read where the module is", () => {
  test("an output of configured values is known; one of ids has the number of instances, the ids unknown", () => {
    expect(value("module.vpc.cidr", { vpc: { source: "./network", cidr: "10.1.0.0/16" } }, { network })).toBe("10.1.0.0/16");
    expect(value("module.vpc.zones", { vpc: { source: "./network", zones: ["x", "y", "z"] } }, { network })).toEqual(["x", "y", "z"]);
    expect(value("length(module.vpc.subnet_ids)", { vpc: { source: "./network" } }, { network })).toBe(2);
    expect(value("module.vpc.subnet_ids[0]", { vpc: { source: "./network" } }, { network })).toMatch(/^unknown: .*aws_subnet\.private\[0\]\.id is known only after apply/);
  });

  test("an id from an output is known not to be null (replicate_source_db != null decides a replica)", () => {
    expect(value("module.vpc.first_id != null", { vpc: { source: "./network" } }, { network })).toBe(true);
    expect(value("module.vpc.first_id", { vpc: { source: "./network" } }, { network })).toMatch(/^unknown: v is not known before apply \(\$\{module\.vpc\.first_id\}\)/);
  });

  test("instances of a module with count or for_each: module.NAME[0].OUTPUT, module.NAME[\"key\"].OUTPUT", () => {
    const calls = { a: { source: "./network", count: 2, cidr: "${\"10.${count.index}.0.0/16\"}" }, b: { source: "./network", for_each: { x: "10.8.0.0/16" }, cidr: "${each.value}" } };
    expect(value("module.a[1].cidr", calls, { network })).toBe("10.1.0.0/16");
    expect(value("module.a[*].cidr", calls, { network })).toEqual(["10.0.0.0/16", "10.1.0.0/16"]);
    expect(value("module.b[\"x\"].cidr", calls, { network })).toBe("10.8.0.0/16");
  });

  test("outputs of one module given to another (module.replica's argument is module.primary's output)", () => {
    const db = {
      variable: { source_id: { default: null }, identifier: { default: null } },
      locals: { is_replica: "${var.source_id != null}" },
      resource: { aws_db_instance: { this: { identifier: "${var.identifier}", engine: "${local.is_replica ? null : \"postgres\"}", replicate_source_db: "${var.source_id}" } } },
      output: { identifier: { value: "${try(aws_db_instance.this.identifier, null)}" }, id: { value: "${aws_db_instance.this.id}" } },
    };
    const calls = { primary: { source: "./db", identifier: "main" }, replica: { source: "./db", source_id: "${module.primary.id}" }, named: { source: "./db", source_id: "${module.primary.identifier}" } };
    const doc = read({ module: calls }, { db });
    const attrs = (a: string) => doc.resources.find((r) => r.address === a)?.attrs;
    expect(outcome(() => attrs("module.primary.aws_db_instance.this")?.str("engine"))).toBe("postgres");
    expect(outcome(() => attrs("module.replica.aws_db_instance.this")?.str("engine"))).toBeUndefined(); // a replica: engine null
    expect(outcome(() => attrs("module.named.aws_db_instance.this")?.str("replicate_source_db"))).toBe("main");
    // which resource the replica's source is, from the root
    expect(attrs("module.replica.aws_db_instance.this")?.reference("replicate_source_db")).toEqual({ address: "module.primary.aws_db_instance.this", attribute: "id" });
    // ... also when the value is known (an identifier the primary's configuration sets)
    expect(attrs("module.named.aws_db_instance.this")?.reference("replicate_source_db")).toEqual({ address: "module.primary.aws_db_instance.this", attribute: "identifier" });
    expect(attrs("module.primary.aws_db_instance.this")?.reference("replicate_source_db")).toBeUndefined();
  });

  test("a read replica in one module instance takes its engine from its source in another, found through the output", () => {
    const db = {
      variable: { from: { default: null }, class: { default: "db.t3.large" } },
      locals: { is_replica: "${var.from != null}" },
      resource: { aws_db_instance: { this: { identifier: "${var.from == null ? \"main\" : \"copy\"}", engine: "${local.is_replica ? null : \"mysql\"}", instance_class: "${var.class}", allocated_storage: "${local.is_replica ? null : 20}", replicate_source_db: "${var.from}" } } },
      output: { identifier: { value: "${try(aws_db_instance.this.identifier, null)}" } },
    };
    const doc = read({ provider: { aws: { region: "us-east-1" } }, module: { primary: { source: "./db" }, replica: { source: "./db", from: "${module.primary.identifier}" } } }, { db });
    const report = estimate(doc, { stack: "s", catalog: catalogOf(), registry: DEFAULT_REGISTRY });
    expect(report.unpriced).toEqual([]);
    const replica = report.resources.find((r) => r.address === "module.replica.aws_db_instance.this");
    // the primary's engine (MySQL), the replica's class: 730 h × 0.136 (db.t3.large, as test/pricing/resources/aws/testdata/db-instance.tf.json)
    expect(replica?.components[0]).toMatchObject({ name: "Database instance (MySQL, db.t3.large)", monthlyCost: { expected: "99.28" } });
  });

  test("a module that is not read, a missing output and an unknown number of instances are reasons, not crashes", () => {
    expect(value("module.gone.x", { gone: { source: "./nowhere" } }, {})).toMatch(/^unknown: .*module\.gone is not read by costkit: no folder nowhere/);
    expect(value("module.vpc.nope", { vpc: { source: "./network" } }, { network })).toMatch(/^error: .*module\.vpc has no output "nope"/);
    expect(value("module.many[0].cidr", { many: { source: "./network", count: "${length(data.x.y.ids)}" } }, { network })).toMatch(/^unknown: .*the number of instances of module\.many is not known before apply/);
    expect(value("upper(module.other.x)", { vpc: { source: "./network" } }, { network })).toMatch(/^unknown: .*calls no module "other"/);
  });

  test("outputs in a cycle (module a's output is module b's, which is module a's) end with a clear reason", () => {
    const passing = { variable: { input: { default: null } }, output: { out: { value: "${var.input}" } } };
    const calls = { a: { source: "./passing", input: "${module.b.out}" }, b: { source: "./passing", input: "${module.a.out}" } };
    expect(value("module.a.out", calls, { passing })).toMatch(/^error: .*refers to itself/);
  });

  test("a long chain of modules each passing on the previous one's output stays within the limits", () => {
    const passing = { variable: { input: { default: null } }, output: { out: { value: "${var.input}" } } };
    const calls: Record<string, unknown> = { m0: { source: "./passing", input: "start" } };
    for (let i = 1; i < 300; i++) calls[`m${i}`] = { source: "./passing", input: `\${module.m${i - 1}.out}` };
    expect(value("module.m10.out", calls, { passing })).toBe("start");
    const t0 = Date.now();
    expect(value("module.m299.out", calls, { passing })).toMatch(/^error: .*nests deeper than/);
    expect(Date.now() - t0).toBeLessThan(5000);
    // counts that depend on other modules' outputs, one after another
    const counted: Record<string, unknown> = { c0: { source: "./passing", input: "x" } };
    for (let i = 1; i < 100; i++) counted[`c${i}`] = { source: "./passing", count: `\${length(module.c${i - 1}[*]) > 0 ? 1 : 0}` };
    expect(() => read({ module: counted }, { passing })).not.toThrow();
  });
});
