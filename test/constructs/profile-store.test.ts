import * as fs from "fs";
import * as path from "path";
import { TerraformStack, Testing } from "cdktf";
import { GoogleProvider } from "@cdktf/provider-google/lib/provider";
import { Costkit } from "../../constructs/costkit";
import { profileStoreNodes, ProfileStore, ProfileStoreProps } from "../../constructs/profile-store";
import { CostReport } from "../../pricing/report";
import { assertReportInvariants } from "../helpers/invariants";
import { expectInvalidProps } from "../helpers/construct-error";

const BASE: ProfileStoreProps = {
  instanceName: "user-profiles",
  clusters: [
    { clusterId: "c1", zone: "us-central1-a", minNodes: 2, maxNodes: 20 },
    { clusterId: "c2", zone: "us-central1-b", minNodes: 2, maxNodes: 20 },
  ],
  labels: { team: "data", "seed-line": "bigtable-profiles" },
  // 10^8 profiles × 10,000 bytes = 10^12 bytes = 931.323 GiB per copy.
  // 238,000 reads/s over 2 clusters = 119,000 each ÷ (17,000 × 70 %) = 10 nodes.
  load: { profiles: 100_000_000, bytesPerProfile: 10_000, readsPerSecond: 238_000 },
};

function synth(props: Partial<ProfileStoreProps>): { tf: string; report: CostReport } {
  const app = Testing.app();
  const stack = new TerraformStack(app, "test");
  new GoogleProvider(stack, "google", { project: "p" });
  new ProfileStore(stack, "profiles", { ...BASE, ...props });
  Costkit.enableStack(stack);
  const dir = path.join(Testing.fullSynth(stack), "stacks", "test");
  const report: CostReport = JSON.parse(fs.readFileSync(path.join(dir, "cost-report.json"), "utf8"));
  assertReportInvariants(report);
  return { tf: fs.readFileSync(path.join(dir, "cdk.tf.json"), "utf8"), report };
}

describe("ProfileStore", () => {
  const { tf, report } = synth({});
  const line = (name: string) => report.resources[0].components.find((c) => c.name === name)!;

  test("renders an instance with one autoscaled cluster per zone", () => {
    const instance = Object.values(JSON.parse(tf).resource.google_bigtable_instance)[0];
    expect(instance).toMatchObject({
      name: "user-profiles", deletion_protection: true,
      cluster: [
        { cluster_id: "c1", zone: "us-central1-a", storage_type: "SSD", autoscaling_config: { min_nodes: 2, max_nodes: 20, cpu_target: 70 } },
        { cluster_id: "c2", zone: "us-central1-b", storage_type: "SSD", autoscaling_config: { min_nodes: 2, max_nodes: 20, cpu_target: 70 } },
      ],
    });
  });

  test("prices each cluster's nodes between the autoscaling bounds, expected from the reads", () => {
    for (const id of ["c1", "c2"]) {
      // 2 / 10 / 20 nodes × 730 hours at $0.65.
      expect(line(`Nodes (${id})`).monthlyQuantity).toEqual({ min: "1460", expected: "7300", max: "14600" });
      expect(line(`Nodes (${id})`).monthlyCost.expected).toBe("4745");
    }
  });

  test("bills the profiles' storage once per cluster (each is a full replica)", () => {
    for (const id of ["c1", "c2"]) {
      expect(line(`Storage (SSD, ${id})`).monthlyQuantity.expected).toBe("931.323");
      expect(line(`Storage (SSD, ${id})`).monthlyCost.expected).toBe("158.32491"); // × $0.17
    }
    expect(report.resources[0].tags["seed-line"]).toBe("bigtable-profiles");
  });

  test("a store bound by storage gets the nodes its data needs", () => {
    // 2 × 10^9 profiles × 10 KB = 2 × 10^13 bytes ÷ 5 TB per SSD node = 4 nodes, more than the reads need.
    expect(profileStoreNodes({ profiles: 2_000_000_000, bytesPerProfile: 10_000, readsPerSecond: 1000 }, BASE.clusters)).toBe(4);
  });

  test("fails if the autoscaler cannot reach the nodes the load needs", () => {
    expect(() => synth({ clusters: [{ clusterId: "c1", zone: "us-central1-a", minNodes: 2, maxNodes: 8 }] })).toThrow(
      /clusters\["c1"\].maxNodes \(8\) is below the 20 nodes the load needs on average; raise maxNodes to at least 20/,
    );
  });

  test("fails if bounds are out of order, ids repeat or storage types mix, listing every problem", () => {
    expect(() => synth({
      clusters: [
        { clusterId: "c1", zone: "us-central1-a", minNodes: 30, maxNodes: 20, cpuTargetPercent: 95 },
        { clusterId: "c1", zone: "us-central1-b", maxNodes: 40, storageType: "HDD" },
      ],
      load: undefined,
    })).toThrow(
      /clusters\["c1"\].minNodes \(30\) must be ≤ maxNodes \(20\)[\s\S]*cpuTargetPercent \(95\) must be from 10 to 80[\s\S]*clusters: the cluster id "c1" is used twice[\s\S]*clusters mix SSD and HDD storage/,
    );
  });
});

describe("ProfileStore props errors", () => {
  test("fails if several props are invalid: one ConstructError naming the path, each prop, its value and the fix", () => {
    const e = expectInvalidProps(() => synth({ clusters: [] }), "test/profiles", ["clusters"]);
    expect(e.message).toMatch(/clusters is empty; a Bigtable instance needs at least one cluster/);
  });
});
