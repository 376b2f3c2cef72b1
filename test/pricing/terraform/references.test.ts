import fc from "fast-check";
import { UnknownItem } from "../../../pricing/attributes";
import { outcome } from "../../helpers/outcome";
import { readTerraformConfig, TfResource } from "../../../pricing/terraform";

/** References from one resource to another's attributes, evaluated as Terraform plans them. */

/** The document's resources by address, read from in-memory Terraform JSON. */
function read(json: Record<string, unknown>): Map<string, TfResource> {
  const doc = readTerraformConfig(json, "main.tf.json");
  return new Map(doc.resources.map((r) => [r.address, r]));
}

/** A resource whose attribute `v` is the expression, beside the given resources; its value as outcome() says. */
function value(expression: string, resources: Record<string, unknown> = {}, extra: Record<string, unknown> = {}): unknown {
  const doc = read({ ...extra, resource: { ...resources, test_probe: { p: { v: `\${${expression}}` } } } });
  return outcome(() => doc.get("test_probe.p")?.attrs.get("v"));
}

/** Attributes.items of the expression: known elements as they are, unknown ones as "?" (or "?d" when distinct). */
function items(expression: string, resources: Record<string, unknown> = {}, extra: Record<string, unknown> = {}): unknown {
  const doc = read({ ...extra, resource: { ...resources, test_probe: { p: { v: `\${${expression}}` } } } });
  return outcome(() => doc.get("test_probe.p")?.attrs.items("v").map((x) => (x instanceof UnknownItem ? (x.distinct ? "?d" : "?") : x)));
}

const subnet = { google_compute_subnetwork: { default: { name: "s", region: "us-central1", ip_cidr_range: "10.0.0.0/24" } } };

describe("an attribute that the referenced resource's configuration sets is known at plan", () => {
  test("a plain attribute, and one computed from variables and locals where that resource is", () => {
    expect(value("google_compute_subnetwork.default.region", subnet)).toBe("us-central1");
    expect(value("aws_instance.web.instance_type", { aws_instance: { web: { instance_type: "${local.size}" } } }, { locals: { size: "t3.micro" } })).toBe("t3.micro");
  });

  test("an attribute the configuration does not set is computed by the provider: unknown, naming it", () => {
    expect(value("google_compute_subnetwork.default.gateway_address", subnet)).toBe(
      "unknown: v is not known before apply (${google_compute_subnetwork.default.gateway_address})",
    );
    // set to null: "not set", so the provider may compute it
    expect(value("aws_instance.web.instance_type", { aws_instance: { web: { instance_type: null } } })).toBe("unknown: v is not known before apply (${aws_instance.web.instance_type})");
    // a block or map is not followed
    expect(value("aws_instance.web.root_block_device", { aws_instance: { web: { root_block_device: { volume_size: 8 } } } })).toMatch(/^unknown: /);
  });

  test("count and for_each instances: each with its own count.index or each.value; a splat gives one per instance", () => {
    const subnets = { aws_subnet: { x: { count: 3, availability_zone: "${element([\"a\", \"b\"], count.index)}" }, y: { for_each: { one: "10.0.1.0/24", two: "10.0.2.0/24" }, cidr_block: "${each.value}" } } };
    expect(value("aws_subnet.x[1].availability_zone", subnets)).toBe("b");
    expect(value("aws_subnet.x[*].availability_zone", subnets)).toEqual(["a", "b", "a"]);
    expect(value("aws_subnet.y[\"two\"].cidr_block", subnets)).toBe("10.0.2.0/24");
    expect(value("length(aws_subnet.x)", subnets)).toBe(3);
    expect(value("length(aws_subnet.x[*].id)", subnets)).toBe(3);
    expect(value("aws_subnet.x[3].availability_zone", subnets)).toMatch(/^error: .*out of range/);
  });

  test("a resource whose number of instances is unknown is unknown, saying why", () => {
    const r = { aws_subnet: { x: { count: "${length(data.aws_availability_zones.all.names)}", cidr_block: "10.0.0.0/24" } } };
    expect(value("aws_subnet.x[0].cidr_block", r)).toMatch(/^unknown: .*the number of instances of aws_subnet\.x is not known before apply: data\.aws_availability_zones\.all\.names is read from the provider/);
  });

  test("a resource the files do not declare stays unknown as before", () => {
    expect(value("aws_vpc.main.cidr_block", subnet)).toBe("unknown: v is not known before apply (${aws_vpc.main.cidr_block})");
  });

  test("a resource's id is unknown but known not to be null; other computed attributes are not known to be set", () => {
    const r = { aws_instance: { web: { instance_type: "t3.micro" } } };
    expect(value("aws_instance.web.id != null", r)).toBe(true);
    expect(value("aws_instance.web.id == null ? 1 : 2", r)).toBe(2);
    expect(value("aws_instance.web.private_ip != null", r)).toMatch(/^unknown: /);
  });

  test("attributes that refer to one another end with a clear error, never a stack overflow", () => {
    const r = { aws_instance: { a: { instance_type: "${aws_instance.b.instance_type}" }, b: { instance_type: "${aws_instance.a.instance_type}" } } };
    expect(value("aws_instance.a.instance_type", r)).toMatch(/^error: .*refers to itself/);
    const counted = { aws_instance: { c: { count: "${length(aws_instance.c)}", instance_type: "t3.micro" } } };
    expect(value("aws_instance.c[0].instance_type", counted)).toMatch(/^error: .*count or for_each of aws_instance\.c refers to aws_instance\.c itself/);
    // a long chain of references stays within the evaluation's limits
    const chain: Record<string, unknown> = { r0: { instance_type: "t3.micro" } };
    for (let i = 1; i < 400; i++) chain[`r${i}`] = { instance_type: `\${aws_instance.r${i - 1}.instance_type}` };
    expect(value("aws_instance.r399.instance_type", { aws_instance: chain })).toMatch(/^error: .*nests deeper than/);
    expect(value("aws_instance.r30.instance_type", { aws_instance: chain })).toBe("t3.micro");
  });

  test("which resource an expression refers to is still found when the attribute is known (a name set in the configuration)", () => {
    const doc = read({
      locals: { template: "${aws_launch_template.this.name}" },
      resource: { aws_launch_template: { this: { name: "web" } }, aws_autoscaling_group: { g: { launch_template: { name: "${local.template}" } } } },
    });
    const asg = doc.get("aws_autoscaling_group.g");
    expect(asg?.attrs.block("launch_template")?.str("name")).toBe("web");
    expect(asg?.attrs.block("launch_template")?.reference("name")).toEqual({ address: "aws_launch_template.this", attribute: "name" });
  });
});

describe("random_shuffle: how many strings its result holds is known before apply, which ones are not", () => {
  const shuffle = (body: Record<string, unknown>) => ({ random_shuffle: { z: body } });

  test("result_count picks from a known input: distinct when the input has that many distinct strings", () => {
    expect(items("random_shuffle.z.result", shuffle({ input: ["a", "b", "c", "d"], result_count: 3 }))).toEqual(["?d", "?d", "?d"]);
    expect(items("random_shuffle.z.result", shuffle({ input: ["a", "b"], result_count: 3 }))).toEqual(["?", "?", "?"]);
    expect(items("random_shuffle.z.result", shuffle({ input: ["a", "a", "b"], result_count: 3 }))).toEqual(["?", "?", "?"]);
    expect(items("random_shuffle.z.result", shuffle({ input: ["a", "b", "c"] }))).toEqual(["?d", "?d", "?d"]);
    expect(items("random_shuffle.z.result", shuffle({ input: [], result_count: 3 }))).toEqual([]);
    // a pricer that needs the strings themselves gets "not known before apply" with the reason
    expect(value("random_shuffle.z.result[0]", shuffle({ input: ["a", "b"], result_count: 1 }))).toBe(
      "unknown: v is not known before apply (${random_shuffle.z.result[0]}): random_shuffle.z.result is known only after apply (random_shuffle picks 1 at apply)",
    );
  });

  test("a region's zones from google_compute_zones (three or more) give result_count distinct zones; with a status filter, or another data source, the number is not known", () => {
    const data = (body: Record<string, unknown>) => ({ data: { google_compute_zones: { available: [{ ...body, region: "us-central1" }] } } });
    const r = shuffle({ count: 1, input: "${data.google_compute_zones.available.names}", result_count: 3 });
    expect(items("random_shuffle.z[0].result", r, data({}))).toEqual(["?d", "?d", "?d"]);
    expect(items("concat(random_shuffle.z[0].result)", r, data({ status: "UP" }))).toMatch(/^unknown: .*random_shuffle\.z\[0\]\.result is known only after apply, and so is how many strings it holds/);
    const other = shuffle({ input: "${data.aws_availability_zones.available.names}", result_count: 2 });
    expect(items("concat(random_shuffle.z.result)", other)).toMatch(/^unknown: .*how many strings it holds \(data\.aws_availability_zones\.available\.names is read from the provider/);
  });

  test("the GKE module's node_locations: coalescelist(compact(var.zones), try(sort(random_shuffle…result), [])) has 3 zones, or the zones given", () => {
    const module = (zones: string[]) => ({
      variable: { zones: { default: zones } },
      locals: { node_locations: "${coalescelist(compact(var.zones), try(sort(random_shuffle.available_zones[0].result), []))}" },
      data: { google_compute_zones: { available: { count: 1, region: "us-central1" } } },
    });
    const r = { random_shuffle: { available_zones: { count: "${length(var.zones) == 0 ? 1 : 0}", input: "${data.google_compute_zones.available[0].names}", result_count: 3 } } };
    expect(items("local.node_locations", r, module([]))).toEqual(["?d", "?d", "?d"]);
    expect(items("local.node_locations", r, module(["us-central1-a"]))).toEqual(["us-central1-a"]);
    expect(value("length(local.node_locations)", r, module([]))).toBe(3);
  });

  test("a huge result_count is an error naming the limit, not a hang", () => {
    const t0 = Date.now();
    expect(items("random_shuffle.z.result", shuffle({ input: ["a"], result_count: 1e12 }))).toMatch(/^error: .*result_count is larger than costkit evaluates/);
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});

describe("lists of known length with unknown elements", () => {
  const two = { aws_subnet: { a: { cidr_block: "10.0.0.0/24" }, b: { cidr_block: "10.0.1.0/24" } } };

  test("a list of references counts; its elements stay unknown", () => {
    expect(items("[aws_subnet.a.id, aws_subnet.b.id]", two)).toEqual(["?d", "?d"]); // ids of two subnets differ
    expect(value("length([aws_subnet.a.id, aws_subnet.b.id])", two)).toBe(2);
    expect(value("[aws_subnet.a.id, aws_subnet.b.id]", two)).toMatch(/^unknown: .*aws_subnet\.a\.id is known only after apply/);
  });

  test("slice of a list known only after apply has end − start elements; a for over it gives known values", () => {
    expect(value("length(slice(data.aws_availability_zones.available.names, 0, 3))")).toBe(3);
    expect(value("[for k, v in slice(data.aws_availability_zones.available.names, 0, 3) : cidrsubnet(\"10.0.0.0/16\", 8, k)]")).toEqual(["10.0.0.0/24", "10.0.1.0/24", "10.0.2.0/24"]);
    expect(value("slice(data.x.y.names, 2, 1)")).toMatch(/^error: slice\(\)/);
  });

  test("try() keeps a list whose unknown elements are read from references, not one holding results of operations that may fail", () => {
    expect(value("length(try([aws_subnet.a.id, aws_subnet.b.id], []))", two)).toBe(2);
    expect(value("length(try([upper(aws_subnet.a.id)], []))", two)).toMatch(/^unknown: /);
    expect(value("can([aws_subnet.a.id])", two)).toBe(true);
    expect(value("can([upper(aws_subnet.a.id)])", two)).toMatch(/^unknown: /);
  });

  test("ids of different resources of one type differ: distinct() and toset() keep their number; the same id twice counts once", () => {
    expect(value("length(distinct([aws_subnet.a.id, aws_subnet.b.id, aws_subnet.a.id]))", two)).toBe(2);
    expect(value("length(toset([aws_subnet.a.id, aws_subnet.b.id]))", two)).toBe(2);
    expect(items("distinct(concat([aws_subnet.a.id], [aws_subnet.b.id]))", two)).toEqual(["?d", "?d"]);
    // ids of different types, known strings, or values that are not ids: not known to differ
    expect(value("length(distinct([aws_subnet.a.id, aws_vpc.v.id]))", { ...two, aws_vpc: { v: { cidr_block: "10.0.0.0/16" } } })).toMatch(/^unknown: /);
    expect(value("length(distinct([aws_subnet.a.id, \"subnet-1\"]))", two)).toMatch(/^unknown: /);
    expect(value("length(distinct([aws_subnet.a.arn, aws_subnet.b.arn]))", two)).toMatch(/^unknown: /);
  });

  test("functions whose result's length depends on the unknown elements stay unknown", () => {
    expect(value("length(compact([aws_subnet.a.id, \"\"]))", two)).toMatch(/^unknown: /);
    expect(value("length(distinct([aws_subnet.a.id, var.x]))", two, { variable: { x: {} } })).toMatch(/^unknown: /);
    expect(value("length(flatten([aws_subnet.a.id]))", two)).toMatch(/^unknown: /); // the id could be a list
    expect(value("length(flatten([[{ id = aws_subnet.a.id }], [{ id = aws_subnet.b.id }]]))", two)).toBe(2); // maps are not opened
    expect(value("length(sort([aws_subnet.a.id]))", two)).toMatch(/^unknown: /); // not known to be a string
    expect(value("zipmap([aws_subnet.a.id], [1])", two)).toMatch(/^unknown: /);
  });
});

describe("dynamic blocks over elements that hold values known only after apply", () => {
  test("the blocks are made; what reads a known part is known, what reads an unknown part is not", () => {
    const doc = read({
      variable: { pools: { default: [{ name: "a", min: 1, sa: null }] } },
      locals: { pools: "${[for p in var.pools : merge(p, { sa = google_service_account.x.email })]}" },
      resource: {
        google_service_account: { x: { account_id: "x" } },
        test_probe: { p: { dynamic: { autoscaling: { for_each: "${local.pools}", content: { min: "${autoscaling.value.min}", sa: "${autoscaling.value.sa}" } } } } },
      },
    });
    const blocks = doc.get("test_probe.p")?.attrs.blocks("autoscaling") ?? [];
    expect(blocks.length).toBe(1);
    expect(blocks[0].num("min")).toBe(1);
    expect(outcome(() => blocks[0].str("sa"))).toMatch(/^unknown: .*google_service_account\.x\.email is known only after apply/);
  });

  test("a for_each whose length is not known still leaves the blocks unknown, naming why", () => {
    const doc = read({ resource: { test_probe: { p: { dynamic: { autoscaling: { for_each: "${data.x.y.list}", content: { min: 1 } } } } } } });
    expect(outcome(() => doc.get("test_probe.p")?.attrs.blocks("autoscaling"))).toMatch(/^unknown: dynamic\.autoscaling\.0\.for_each is not known before apply/);
  });
});

describe("properties: references between resources never crash or hang", () => {
  const names = ["a", "b", "c", "d"];
  const attrs = ["x", "y", "count"];
  const expression = fc.oneof(
    fc.constantFrom("1", "\"s\"", "null", "[1, 2]", "var.v", "count.index", "each.key"),
    fc.tuple(fc.constantFrom(...names), fc.constantFrom("x", "y", "id", "result"), fc.constantFrom("", "[0]", "[*]", "[\"k\"]")).map(([n, a, k]) => `test_r.${n}${k}.${a}`),
    fc.tuple(fc.constantFrom(...names)).map(([n]) => `length(test_r.${n})`),
    fc.tuple(fc.constantFrom(...names), fc.constantFrom(...names)).map(([n, m]) => `try(sort(test_r.${n}.x), test_r.${m}.y)`),
    fc.constantFrom("module.m.out", "module.m[0].out", "slice(data.d.e.f, 0, 2)", "random_shuffle.z.result"),
  );
  const body = fc.dictionary(fc.constantFrom(...attrs, "for_each"), expression.map((e) => `\${${e}}`), { maxKeys: 3 });
  const config = fc.record(Object.fromEntries(names.map((n) => [n, body])) as Record<string, fc.Arbitrary<Record<string, string>>>);

  test("every attribute of every resource is a value, unknown, or cannot be evaluated; never another error", () => {
    fc.assert(fc.property(config, fc.nat(5), (resources, size) => {
      const t0 = Date.now();
      let doc;
      try {
        doc = read({
          variable: { v: { default: size } },
          resource: { test_r: resources, random_shuffle: { z: { input: ["a", "b", "c"], result_count: "${test_r.a.x}" } } },
        });
      } catch (e) {
        // a count or for_each Terraform would reject is bad input naming the resource
        expect((e as Error).name).toBe("InputError");
        return;
      }
      for (const r of doc.values()) {
        for (const attr of attrs) outcome(() => r.attrs.get(attr));
        for (const attr of attrs) outcome(() => r.attrs.items(attr));
      }
      expect(Date.now() - t0).toBeLessThan(2000);
    }), { numRuns: 300, seed: 20261208 });
  });
});
