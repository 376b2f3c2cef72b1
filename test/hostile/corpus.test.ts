import { expectInert, PAYLOADS, runHostile, tmpFile } from "./invariants";

const provider = { google: [{ project: "p", region: "europe-west1" }], aws: [{ region: "us-east-1" }] };

/** A stack whose every name, tag, label and unknown value carries one payload. */
function hostileStack(p: string): Record<string, unknown> {
  const name = p.replace(/\n/g, " ") || "empty";
  return {
    variable: { tags: { type: "map(string)" } },
    provider,
    resource: {
      google_compute_disk: {
        [name]: { zone: "europe-west1-b", size: 10, type: "pd-ssd", labels: { [name]: p, team: p } },
        [`${name}-bad`]: { zone: "europe-west1-b", size: 10, type: p },
      },
      aws_ebs_volume: { [`${name}-tags`]: { availability_zone: "us-east-1a", size: 10, type: "gp3", tags: "${var.tags}" } },
      [`google_${name.replace(/[^a-z]/g, "") || "x"}`]: { y: { a: 1 } },
    },
  };
}

const clean = tmpFile("base.tf.json", { provider, resource: { google_compute_disk: { d: { zone: "europe-west1-b", size: 10, type: "pd-ssd" } } } });

describe.each(PAYLOADS.map((p) => [JSON.stringify(p).slice(0, 50), p]))("hostile input %s", (_label, payload) => {
  const file = tmpFile("hostile.tf.json", hostileStack(payload));

  test.each([["table"], ["json"], ["markdown"], ["html"], ["focus-csv"]])("estimate --format %s", async (format) => {
    const { code, out } = await runHostile(["estimate", file, "--format", format]);
    expect(code).toBe(0);
    expectInert(out, format);
  });

  test.each([["table"], ["markdown"], ["json"]])("check --format %s", async (format) => {
    const { out } = await runHostile(["check", file, "--format", format]);
    expectInert(out, format);
  });

  test.each([["table"], ["markdown"], ["json"]])("diff --format %s", async (format) => {
    const { out } = await runHostile(["diff", clean, file, "--format", format]);
    expectInert(out, format);
  });

  test("usage and budgets files naming it", async () => {
    const usage = tmpFile("usage.yml", `resource_usage:\n  ${JSON.stringify(`google_compute_disk.${payload}`)}: {}\n`);
    const budgets = tmpFile("budgets.yml", `budgets:\n  - id: ${JSON.stringify(payload)}\n    monthlyLimit: ${JSON.stringify(payload)}\n`);
    const e = await runHostile(["estimate", file, "--usage", usage]);
    const c = await runHostile(["check", file, "--budgets", budgets]);
    for (const r of [e, c]) expectInert(r.err, "table");
  });
});
