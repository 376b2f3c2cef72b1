import { readTerraform } from "../../pricing/terraform";

const volume = { availability_zone: "us-east-1a", size: 10, type: "gp3" };

describe("an address names one resource", () => {
  test("a cost item named like a resource is bad input naming the address", () => {
    const json = {
      provider: { aws: [{ region: "us-east-1" }] },
      resource: { aws_ebs_volume: { v: volume } },
      "//": { cost: { items: [{ type: "aws_ebs_volume", name: "v", attributes: {} }] } },
    };
    expect(() => readTerraform(json, "stack.tf.json")).toThrow(/stack\.tf\.json .* at aws_ebs_volume\.v: two resources have this address/);
  });

  test("a plan that lists a resource twice is bad input naming the address", () => {
    const r = { address: "aws_ebs_volume.v", mode: "managed", type: "aws_ebs_volume", name: "v", values: volume };
    const plan = { format_version: "1.2", planned_values: { root_module: { resources: [r, r] } } };
    expect(() => readTerraform(plan, "plan.json")).toThrow(/plan\.json .* at aws_ebs_volume\.v: two resources have this address/);
  });

  test("distinct addresses, items included, are read as they are", () => {
    const json = {
      provider: { aws: [{ region: "us-east-1" }] },
      resource: { aws_ebs_volume: { v: volume, w: volume } },
      "//": { cost: { items: [{ type: "costkit_cdn_contract", name: "fastly", attributes: {} }] } },
    };
    expect(readTerraform(json, "stack.tf.json").resources.map((x) => x.address)).toEqual(["aws_ebs_volume.v", "aws_ebs_volume.w", "costkit_cdn_contract.fastly"]);
  });
});
