import { pricerGolden, resourceOf } from "../../../helpers/golden";
import { workerShape } from "../../../../pricing/resources/google/dataflow-job";

describe("google_dataflow_job", () => {
  const report = pricerGolden(__filename, "dataflow-job");
  const res = (name: string) => resourceOf(report, `google_dataflow_job.${name}`);

  test("batch: default n1-standard-1 workers from 1 to max_workers, hours from usage, shuffle", () => {
    expect(res("batch_default").monthlyCost).toEqual({ min: "12.568875", expected: "33.7755", max: "76.18875" });
    expect(res("batch_default").components.map((c) => c.name)).toEqual([
      "Worker vCPU (batch, n1-standard-1)", "Worker memory (batch, n1-standard-1)", "Worker disk (pd-standard, 25 GiB)", "Shuffle data processed",
    ]);
  });

  test("streaming runs all month; Streaming Engine by data processed or, when opted in, by compute units", () => {
    expect(res("stream_se").monthlyCost.expected).toBe("139.397175");
    expect(res("stream_se").components.find((c) => c.name === "Worker vCPU (streaming, n1-standard-2)")?.monthlyQuantity.expected).toBe("1460");
    expect(res("stream_resource").monthlyCost).toEqual({ min: "303.55412", expected: "303.55412", max: "875.06236" });
    expect(res("stream_resource").components.map((c) => c.name)).toContain("Streaming Engine compute units");
  });

  test("other regions at their own rates; Streaming Engine compute units only where a rate is sourced", () => {
    expect(res("europe").region).toBe("europe-west1");
    expect(res("europe").monthlyCost).toEqual({ min: "271.6914", expected: "271.6914", max: "271.6914" });
    const eu = Object.fromEntries(res("europe").components.map((c) => [c.name, c]));
    expect(eu["Worker vCPU (streaming, n1-standard-4)"].unitPrice).toBe("0.072");
    expect(eu["Worker memory (streaming, n1-standard-4)"].monthlyCost.expected).toBe("45.6834");
    expect(res("singapore").monthlyCost.expected).toBe("151.7467425");
    const reasons = report.unpriced.map((u) => `${u.address} ${u.component ?? ""}: ${u.reason}`);
    expect(reasons).toContainEqual(expect.stringMatching(/singapore Streaming Engine compute units: no price for google\/dataflow\/streaming-engine-compute in asia-southeast1/));
    expect(report.monthlyCost).toEqual({ min: "878.9583125", expected: "900.1649375", max: "1514.0864275" });
  });

  test("a batch job without hours depends on usage; unknown machines are unpriced", () => {
    expect(res("batch_no_usage").components.every((c) => c.dependsOnUsage)).toBe(true);
    const reasons = report.unpriced.map((u) => `${u.address} ${u.component ?? ""}: ${u.reason}`);
    expect(reasons).toContainEqual(expect.stringMatching(/weird_machine : unknown Dataflow worker machine type "m1-ultramem-40"/));
  });

  test("machine shapes", () => {
    expect(workerShape("n1-highcpu-8")).toEqual({ vcpu: expect.anything(), memoryGib: expect.anything() });
    expect(workerShape("n1-highcpu-8").memoryGib.toFixed()).toBe("7.2");
    expect(workerShape("custom-4-15360").memoryGib.toFixed()).toBe("15");
    expect(workerShape("e2-standard-16").vcpu.toFixed()).toBe("16");
  });
});
