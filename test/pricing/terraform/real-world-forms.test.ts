import * as path from "path";
import { runCli } from "../../helpers/cli";

const dir = path.join(__dirname, "testdata", "real-world");

interface Report {
  resources: { address: string; monthlyCost: { min: string; expected: string; max: string }; components: { name: string }[] }[];
  unpriced: { address: string; reason: string }[];
  free: { address: string }[];
}

async function estimateFolder(name: string): Promise<Report> {
  const r = await runCli(["estimate", path.join(dir, name), "--format", "json"]);
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as Report;
}

function costOf(report: Report, address: string) {
  const r = report.resources.find((x) => x.address === address);
  if (!r) throw new Error(`${address} is not priced: ${JSON.stringify(report.unpriced)}`);
  return r.monthlyCost;
}

/** Forms that public Terraform configurations use, each in a small HCL module of its own. */
describe("real-world Terraform forms", () => {
  test("an autoscaling group whose launch_configuration is a reference is priced from that configuration", async () => {
    const report = await estimateFolder("asg-launch-configuration");
    expect(costOf(report, "aws_autoscaling_group.app")).toEqual({ min: "16.784", expected: "25.176", max: "33.568" });
    expect(report.unpriced).toEqual([]);
  });

  test("instances that differ by each.key / each.value or count.index in what decides the price are priced one by one; a block whose instances differ only in names and tags stays one entry", async () => {
    const report = await estimateFolder("per-instance-values");
    expect(report.resources.map((r) => [r.address, r.monthlyCost.expected])).toEqual([
      ['aws_ebs_volume.disks["archive"]', "1"],
      ['aws_ebs_volume.disks["scratch"]', "8"],
      ["aws_ebs_volume.logs", "1.5"],
      ["aws_instance.node[0]", "8.392"],
      ["aws_instance.node[1]", "15.984"],
    ]);
    expect(report.unpriced).toEqual([]);
  });
});
