import * as fs from "fs";
import * as path from "path";
import { recommendationsFor } from "../../../cli/recommend";
import { catalogOf, embeddedBooks } from "../../../pricing/books";
import { estimate } from "../../../pricing/estimate";
import { Money } from "../../../pricing/money";
import { Recommendation } from "../../../pricing/recommendation";
import { DEFAULT_REGISTRY } from "../../../pricing/resources";
import { readTerraform } from "../../../pricing/terraform";

/** testdata/gcs-classes.tf.json: Cloud Storage buckets whose comment table gives each class's total by hand. */
const FIXTURE = path.join(__dirname, "testdata", "gcs-classes.tf.json");
const json = () => JSON.parse(fs.readFileSync(FIXTURE, "utf8"));

function total(doc: unknown): Money {
  const d = readTerraform(doc, "fixture.tf.json");
  return new Money(estimate(d, { stack: "s", catalog: catalogOf([], {}, embeddedBooks(d)), registry: DEFAULT_REGISTRY }).monthlyCost.expected);
}

describe("Savings-STORE1 over Cloud Storage buckets", () => {
  let recs: Recommendation[];
  beforeAll(() => {
    recs = recommendationsFor(FIXTURE).filter((r) => r.rule === "Savings-STORE1");
  });
  const of = (name: string) => recs.find((r) => r.subject.addresses[0] === `google_storage_bucket.${name}`);

  test("fires for the unread bucket (ARCHIVE), the short-lived one (NEARLINE: minimum durations decide) and the much-read Nearline one (STANDARD)", () => {
    expect(recs.map((r) => `${r.subject.addresses[0]} ${(r.details as { to: string }).to} ${r.monthlySaving.expected}`)).toEqual([
      "google_storage_bucket.cold_unread ARCHIVE 1880",
      "google_storage_bucket.nearline_read STANDARD 500",
      "google_storage_bucket.short_lived NEARLINE 500",
    ]);
  });

  test("ARCHIVE's saving equals two estimates of the Terraform, before and with storage_class ARCHIVE; the break-even is 37,600 GiB read", () => {
    const after = json();
    after.resource.google_storage_bucket.cold_unread.storage_class = "ARCHIVE";
    expect(total(json()).minus(total(after)).toFixed()).toBe(of("cold_unread")?.monthlySaving.expected);
    expect(of("cold_unread")?.details).toMatchObject({ from: "STANDARD", to: "ARCHIVE", breakEvenRetrievalGb: "37600" });
    // at the break-even, ARCHIVE costs what STANDARD does
    after.resource.google_storage_bucket.cold_unread["//"].cost.usage.monthlyRetrievalGibByClass = { archive: "37600" };
    expect(total(after).toFixed()).toBe(total(json()).toFixed());
  });

  test("the short-lived bucket: NEARLINE with its early-deletion charge, not the colder classes whose minimum durations cost more", () => {
    const r = of("short_lived")!;
    expect((r.details as { monthlyCostByClass: Record<string, string> }).monthlyCostByClass).toBeDefined();
    expect(r.after[0].components.find((c) => c.name === "Early deletion (nearline)")?.monthlyCost.expected).toBe("500");
    const after = json();
    after.resource.google_storage_bucket.short_lived.storage_class = "NEARLINE";
    expect(total(json()).minus(total(after)).toFixed()).toBe(r.monthlySaving.expected);
    expect(r.assumptions.join(" ")).toContain("under NEARLINE's minimum storage duration of 30 days");
  });

  test("the Nearline bucket read twice over a month goes back to STANDARD; its saving equals two estimates", () => {
    const after = json();
    after.resource.google_storage_bucket.nearline_read.storage_class = "STANDARD";
    after.resource.google_storage_bucket.nearline_read["//"].cost.usage = { storageGib: "50000" };
    expect(total(json()).minus(total(after)).toFixed()).toBe(of("nearline_read")?.monthlySaving.expected);
  });

  test("does not fire for a bucket whose served bytes make colder classes dearer, reads without GiB, or lifecycle transitions", () => {
    expect(of("served")).toBeUndefined();
    expect(of("ops_only")).toBeUndefined();
    expect(of("with_lifecycle")).toBeUndefined();
  });
});
