import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("aws_glue_job and aws_glue_crawler", () => {
  const report = pricerGolden(__filename, "glue");
  const line = (a: string) => resourceOf(report, a).components.map((c) => [c.name, c.monthlyQuantity?.expected, c.monthlyCost?.expected, c.dependsOnUsage ?? false])[0];

  test("DPUs from the workers, max_capacity or the service default, × the hours the job runs", () => {
    expect(line("aws_glue_job.etl")).toEqual(["Job run (glueetl, 20 DPUs)", "600", "264", false]); // 10 × G.2X, 30 h × 0.44
    expect(line("aws_glue_job.flex")).toEqual(["Job run (glueetl, Flex, 4 DPUs)", "400", "116", false]); // Flex rate 0.29
    expect(line("aws_glue_job.shell")).toEqual(["Job run (pythonshell, 0.0625 DPUs)", "12.5", "5.5", false]);
    expect(line("aws_glue_job.stream")).toEqual(["Job run (gluestreaming, 0.5 DPUs)", "365", "160.6", false]); // runs all month
    expect(line("aws_glue_job.ray")).toEqual(["Job run (glueray, 6 DPUs)", "60", "26.4", false]);
    expect(line("aws_glue_crawler.tables")).toEqual(["Crawler run", "50", "22", false]);
    expect(report.monthlyCost.expected).toBe("649.5");
  });

  test("without usage a batch job or a crawler shows its unit price and depends on usage", () => {
    expect(line("aws_glue_job.legacy")).toEqual(["Job run (glueetl, 5 DPUs)", "0", "0", true]);
    expect(line("aws_glue_crawler.idle")).toEqual(["Crawler run", "0", "0", true]);
    expect(report.unpriced).toEqual([]);
  });

  test("the Data Catalog bills objects stored and requests on the database; its tables are free", () => {
    expect(resourceOf(report, "aws_glue_catalog_database.lake").components.map((c) => [c.name, c.monthlyCost.expected])).toEqual([["Catalog storage", "25"], ["Catalog requests", "30"]]);
    expect(report.free.map((f) => f.address)).toEqual(["aws_glue_catalog_table.events"]);
  });
});
