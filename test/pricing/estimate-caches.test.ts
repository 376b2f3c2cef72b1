import { catalogOf } from "../../pricing/books";
import { estimate } from "../../pricing/estimate";
import { DEFAULT_REGISTRY } from "../../pricing/resources";
import { readTerraform } from "../../pricing/terraform";
import { generateTerraform } from "../../bench/generate";

// The engine caches prices, texts and products within and across estimates; none of that may change a report.
describe("estimates do not depend on what was estimated before", () => {
  const price = (json: unknown) => JSON.stringify(estimate(readTerraform(json, "doc.tf.json"), { stack: "s", catalog: catalogOf(), registry: DEFAULT_REGISTRY }));

  test("the same document gives the same bytes before and after others, in either shape", () => {
    const a = generateTerraform(40, DEFAULT_REGISTRY.types(), "cdktf");
    const b = generateTerraform(57, DEFAULT_REGISTRY.types(), "bare");
    const first = price(a);
    const other = price(b);
    expect(price(a)).toBe(first);
    expect(price(b)).toBe(other);
  });

  test("a resource priced alone is priced as it is among thousands that share its quantities", () => {
    const many = generateTerraform(800, DEFAULT_REGISTRY.types(), "bare") as { resource: Record<string, Record<string, unknown>> };
    const report = JSON.parse(price(many));
    for (const address of ["google_compute_instance.r000002", "google_container_node_pool.r000793", "aws_ebs_volume.r000005"]) {
      const [type, name] = address.split(".");
      const alone = JSON.parse(price({ provider: (many as Record<string, unknown>).provider, resource: { [type]: { [name]: many.resource[type][name] } } }));
      expect(report.resources.find((r: { address: string }) => r.address === address)).toEqual(alone.resources[0]);
    }
  });
});
