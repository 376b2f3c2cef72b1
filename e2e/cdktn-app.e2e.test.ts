/**
 * costkit as a user gets it, in a fresh CDK Terrain app (examples/cdktn-app, written as `cdktn init --template
 * typescript` writes one, with @cdktn/provider-aws), synthesized with `cdktn synth`: the same reports and exit codes as
 * in the cdktf app (the checks are in app-suite.ts). The app installs cdktn 0.24.0, cdktn-cli 0.24.0 and
 * @cdktn/provider-aws 25.7.0 from the npm registry (this repository does not depend on the last two), and not cdktf.
 *
 * cdktn-cli 0.24 needs Node 22.19 or later (its `engines`; on Node 20 it crashes at start-up). Where the test runs on an
 * older Node, the app gets Node 22 from the npm registry's `node` package, first on the PATH of the synth, so that the
 * CLI and the app it starts both run on it.
 */
import * as fs from "fs";
import * as path from "path";
import { appSuite, expectExit, ROOT, run } from "./app-suite";

const CLI_NODE = { minimum: [22, 19], install: "22.23.3" } as const;
const [major, minor] = process.versions.node.split(".").map(Number);
const olderNode = major < CLI_NODE.minimum[0] || (major === CLI_NODE.minimum[0] && minor < CLI_NODE.minimum[1]);

appSuite({
  title: "a fresh CDK Terrain (cdktn) app",
  template: path.join(ROOT, "examples", "cdktn-app"),
  synth: (app) => [path.join(app, "node_modules", ".bin", "cdktn"), ["synth"]],
  cliTracesErrors: true,
  setup: (app) => {
    if (olderNode) expectExit(run("npm", ["install", "--no-save", "--no-audit", "--no-fund", "--loglevel=error", `node@${CLI_NODE.install}`], app), 0);
  },
  env: (app): Record<string, string> => (olderNode ? { PATH: `${path.join(app, "node_modules", ".bin")}${path.delimiter}${process.env.PATH ?? ""}` } : {}),
  extra: (app) => {
    test("the app has cdktn, cdktn-cli and @cdktn/provider-aws at the pinned versions, and no cdktf", () => {
      const version = (name: string) => JSON.parse(fs.readFileSync(path.join(app(), "node_modules", name, "package.json"), "utf8")).version;
      expect([version("cdktn"), version("cdktn-cli"), version("@cdktn/provider-aws")]).toEqual(["0.24.0", "0.24.0", "25.7.0"]);
      expect(fs.existsSync(path.join(app(), "node_modules", "cdktf"))).toBe(false);
      const ls = run("npm", ["ls", "cdktf", "--all", "--parseable"], app());
      expect(ls.stdout.trim()).toBe("");
      expectExit(run("node", ["-e", "require.resolve('cdktf')"], app()), 1);
    });
  },
});
