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

describe("tags given as one expression that is unknown before apply", () => {
  const disk = { zone: "europe-west1-b", size: 10, type: "pd-ssd" };
  const ebs = { availability_zone: "us-east-1a", size: 10, type: "gp3" };

  test("AWS tags from a variable without a default: priced, tags reported as {}", () => {
    const tags = tagsOfReport({
      variable: { tags: { type: "map(string)" } },
      provider: { aws: [{ region: "us-east-1" }] },
      resource: { aws_ebs_volume: { a: { ...ebs, tags: "${var.tags}" } } },
    });
    expect(tags["aws_ebs_volume.a"]).toEqual({});
  });

  test("AWS provider default_tags from a variable (block and map): resource tags kept", () => {
    for (const default_tags of ["${var.d}", [{ tags: "${var.d}" }]]) {
      const tags = tagsOfReport({
        variable: { d: { type: "map(string)" } },
        provider: { aws: [{ region: "us-east-1", default_tags }] },
        resource: { aws_ebs_volume: { a: { ...ebs, tags: { app: "x" } } } },
      });
      expect(tags["aws_ebs_volume.a"]).toEqual({ app: "x" });
    }
  });

  test("Google labels, resource_labels, node_config and default_labels from a variable", () => {
    const tags = tagsOfReport({
      variable: { l: { type: "map(string)" } },
      provider: { google: [{ project: "p", region: "europe-west1", default_labels: "${var.l}" }] },
      resource: {
        google_compute_disk: { a: { ...disk, labels: "${var.l}" } },
        google_container_node_pool: { p: { location: "europe-west1-b", node_count: 1, node_config: { machine_type: "e2-standard-4", resource_labels: "${var.l}" }, resource_labels: "${var.l}" } },
        google_container_cluster: { c: { location: "europe-west1", node_config: "${var.l}", resource_labels: "${var.l}" } },
      },
    });
    expect(tags["google_compute_disk.a"]).toEqual({});
    expect(tags["google_container_node_pool.p"]).toEqual({});
  });

  test("a plan whose after_unknown marks tags as unknown", () => {
    const report = estimate(readTerraform({
      format_version: "1.2",
      terraform_version: "1.9.0",
      configuration: { provider_config: { aws: { name: "aws", expressions: { region: { constant_value: "us-east-1" } } } } },
      resource_changes: [{
        address: "aws_ebs_volume.a", mode: "managed", type: "aws_ebs_volume", name: "a", provider_name: "registry.terraform.io/hashicorp/aws",
        change: { actions: ["create"], before: null, after: { ...ebs, tags: null }, after_unknown: { tags: true, tags_all: true } },
      }],
    }, "plan.json"), { stack: "tags", catalog: catalogOf(), registry: DEFAULT_REGISTRY });
    expect(report.resources.map((r) => [r.address, r.tags])).toEqual([["aws_ebs_volume.a", {}]]);
  });
});
