import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { PRICER_FAILED } from "../../pricing/estimate";
import { runCli } from "../helpers/cli";

// Found by the fuzz test: node counts near the largest double overflowed to Infinity when multiplied by the zones.
describe("counts too large to multiply", () => {
  test("a node pool of 6e307 nodes per zone is unpriced with the reason, not a failed pricer", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "costkit-overflow-")), "pool.tf.json");
    fs.writeFileSync(file, JSON.stringify({
      provider: { google: [{ project: "p", region: "europe-west1" }] },
      resource: { google_container_node_pool: { p: { location: "europe-west1", autoscaling: [{ min_node_count: 1, max_node_count: 5.992310449541053e307 }], node_config: [{ machine_type: "e2-standard-4" }] } } },
    }));
    const r = await runCli(["estimate", file, "--format", "json"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report.unpriced.map((u: { reason: string }) => u.reason).join("\n")).toMatch(/node count .* is not a whole number of nodes/);
    expect(r.out).not.toContain(PRICER_FAILED);
  });
});

// Found by the fuzz test: a plan whose resource type is an object with a toString key crashed String().
describe("plans whose names are not strings", () => {
  test("a resource change whose type is an object is bad input naming the place", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "costkit-plan-")), "plan.json");
    fs.writeFileSync(file, JSON.stringify({
      format_version: "1.2",
      resource_changes: [{ address: "aws_ebs_volume.a", mode: "managed", type: { toString: "x" }, name: "a", change: { actions: ["create"], after: { size: 1 } } }],
    }));
    const r = await runCli(["estimate", file, "--format", "json"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/plan\.json .* at resource_changes\[0\]\.type: expected a string/);
  });
});
