import { UnresolvedValue } from "../../pricing/errors";
import { readTerraform } from "../../pricing/terraform";

describe("reading Terraform JSON configuration", () => {
  const doc = readTerraform(
    {
      "//": { cost: { drivers: { monthlyActiveUsers: 600000000 }, items: [{ type: "costkit_cdn_contract", name: "fastly", provider: "fastly", attributes: { ratePerGb: "0.002" } }] } },
      provider: { google: [{ region: "europe-west1" }, { alias: "us", region: "us-central1" }] },
      variable: { size: { default: 50 }, nodefault: { type: "number" } },
      locals: { prefix: "media" },
      resource: {
        google_compute_disk: {
          a: { name: "${local.prefix}-a", size: "${var.size}", count: 2, "//": { cost: { usage: { x: 1 } } } },
          b: { name: "b", size: "${var.nodefault}", provider: "google.us" },
          c: { name: "c", for_each: "${toset(var.names)}" },
          d: { name: "d", count: "${var.nodefault}" },
        },
      },
    },
    "cdk.tf.json",
  );
  const byAddress = Object.fromEntries(doc.resources.map((r) => [r.address, r]));

  test("resources come in address order, with cost-only items", () => {
    expect(doc.resources.map((r) => r.address)).toEqual([
      "costkit_cdn_contract.fastly", "google_compute_disk.a", "google_compute_disk.b", "google_compute_disk.c", "google_compute_disk.d",
    ]);
    expect(byAddress["costkit_cdn_contract.fastly"].itemProvider).toBe("fastly");
    expect(doc.costMeta?.drivers).toEqual({ monthlyActiveUsers: 600000000 });
  });

  test("variables with defaults and literal locals resolve; the rest is unknown before apply", () => {
    expect(byAddress["google_compute_disk.a"].attrs.num("size")).toBe(50);
    expect(byAddress["google_compute_disk.a"].attrs.str("name")).toBe("media-a");
    expect(() => byAddress["google_compute_disk.b"].attrs.num("size")).toThrow(UnresolvedValue);
    expect(() => byAddress["google_compute_disk.b"].attrs.num("size")).toThrow(/size is not known before apply/);
  });

  test("count multiplies; for_each and unknown counts are unresolved", () => {
    expect(byAddress["google_compute_disk.a"].multiplicity).toBe(2);
    expect(byAddress["google_compute_disk.c"].multiplicity).toBeInstanceOf(UnresolvedValue);
    expect(byAddress["google_compute_disk.d"].multiplicity).toBeInstanceOf(UnresolvedValue);
  });

  test("the provider alias a resource names gives its configuration; declared usage travels with it", () => {
    expect(byAddress["google_compute_disk.b"].providerConfig.str("region")).toBe("us-central1");
    expect(byAddress["google_compute_disk.a"].providerConfig.str("region")).toBe("europe-west1");
    expect(byAddress["google_compute_disk.a"].declaredUsage).toEqual({ x: 1 });
  });
});

describe("reading a plan from terraform show -json", () => {
  const doc = readTerraform(
    {
      format_version: "1.2",
      configuration: {
        provider_config: { aws: { name: "aws", expressions: { region: { constant_value: "eu-west-1" } } } },
        root_module: { resources: [{ address: "aws_instance.web", provider_config_key: "aws" }] },
      },
      resource_changes: [
        { address: "aws_instance.web[0]", mode: "managed", type: "aws_instance", name: "web", change: { actions: ["create"], after: { instance_type: "m5.large", root_block_device: [{ volume_size: 20 }] }, after_unknown: { id: true, root_block_device: [{ volume_type: true }] } } },
        { address: "aws_instance.old", mode: "managed", type: "aws_instance", name: "old", change: { actions: ["delete"], after: null } },
        { address: "data.aws_ami.x", mode: "data", type: "aws_ami", name: "x", change: { actions: ["read"], after: {} } },
      ],
    },
    "plan.json",
  );

  test("keeps managed resources that survive the plan, with their provider configuration", () => {
    expect(doc.kind).toBe("plan");
    expect(doc.resources.map((r) => r.address)).toEqual(["aws_instance.web[0]"]);
    expect(doc.resources[0].providerConfig.str("region")).toBe("eu-west-1");
  });

  test("values known after apply are unresolved; known ones read through list blocks", () => {
    const attrs = doc.resources[0].attrs;
    expect(attrs.str("instance_type")).toBe("m5.large");
    expect(attrs.num("root_block_device.volume_size")).toBe(20);
    expect(() => attrs.str("root_block_device.volume_type")).toThrow(/known after apply/);
  });
});

test("anything else is refused with a message that says what is accepted", () => {
  expect(() => readTerraform({ hello: "world" }, "x.json")).toThrow(/neither Terraform JSON configuration .* nor a plan/);
});

describe("the forms of Terraform's JSON syntax", () => {
  const disk = { zone: "europe-west1-b", size: 10 };
  const addresses = (json: unknown) => readTerraform(json, "main.tf.json").resources.map((r) => r.address);

  test("a resource section or type given as a list, and a body as a list of one, are read like objects", () => {
    expect(addresses({ resource: [{ google_compute_disk: { a: disk } }, { google_compute_disk: { b: disk } }] })).toEqual(["google_compute_disk.a", "google_compute_disk.b"]);
    expect(addresses({ resource: { google_compute_disk: [{ a: disk }, { b: disk }] } })).toEqual(["google_compute_disk.a", "google_compute_disk.b"]);
    expect(addresses({ resource: { google_compute_disk: { a: [disk] } } })).toEqual(["google_compute_disk.a"]);
  });

  test.each([
    ["a body that is not an object", { resource: { google_compute_disk: { a: "oops" } } }, /main\.tf\.json is not valid Terraform JSON at resource\.google_compute_disk\.a: expected an object of the resource's arguments, got the string "oops"/],
    ["a type that is not an object", { resource: { google_storage_bucket: "oops" } }, /at resource\.google_storage_bucket: expected an object of resource names/],
    ["two blocks with one address", { resource: [{ google_compute_disk: { a: disk } }, { google_compute_disk: { a: disk } }] }, /at resource\.google_compute_disk\.a: the resource is defined twice/],
    ["a list of two bodies", { resource: { google_compute_disk: { a: [disk, disk] } } }, /2 blocks have this address/],
  ])("%s is bad input naming the path", (_name, json, message) => {
    expect(() => readTerraform(json, "main.tf.json")).toThrow(message);
  });

  test("module calls read without a module reader are listed, so that what they create is reported unpriced rather than left out", () => {
    const doc = readTerraform({ module: { network: { source: "./modules/network" }, cdn: [{ source: "terraform-google-modules/cdn" }] } }, "main.tf.json");
    expect(doc.modules).toEqual([
      { address: "module.cdn", source: "terraform-google-modules/cdn", reason: expect.stringMatching(/^costkit does not expand modules \(terraform-google-modules\/cdn\) in a configuration read without its folder/) },
      { address: "module.network", source: "./modules/network", reason: expect.stringMatching(/^costkit does not expand modules \(\.\/modules\/network\) in a configuration read without its folder/) },
    ]);
  });
});
