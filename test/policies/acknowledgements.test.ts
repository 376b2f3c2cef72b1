import { InputError } from "../../pricing/errors";
import { Finding } from "../../pricing/report";
import { acknowledgement, acknowledgementsFromCostMeta, acknowledgementsOfFindings, applyAcknowledgements, costkitToday, covers } from "../../policies/acknowledgements";

const PATHS: Record<string, string> = {
  "google_container_node_pool.gpu": "ml/training/gpu-pool",
  "google_container_node_pool.cpu": "ml/training/cpu-pool",
  "google_storage_bucket.audio": "media/audio",
};
const toPath = (a: string) => PATHS[a];
const findings: Finding[] = [
  { ruleId: "FinOps-ACC1", level: "warning", address: "google_container_node_pool.gpu", message: "gpu pool cannot scale to zero." },
  { ruleId: "FinOps-ACC1", level: "warning", address: "google_container_node_pool.cpu", message: "cpu pool cannot scale to zero." },
  { ruleId: "FinOps-AS1", level: "error", address: "google_container_node_pool.gpu", message: "too big." },
  { ruleId: "FinOps-UP1", level: "warning", message: "stack-level finding." },
];
const TODAY = "2026-01-15";

describe("applyAcknowledgements", () => {
  test("an acknowledgement covers its rule under its construct path; acknowledged findings stay listed", () => {
    const out = applyAcknowledgements(findings, [{ path: "ml/training/gpu-pool", ruleId: "FinOps-ACC1", reason: "serving must stay warm (FINOPS-42)" }], toPath, "ml", TODAY);
    expect(out).toHaveLength(4);
    expect(out[0].acknowledged).toEqual({ reason: "serving must stay warm (FINOPS-42)" });
    expect(out[1].acknowledged).toBeUndefined(); // another construct
    expect(out[2].acknowledged).toBeUndefined(); // another rule on the same construct
    expect(out[0]).toMatchObject({ ruleId: "FinOps-ACC1", level: "warning", message: findings[0].message });
  });

  test("a path prefix covers the subtree (on construct boundaries), \"\" covers everything, the stack path covers stack findings", () => {
    const ack = (path: string, ruleId = "FinOps-ACC1") => ({ path, ruleId, reason: "training capacity agreed with FinOps" });
    expect(applyAcknowledgements(findings, [ack("ml/training")], toPath, "ml", TODAY).map((f) => !!f.acknowledged)).toEqual([true, true, false, false]);
    expect(applyAcknowledgements(findings, [ack("ml/train")], toPath, "ml", TODAY).map((f) => !!f.acknowledged)).toEqual([false, false, false, false]);
    expect(applyAcknowledgements(findings, [ack("", "FinOps-AS1")], toPath, "ml", TODAY).map((f) => !!f.acknowledged)).toEqual([false, false, true, false]);
    expect(applyAcknowledgements(findings, [ack("ml", "FinOps-UP1")], toPath, "ml", TODAY).map((f) => !!f.acknowledged)).toEqual([false, false, false, true]);
    expect(covers("ml/training", "ml/training/gpu-pool")).toBe(true);
    expect(covers("ml/training", "ml/training-2")).toBe(false);
  });

  test("an acknowledgement applies through its expiry day; after it, the finding counts again and says so", () => {
    const acks = [{ path: "", ruleId: "FinOps-AS1", reason: "launch week burst, FINOPS-7", expires: "2026-01-15" }];
    expect(applyAcknowledgements(findings, acks, toPath, "ml", "2026-01-15")[2].acknowledged).toEqual({ reason: "launch week burst, FINOPS-7", expires: "2026-01-15" });
    const expired = applyAcknowledgements(findings, acks, toPath, "ml", "2026-01-16")[2];
    expect(expired.acknowledged).toBeUndefined();
    expect(expired.level).toBe("error");
    expect(expired.message).toBe('too big. (acknowledgement expired on 2026-01-15: "launch week burst, FINOPS-7"; renew it with a new expiry, or fix the finding.)');
  });

  test("a valid acknowledgement wins over an expired one, the most specific over a broader one", () => {
    const acks = [
      { path: "", ruleId: "FinOps-AS1", reason: "old exception, expired", expires: "2025-01-01" },
      { path: "ml", ruleId: "FinOps-AS1", reason: "the ml stack's exception" },
      { path: "ml/training/gpu-pool", ruleId: "FinOps-AS1", reason: "this pool's own exception" },
    ];
    expect(applyAcknowledgements(findings, acks, toPath, "ml", TODAY)[2].acknowledged?.reason).toBe("this pool's own exception");
  });

  test("a resource without a construct path falls back to the stack path", () => {
    const f: Finding[] = [{ ruleId: "FinOps-TAG1", level: "warning", address: "google_compute_disk.plain", message: "no tags." }];
    expect(applyAcknowledgements(f, [{ path: "ml", ruleId: "FinOps-TAG1", reason: "tagged by the org policy" }], toPath, "ml", TODAY)[0].acknowledged).toBeDefined();
  });

  test("a reason under 10 characters, a bad expiry, a bad rule id or a bad today are bad input", () => {
    expect(() => applyAcknowledgements(findings, [{ path: "ml", ruleId: "FinOps-AS1", reason: "ok" }], toPath, "ml", TODAY)).toThrow(InputError);
    expect(() => acknowledgement({ path: "ml", ruleId: "FinOps-AS1", reason: "  too short " })).toThrow(/has a reason of 9 characters .*needs 10 characters or more/);
    expect(() => acknowledgement({ path: "ml", ruleId: "FinOps-AS1", reason: "long enough reason", expires: "2026-02-30" })).toThrow(/expires on "2026-02-30", which is not a date; write it as YYYY-MM-DD/);
    expect(() => acknowledgement({ path: "ml", ruleId: "AS1", reason: "long enough reason" })).toThrow(/names the rule "AS1"/);
    expect(() => applyAcknowledgements(findings, [], toPath, "ml", "15/01/2026")).toThrow(/not a date/);
  });

  test("already acknowledged findings are kept as they are", () => {
    const done: Finding[] = [{ ...findings[2], acknowledged: { reason: "decided in synth already" } }];
    expect(applyAcknowledgements(done, [{ path: "", ruleId: "FinOps-AS1", reason: "another reason here" }], toPath, "ml", TODAY)).toEqual(done);
  });
});

describe("where acknowledgements come from", () => {
  test("today: COSTKIT_TODAY when set, else the UTC date", () => {
    expect(costkitToday({ COSTKIT_TODAY: "2026-03-01" })).toBe("2026-03-01");
    expect(costkitToday({}, new Date("2026-07-04T23:30:00-05:00"))).toBe("2026-07-05");
    expect(() => costkitToday({ COSTKIT_TODAY: "tomorrow" })).toThrow(/COSTKIT_TODAY is "tomorrow"/);
  });

  test("a stack's \"//\".cost.acknowledgements", () => {
    expect(acknowledgementsFromCostMeta(undefined, "cdk.tf.json")).toEqual([]);
    expect(acknowledgementsFromCostMeta({ acknowledgements: [{ path: "ml/pool/", ruleId: "FinOps-ACC1", reason: " warm serving pool ", expires: "2026-12-31" }] }, "cdk.tf.json"))
      .toEqual([{ path: "ml/pool", ruleId: "FinOps-ACC1", reason: "warm serving pool", expires: "2026-12-31" }]);
    expect(() => acknowledgementsFromCostMeta({ acknowledgements: {} }, "cdk.tf.json")).toThrow(/cdk\.tf\.json are invalid at "\/\/"\.cost\.acknowledgements: expected a list/);
  });

  test("a report's acknowledged findings, re-applied by address and stack", () => {
    const recorded: Finding[] = [
      { ...findings[0], acknowledged: { reason: "serving must stay warm", expires: "2026-06-30" } },
      { ...findings[3], acknowledged: { reason: "known gap in the books" } },
      { ruleId: "Budget-ml", level: "error", message: "over", acknowledged: { reason: "training quarter, FINOPS-9" } },
    ];
    const acks = acknowledgementsOfFindings(recorded, "ml");
    expect(acks.map((a) => a.path)).toEqual(["google_container_node_pool.gpu", "ml", ""]);
    const again = applyAcknowledgements(findings, acks, (a) => a, "ml", "2026-07-01");
    expect(again[0].message).toContain("acknowledgement expired on 2026-06-30");
    expect(again[3].acknowledged).toEqual({ reason: "known gap in the books" });
  });
});
