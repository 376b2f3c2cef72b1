import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { BrowserContext, chromium, Page } from "playwright-core";
import { CostReport } from "../../pricing/report";
import { CHART_LIBRARY_PLACEHOLDER, chartLibrarySource, HTML_CSP, jsonForScript, renderHtml } from "../../report/html";
import { CHROMIUM_ARGS, findChromium } from "../helpers/chromium";
import { runCli } from "../helpers/cli";
import { expectGolden } from "../helpers/golden";
import { assertReportInvariants } from "../helpers/invariants";

const testdata = path.join(__dirname, "testdata");
const artifacts = path.join(__dirname, "artifacts");

function loadFixture(name: string): CostReport[] {
  const json = JSON.parse(fs.readFileSync(path.join(testdata, name), "utf8"));
  const reports: CostReport[] = json.reports ?? [json];
  reports.forEach(assertReportInvariants);
  return reports;
}

const XSS = "</script><script>alert(1)</script>";
const fixed = (v: string) => ({ min: v, expected: v, max: v });

/**
 * A stack whose every user-controlled string is hostile: markup, a `</script>` breakout, `<!--`, U+2028/U+2029 (which
 * end a line in old JavaScript parsers) and quotes for attribute breakouts. Expected 12.5 + 0.5 = 13 per month.
 */
function hostileReport(): CostReport {
  return {
    formatVersion: "1", generator: { name: "costkit", version: "0.1.0" }, currency: "USD",
    priceBooks: [{ id: `book${XSS}`, effectiveDate: "2026-11-28<b>" }],
    stack: `stack${XSS}`,
    monthlyCost: fixed("13"), listMonthlyCost: fixed("13"),
    resources: [
      {
        address: `google_compute_instance.${XSS}`, type: "google_compute_instance<i>", provider: "google\"'><svg onload=alert(2)>", region: "europe-west1<!--", geo: "EU", category: "compute",
        tags: { "team<img src=x onerror=alert(3)>": `x"y'z${XSS}` },
        monthlyCost: fixed("12.5"), listMonthlyCost: fixed("12.5"),
        components: [{ name: "Instance usage (on-demand, \u2028\u2029</script>)", unit: "hours<u>", unitPrice: "0.0171232876712328767", listUnitPrice: "0.0171232876712328767", monthlyQuantity: fixed("730"), monthlyCost: fixed("12.5"), listMonthlyCost: fixed("12.5"), usageBased: false, priceId: "p@europe-west1" }],
      },
      {
        address: "google_storage_bucket.<img src=x onerror=alert(4)>", type: "google_storage_bucket", provider: "google", region: "europe-west1", geo: "EU", category: "storage", tags: {},
        monthlyCost: fixed("0.5"), listMonthlyCost: fixed("0.5"),
        components: [{ name: "Storage (standard)", unit: "GiB-months", unitPrice: "0.02", listUnitPrice: "0.02", monthlyQuantity: fixed("25"), monthlyCost: fixed("0.5"), listMonthlyCost: fixed("0.5"), usageBased: false, priceId: "s@europe-west1" }],
      },
    ],
    unpriced: [{ address: `google_x.${XSS}`, type: "google_x", reason: "<svg onload=alert(5)> has no price", component: "Line <b>" }],
    free: [{ address: `google_project_iam_member.${XSS}`, type: "google_project_iam_member" }],
    findings: [
      { ruleId: "Rule<script>", level: "error", address: `google_compute_instance.${XSS}`, message: `over budget <!-- ${XSS}` },
      { ruleId: "Ack1", level: "warning", message: "acknowledged one", acknowledged: { reason: `because ${XSS}`, expires: "2027-01-01<i>" } },
    ],
  };
}

/** Every piece of markup in the hostile report, which must reach the page only escaped. */
const HOSTILE_MARKUP = ["<script>alert", "<svg", "<img", "<b>", "<i>", "<u>", "<!-- $", "<!--\""];

describe("renderHtml", () => {
  test("golden: the ranges case (two stacks, ranges, unpriced lines, findings, a discount)", () => {
    expectGolden(renderHtml(loadFixture("ranges.head.json"), undefined, { inlineChartLibrary: false }), path.join(testdata, "ranges.head.html"));
  });

  test("golden: hostile strings", () => {
    expectGolden(renderHtml([hostileReport()], undefined, { inlineChartLibrary: false }), path.join(testdata, "hostile.report.html"));
  });

  test("is deterministic: same input, same bytes, whatever the order of the stacks", () => {
    const reports = [...loadFixture("ranges.head.json"), hostileReport()];
    const a = renderHtml(reports);
    expect(renderHtml(reports)).toBe(a);
    expect(renderHtml([...reports].reverse())).toBe(a);
  });

  test("inlines Chart.js once, and references nothing outside the page", () => {
    const html = renderHtml(loadFixture("ranges.head.json"));
    const lib = chartLibrarySource();
    expect(lib).toContain("Chart.js v4.6.1");
    expect(html.split(lib).length).toBe(2);
    expect(html).not.toContain(CHART_LIBRARY_PLACEHOLDER);
    expect(html).not.toContain("sourceMappingURL");
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${HTML_CSP}">`);
    // no element that loads anything: no src or href to another document, no stylesheet link, no @import or url()
    const ours = html.replace(lib, "");
    expect(ours).not.toMatch(/\ssrc=|<link|@import|url\(|href="(?!#)/i);
  });

  test("hostile strings reach the page only escaped", () => {
    const html = renderHtml([hostileReport()]);
    const ours = html.replace(chartLibrarySource(), "");
    for (const markup of HOSTILE_MARKUP) expect({ markup, found: ours.includes(markup) }).toEqual({ markup, found: false });
    // exactly our three script elements: the JSON data, Chart.js, the page's script
    expect(ours.match(/<script/gi)).toHaveLength(3);
    expect(ours.match(/<\/script/gi)).toHaveLength(3);
    const scripts = [...ours.matchAll(/<script[^>]*>([^]*?)<\/script>/g)].map((m) => m[1]);
    for (const script of scripts) expect(script).not.toMatch(/[\u2028\u2029]|<!--/);
    expect(ours).toContain("instance.<wbr>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
    // the data block gives back the exact strings
    const block = /<script type="application\/json" id="costkit-data">([^]*?)<\/script>/.exec(ours)![1];
    const data = JSON.parse(block);
    expect(data.stacks[0].label).toBe(`stack${XSS}`);
    expect(data.topResources.map((r: { label: string }) => r.label)).toContain(`google_compute_instance.${XSS}`);
    expect(data.byProvider.map((r: { label: string }) => r.label)).toEqual(["google\"'><svg onload=alert(2)>", "google"]); // largest first
  });

  test("jsonForScript escapes what could end or confuse a script element, and parses back", () => {
    const value = { s: `a</script><!--<b>&\u2028\u2029"'` };
    const text = jsonForScript(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain("\\u003c/script\\u003e");
    expect(JSON.parse(text)).toEqual(value);
  });

  test("costkit estimate --format html writes the page for every stack found", async () => {
    const fixture = path.relative(process.cwd(), path.join(__dirname, "..", "cli", "testdata", "disks.tf.json"));
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "costkit-html-")), "report.html");
    const { code, err } = await runCli(["estimate", fixture, "--format", "html", "--out", out]);
    expect({ code, err }).toEqual({ code: 0, err: "" });
    const html = fs.readFileSync(out, "utf8");
    expect(html).toContain("<title>Cost report: disks</title>");
    expect(html).toContain('<div class="total" id="total">$162.40</div>');
    expect(html).toContain("unknown disk type");
  });

  test("a report with nothing priced still renders", () => {
    const empty: CostReport = { ...hostileReport(), stack: "empty", resources: [], unpriced: [], free: [], findings: [], monthlyCost: fixed("0"), listMonthlyCost: fixed("0") };
    const html = renderHtml([empty], undefined, { inlineChartLibrary: false });
    expect(html).toContain("No priced resources.");
    expect(html).toContain('<div class="total" id="total">$0.00</div>');
  });
});

/** The page, as the functions run inside it see it (the project's tsconfig has no DOM lib, so these few types are ours). */
interface PageWindow {
  cspViolations: string[];
  document: { addEventListener(type: "securitypolicyviolation", listener: (e: { violatedDirective: string; blockedURI: string }) => void): void };
  costkit: {
    chartsAvailable: boolean;
    charts: Record<string, {
      data: { labels: string[]; datasets: { data: unknown[] }[] };
      canvas: { width: number; height: number; getContext(kind: "2d"): { getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> } } };
    }>;
  };
}
const isOpen = (d: unknown) => (d as { open: boolean }).open;

describe("the HTML report in headless Chromium", () => {
  let context: BrowserContext | undefined;
  let userDataDir: string | undefined;
  let page: Page;
  let pageUrl: string;
  const requests: string[] = [];
  const aborted: string[] = [];
  const dialogs: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    const browser = await findChromium();
    fs.mkdirSync(artifacts, { recursive: true });
    const file = path.join(artifacts, "cost-report.html");
    fs.writeFileSync(file, renderHtml([...loadFixture("ranges.head.json"), hostileReport()]));
    pageUrl = `file://${file}`;
    userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "costkit-chromium-"));
    try {
      context = await chromium.launchPersistentContext(userDataDir, { executablePath: browser.executablePath, headless: true, args: [...CHROMIUM_ARGS], viewport: { width: 1366, height: 900 } });
    } catch (e) {
      throw new Error(`Chromium from ${browser.source} (${browser.executablePath}) did not start: ${(e as Error).message.split("\n")[0]}. On Debian it needs the libnss3 package; or set COSTKIT_CHROMIUM to another Chromium binary.`);
    }
    // Only the document itself may load; anything else is aborted and counted.
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url === pageUrl) return route.continue();
      aborted.push(url);
      return route.abort();
    });
    // CSP violations (a load the policy blocked before it became a request) are recorded too.
    await context.addInitScript(() => {
      const w = globalThis as unknown as PageWindow;
      w.cspViolations = [];
      w.document.addEventListener("securitypolicyviolation", (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on("request", (r) => requests.push(r.url()));
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    await page.goto(pageUrl, { waitUntil: "load" });
  });

  afterAll(async () => {
    await context?.close();
    if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
  });

  test("renders the title and the headline total with its range", async () => {
    expect(await page.title()).toBe("Cost report: 3 stacks");
    // ranges case 747.5293 (293.4693 – 2270.3093) + hostile 13
    expect(await page.textContent("#total")).toBe("$760.53");
    expect(await page.textContent("#total-range")).toContain("$306.47 – $2,283.31");
  });

  test("draws every chart: Chart.js holds the datasets and the canvases have pixels", async () => {
    const charts = await page.evaluate(() => {
      const api = (globalThis as unknown as PageWindow).costkit;
      return {
        available: api.chartsAvailable,
        charts: Object.fromEntries(Object.entries(api.charts).map(([id, c]) => {
          const { width, height } = c.canvas;
          const pixels = c.canvas.getContext("2d").getImageData(0, 0, width, height).data;
          let painted = 0;
          for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) painted++;
          return [id, { labels: c.data.labels, points: c.data.datasets.map((d) => d.data.length), width, painted }];
        })),
      };
    });
    expect(charts.available).toBe(true);
    expect(Object.keys(charts.charts).sort()).toEqual(["category", "geo", "provider", "resources", "stacks"]);
    expect(charts.charts.category.labels).toEqual(["compute", "ml", "storage", "other"]); // largest first
    expect(charts.charts.stacks.labels).toEqual(["gke", "ml", `stack${XSS}`]);
    expect(charts.charts.resources.points).toEqual([5, 5, 5]);
    for (const [id, c] of Object.entries(charts.charts)) {
      expect({ id, wide: c.width > 200, painted: c.painted > 500 }).toEqual({ id, wide: true, painted: true });
    }
  });

  const column = (i: number) => page.$$eval(`#resource-table tbody tr:not([hidden]) td:nth-child(${i})`, (cells) => cells.map((c) => c.textContent ?? ""));

  test("the resource table sorts on a header click", async () => {
    expect(await column(7)).toEqual(["$586.92", "$160.60", "$12.50", "$0.50", "$0.0093"]);
    await page.click("#resource-table th:nth-child(1) button");
    const addresses = ["google_compute_instance.</script><script>alert(1)</script>", "google_compute_instance.trainer", "google_container_node_pool.general", "google_secret_manager_secret.token", "google_storage_bucket.<img src=x onerror=alert(4)>"];
    expect(await column(1)).toEqual(addresses);
    expect(await page.getAttribute("#resource-table th:nth-child(1)", "aria-sort")).toBe("ascending");
    await page.click("#resource-table th:nth-child(1) button");
    expect(await column(1)).toEqual([...addresses].reverse());
    await page.click("#resource-table th:nth-child(9) button"); // max, largest first
    expect(await column(9)).toEqual(["$1,467.30", "$803.00", "$12.50", "$0.50", "$0.0093"]);
    await page.click("#resource-table th:nth-child(8) button"); // min
    await page.click("#resource-table th:nth-child(8) button"); // min, smallest first
    expect(await column(8)).toEqual(["$0.00", "$0.0093", "$0.50", "$12.50", "$293.46"]);
  });

  test("the resource table filters while typing, every word must match", async () => {
    await page.fill("#resource-filter", "compute europe");
    expect(await column(1)).toEqual(expect.arrayContaining(["google_container_node_pool.general", "google_compute_instance.trainer", `google_compute_instance.${XSS}`]));
    expect(await column(1)).toHaveLength(3);
    await page.locator("#resource-filter").pressSequentially(" trainer");
    expect(await column(1)).toEqual(["google_compute_instance.trainer"]);
    expect(await page.textContent("#resource-count")).toBe("1 of 5 resources · expected $160.60 ($0.00 – $803.00)");
    await page.fill("#resource-filter", "onerror=alert(4)");
    expect(await column(1)).toEqual(["google_storage_bucket.<img src=x onerror=alert(4)>"]);
    await page.fill("#resource-filter", "");
    expect(await column(1)).toHaveLength(5);
  });

  test("a resource links into its stack's drill-down, which opens", async () => {
    expect(await page.$eval("#stack-1", isOpen)).toBe(false);
    await page.click('#resource-table a:has-text("google_compute_instance.trainer")');
    expect(await page.$eval("#stack-1", isOpen)).toBe(true);
    expect(await page.textContent("#stack-1")).toContain("Instance usage (spot, a2-highgpu-1g)");
  });

  test("hostile strings show as text, and nothing runs", async () => {
    const body = await page.innerText("body");
    expect(body).toContain(`google_compute_instance.${XSS}`);
    expect(body).toContain("<svg onload=alert(5)> has no price");
    expect(body).toContain(`over budget <!-- ${XSS}`);
    expect(await page.$$eval("script", (s) => s.length)).toBe(3);
    expect(await page.$$eval("img, svg, iframe, object, embed", (s) => s.length)).toBe(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });

  test("a filter that matches nothing says so", async () => {
    expect(await page.isVisible("#resource-none")).toBe(false);
    await page.fill("#resource-filter", "no-such-resource-anywhere");
    expect(await column(1)).toEqual([]);
    expect(await page.isVisible("#resource-none")).toBe(true);
    expect(await page.textContent("#resource-none")).toBe("No resource matches the filter.");
    await page.fill("#resource-filter", "trainer");
    expect(await page.isVisible("#resource-none")).toBe(false);
    await page.fill("#resource-filter", "");
  });

  test.each([[390, 844], [1400, 900]])("at %i px wide the page does not scroll sideways and the headline total is in view", async (width, height) => {
    await page.setViewportSize({ width, height });
    await page.goto(pageUrl, { waitUntil: "load" });
    const layout = await page.evaluate(() => {
      const w = globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number }; getElementById(id: string): { getBoundingClientRect(): { left: number; right: number; top: number; bottom: number } } }; innerWidth: number; innerHeight: number };
      const total = w.document.getElementById("total").getBoundingClientRect();
      return { scrollWidth: w.document.documentElement.scrollWidth, viewport: w.innerWidth, height: w.innerHeight, total: { left: total.left, right: total.right, top: total.top, bottom: total.bottom } };
    });
    await page.screenshot({ path: path.join(artifacts, `cost-report-${width}.png`), fullPage: true });
    expect(layout.viewport).toBe(width);
    expect(layout.scrollWidth).toBeLessThanOrEqual(width);
    expect(layout.total.left).toBeGreaterThanOrEqual(0);
    expect(layout.total.right).toBeLessThanOrEqual(width);
    expect(layout.total.top).toBeGreaterThanOrEqual(0);
    expect(layout.total.bottom).toBeLessThanOrEqual(layout.height);
    expect(await page.textContent("#total")).toBe("$760.53");
  });

  test("long labels in the charts are shortened from the middle, keeping both ends", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(pageUrl, { waitUntil: "load" });
    const ticks = await page.evaluate(() => {
      const chart = (globalThis as unknown as { costkit: { charts: Record<string, { scales: { y: { ticks: { label: string }[] } } }> } }).costkit.charts.resources;
      return chart.scales.y.ticks.map((t) => t.label);
    });
    const long = ticks.find((t) => t.includes("…"));
    expect(long).toBeDefined();
    expect(long!.startsWith("google_")).toBe(true);
    expect(long!.endsWith("…")).toBe(false);
  });

  test("no request leaves the page", async () => {
    await page.screenshot({ path: path.join(artifacts, "cost-report.png"), fullPage: true });
    expect([...new Set(requests)]).toEqual([pageUrl]); // the page itself, loaded once per viewport size
    expect(aborted).toEqual([]);
    expect(await page.evaluate(() => (globalThis as unknown as PageWindow).cspViolations)).toEqual([]);
  });
});
