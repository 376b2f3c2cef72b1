import { catalogOf } from "../../pricing/books";
import { estimate } from "../../pricing/estimate";
import { DEFAULT_REGISTRY } from "../../pricing/resources";
import { readTerraform } from "../../pricing/terraform";

function tagsOfReport(json: unknown): Record<string, Record<string, string>> {
  const report = estimate(readTerraform(json, "tags.tf.json"), { stack: "tags", catalog: catalogOf(), registry: DEFAULT_REGISTRY });
  return Object.fromEntries(report.resources.map((r) => [r.address, r.tags]));
}

describe("tags of a resource in the report", () => {
  test("AWS: provider default tags under the resource's own, the construct's cost tags last, keys in order", () => {
    const tags = tagsOfReport({
      provider: { aws: [{ region: "us-east-1", default_tags: [{ tags: { team: "platform", env: "prod" } }] }] },
      resource: {
        aws_ebs_volume: {
          a: { availability_zone: "us-east-1a", size: 10, type: "gp3", tags: { team: "storage", app: "x" }, "//": { cost: { tags: { costCentre: "42" } } } },
          b: { availability_zone: "us-east-1a", size: 10, type: "gp3" },
        },
      },
    });
    expect(tags["aws_ebs_volume.a"]).toEqual({ app: "x", costCentre: "42", env: "prod", team: "storage" });
    expect(Object.keys(tags["aws_ebs_volume.a"])).toEqual(["app", "costCentre", "env", "team"]);
    expect(tags["aws_ebs_volume.b"]).toEqual({ env: "prod", team: "platform" });
    // Every resource has its own object, even when the tags come only from the provider.
    expect(tags["aws_ebs_volume.b"]).not.toBe(tags["aws_ebs_volume.a"]);
  });

  test("Google: labels in any key order come out in key order; none gives an empty object", () => {
    const tags = tagsOfReport({
      provider: { google: [{ project: "p", region: "europe-west1" }] },
      resource: {
        google_compute_disk: {
          a: { zone: "europe-west1-b", size: 10, type: "pd-ssd", labels: { team: "x", app: "y" } },
          b: { zone: "europe-west1-b", size: 10, type: "pd-ssd" },
          c: { zone: "europe-west1-b", size: 10, type: "pd-ssd", labels: { app: "z" } },
        },
      },
    });
    expect(Object.keys(tags["google_compute_disk.a"])).toEqual(["app", "team"]);
    expect(tags["google_compute_disk.b"]).toEqual({});
    expect(tags["google_compute_disk.c"]).toEqual({ app: "z" });
  });
});
