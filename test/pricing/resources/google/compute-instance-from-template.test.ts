import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("google_compute_instance_from_template", () => {
  const report = pricerGolden(__filename, "compute-instance-from-template");
  const cost = (name: string) => resourceOf(report, `google_compute_instance_from_template.${name}`).monthlyCost.expected;

  test("one VM from its template: machine, memory and boot disk", () => {
    expect(resourceOf(report, "google_compute_instance_from_template.web").components.map((c) => c.name)).toEqual([
      "vCPU (on-demand, e2-standard-2)", "Memory (on-demand, e2-standard-2)", "Boot disk (pd-balanced)",
    ]);
    expect(cost("web")).toBe("53.9183366");
  });

  test("monthlyHours scales the machine, not the boot disk", () => {
    expect(cost("half")).toBe("29.4591683");
  });

  test("an overridden machine, a template outside the configuration and one known only after apply are unpriced with the reason", () => {
    expect(report.unpriced.map((u) => `${u.address}: ${u.reason}`)).toEqual([
      "google_compute_instance_from_template.by_variable: source_instance_template is not known before apply (${var.template})",
      "google_compute_instance_from_template.external: the instance template \"projects/p/global/instanceTemplates/web\" is not a resource of this configuration; costkit prices the instance from a google_compute_instance_template it refers to (${google_compute_instance_template.<name>.self_link})",
      "google_compute_instance_from_template.override: the instance overrides machine_type of its template, which costkit does not merge; price it as a google_compute_instance, or leave those fields to the template",
    ]);
  });
});
