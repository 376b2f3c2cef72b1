import * as path from "path";
import { runCli } from "../../helpers/cli";

const dir = path.join(__dirname, "testdata");

describe("Terraform written in HCL (*.tf)", () => {
  test("a folder of *.tf files is one module: variables, locals, conditionals and functions evaluate, and it prices", async () => {
    const r = await runCli(["estimate", path.join(dir, "hcl-module"), "--format", "json"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    const byAddress = Object.fromEntries(report.resources.map((x: { address: string; monthlyCost: { expected: string } }) => [x.address, x.monthlyCost.expected]));
    expect(byAddress["aws_instance.web"]).toBe("19.184");
    expect(byAddress["aws_ebs_volume.data"]).toBe("8");
    expect(report.monthlyCost.expected).toBe("27.184");
    expect(report.unpriced).toEqual([]);
  });

  test("a syntax error exits 2 naming the file, line and column", async () => {
    const r = await runCli(["estimate", path.join(dir, "hcl-broken.tf")]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/hcl-broken\.tf is not valid Terraform: .*hcl-broken\.tf:2,\d+-\d+,\d+: Invalid expression/);
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});
