import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { App, TerraformStack } from "cdktf";
import { ComputeDisk } from "@cdktf/provider-google/lib/compute-disk";
import { GoogleProvider } from "@cdktf/provider-google/lib/provider";
import { Costkit } from "../../constructs";
import { Progress, ProgressStream } from "../../report/progress";
import { runCli } from "../helpers/cli";
import { main } from "../../cli/main";

const CLEAR = "\r\x1b[2K";

function capture(isTTY: boolean): ProgressStream & { text: string } {
  const s = { isTTY, text: "", write: (t: string) => (s.text += t) };
  return s;
}

describe("Progress", () => {
  test("on a terminal: one line per item, rewritten in place, cleared after the last", () => {
    const stream = capture(true);
    const p = new Progress("pricing stack", 3, stream);
    expect(["edge", "ml", "storage"].map((id, i) => p.item(id, () => i * 10))).toEqual([0, 10, 20]);
    expect(stream.text).toBe(`${CLEAR}costkit: pricing stack 1/3 (edge)${CLEAR}costkit: pricing stack 2/3 (ml)${CLEAR}costkit: pricing stack 3/3 (storage)${CLEAR}`);
  });

  test("writes nothing when the stream is not a terminal (a log, a pipe, CI)", () => {
    const stream = capture(false);
    const p = new Progress("pricing stack", 3, stream);
    for (const id of ["a", "b", "c"]) p.item(id, () => undefined);
    expect(stream.text).toBe("");
  });

  test("writes nothing for a single item, which is no long step", () => {
    const stream = capture(true);
    new Progress("pricing stack", 1, stream).item("solo", () => undefined);
    expect(stream.text).toBe("");
  });

  test("clears the line when an item's work throws, and lets the error through", () => {
    const stream = capture(true);
    const p = new Progress("pricing stack", 3, stream);
    expect(() => p.item("bad", () => { throw new Error("boom"); })).toThrow("boom");
    expect(stream.text.endsWith(CLEAR)).toBe(true);
  });
});

/** A cdktf.out folder of two stacks of one disk each. */
function synthesizedFolder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "costkit-progress-"));
  for (const [stack, size] of [["alpha", 10], ["beta", 20]] as const) {
    fs.mkdirSync(path.join(dir, "stacks", stack), { recursive: true });
    fs.writeFileSync(path.join(dir, "stacks", stack, "cdk.tf.json"), JSON.stringify({
      provider: { google: [{ project: "p", region: "europe-west1" }] },
      resource: { google_compute_disk: { d: { name: "d", type: "pd-ssd", size, zone: "europe-west1-b" } } },
    }));
  }
  return dir;
}

describe("costkit estimate of a folder of stacks", () => {
  const dir = synthesizedFolder();

  test("shows which stack it prices on stderr when stderr is a terminal", async () => {
    let err = "";
    let out = "";
    const code = await main(["estimate", dir, "--format", "json"], { out: (t) => (out += t), err: (t) => (err += t), color: false, errIsTerminal: true });
    expect(code).toBe(0);
    expect(err).toBe(`${CLEAR}costkit: pricing stack 1/2 (alpha)${CLEAR}costkit: pricing stack 2/2 (beta)${CLEAR}`);
    expect(JSON.parse(out).reports).toHaveLength(2); // stdout is untouched
  });

  test("writes nothing on stderr when it is not a terminal", async () => {
    const { code, err } = await runCli(["estimate", dir, "--format", "json"]);
    expect(code).toBe(0);
    expect(err).toBe("");
  });
});

describe("synth of an app of several stacks", () => {
  function synth(isTTY: boolean): string {
    const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), "costkit-progress-synth-")), stackTraces: false });
    for (const id of ["alpha", "beta"]) {
      const stack = new TerraformStack(app, id);
      new GoogleProvider(stack, "google", { project: "p", region: "europe-west1" });
      new ComputeDisk(stack, "disk", { name: "d", type: "pd-ssd", size: 10, zone: "europe-west1-b" });
    }
    const had = Object.getOwnPropertyDescriptor(process.stderr, "isTTY");
    Object.defineProperty(process.stderr, "isTTY", { value: isTTY, configurable: true });
    let err = "";
    const write = jest.spyOn(process.stderr, "write").mockImplementation((t: string | Uint8Array) => ((err += String(t)), true));
    try {
      Costkit.enable(app, { consoleSummary: false });
      app.synth();
    } finally {
      write.mockRestore();
      if (had) Object.defineProperty(process.stderr, "isTTY", had);
      else delete (process.stderr as { isTTY?: boolean }).isTTY;
    }
    return err;
  }

  test("shows the stack being priced on a terminal's stderr", () => {
    expect(synth(true)).toBe(`${CLEAR}costkit: pricing stack 1/2 (alpha)${CLEAR}costkit: pricing stack 2/2 (beta)${CLEAR}`);
  });

  test("writes nothing on stderr when it is not a terminal", () => {
    expect(synth(false)).toBe("");
  });
});
