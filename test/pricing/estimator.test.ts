import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { catalogOf } from "../../pricing/books";
import { loadStacks } from "../../pricing/load";
import { estimate, estimator } from "../../pricing/estimate";
import { DEFAULT_REGISTRY } from "../../pricing/resources";
import { readTerraform, TfDocument } from "../../pricing/terraform";
import { withResources } from "../../policies/recommend/types";

// An estimator prices copies of a document with a few resources changed, pricing again only what changed or read what
// changed; every report must be byte for byte the one a whole estimate gives.
describe("estimates of changed copies of a document", () => {
  const opts = { stack: "s", catalog: catalogOf(), registry: DEFAULT_REGISTRY };
  const fixture = (dir: string, name: string) => readTerraform(JSON.parse(fs.readFileSync(path.join(__dirname, "resources", dir, "testdata", name), "utf8")), name);
  const same = (price: (doc: TfDocument) => unknown, doc: TfDocument) => expect(JSON.stringify(price(doc))).toBe(JSON.stringify(estimate(doc, opts)));

  test("a bucket is priced again when its lifecycle configuration changes, though the bucket itself did not", () => {
    const stored = fixture("aws", "s3-bucket-lifecycle.tf.json");
    const doc = withResources(stored, new Map([["aws_s3_bucket.logs", { usage: { storageGb: "100000" } }]]));
    const price = estimator(opts);
    same(price, doc);
    const rules = [{ id: "archive", status: "Enabled", filter: {}, transition: [{ days: 30, storage_class: "DEEP_ARCHIVE" }] }];
    const changed = withResources(doc, new Map([["aws_s3_bucket_lifecycle_configuration.logs", { attrs: { rule: rules } }]]));
    const bucket = (report: { resources: readonly { address: string; monthlyCost: unknown }[] }) => report.resources.find((r) => r.address === "aws_s3_bucket.logs")!.monthlyCost;
    // the change reaches the bucket's cost (so the test can fail), and the estimator sees it
    expect(bucket(estimate(changed, opts))).not.toEqual(bucket(estimate(doc, opts)));
    same(price, changed);
    same(price, doc);
  });

  test("inside a module, a resource that read its module's own resources is priced again when one of them changes", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "costkit-estimator-"));
    fs.mkdirSync(path.join(dir, "cluster"));
    fs.writeFileSync(path.join(dir, "cluster", "main.tf.json"), JSON.stringify({
      resource: {
        aws_launch_configuration: { web: { image_id: "ami-0123456789abcdef0", instance_type: "t3.micro" } },
        aws_autoscaling_group: { web: { launch_configuration: "${aws_launch_configuration.web.name}", min_size: 2, max_size: 2 } },
      },
    }));
    fs.writeFileSync(path.join(dir, "main.tf.json"), JSON.stringify({
      provider: { aws: { region: "us-east-1" } },
      resource: { aws_launch_configuration: { web: { image_id: "ami-0123456789abcdef0", instance_type: "m5.large" } } },
      module: { prod: { source: "./cluster" } },
    }));
    const [{ document: doc }] = loadStacks(dir);
    const price = estimator(opts);
    same(price, doc);
    const changed = withResources(doc, new Map([["module.prod.aws_launch_configuration.web", { attrs: { instance_type: "t3.large" } }]]));
    const group = (report: { resources: readonly { address: string; monthlyCost: unknown }[] }) => report.resources.find((r) => r.address === "module.prod.aws_autoscaling_group.web")!.monthlyCost;
    expect(group(estimate(changed, opts))).not.toEqual(group(estimate(doc, opts)));
    same(price, changed);
    // the root's launch configuration of the same name is not the module's: changing it leaves the group as it was
    const root = withResources(doc, new Map([["aws_launch_configuration.web", { attrs: { instance_type: "t3.large" } }]]));
    expect(group(estimate(root, opts))).toEqual(group(estimate(doc, opts)));
    same(price, root);
  });

  test("every pricer fixture, each resource changed in turn (a usage key, or the same content in a new object), gives the reports of whole estimates", () => {
    const fixtures = ["aws", "google", "costkit"].flatMap((dir) => {
      const testdata = path.join(__dirname, "resources", dir, "testdata");
      return fs.existsSync(testdata) ? fs.readdirSync(testdata).filter((f) => f.endsWith(".tf.json")).map((f) => fixture(dir, f)) : [];
    });
    expect(fixtures.length).toBeGreaterThan(50);
    let changes = 0;
    for (const doc of fixtures) {
      const price = estimator(opts);
      same(price, doc);
      for (const [i, r] of doc.resources.entries()) {
        const key = DEFAULT_REGISTRY.get(r.type)?.usage.find((k) => k.type === "quantity" && k.max === undefined);
        const copy = key && i % 2 === 0 ? withResources(doc, new Map([[r.address, { usage: { [key.name]: "12345" } }]])) : { ...doc, resources: doc.resources.map((x) => (x === r ? { ...x } : x)) };
        same(price, copy);
        changes++;
      }
      same(price, doc);
    }
    expect(changes).toBeGreaterThan(200);
  }, 120000);
});
