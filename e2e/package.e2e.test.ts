/**
 * costkit as a user gets it, in a fresh cdktf TypeScript app (the template under examples/cdktf-app), synthesized with
 * `cdktf synth` (this repository's cdktf CLI). The app installs cdktf, constructs, @cdktf/provider-aws, ts-node and
 * typescript at the versions this repository pins, preferring npm's cache (no network needed after this repository's
 * own `npm ci`). The checks are in app-suite.ts, shared with the CDK Terrain app.
 */
import * as path from "path";
import { appSuite, ROOT } from "./app-suite";

const CDKTF_CLI = path.join(ROOT, "node_modules", "cdktf-cli", "bundle", "bin", "cdktf");

appSuite({
  title: "a fresh cdktf app",
  template: path.join(ROOT, "examples", "cdktf-app"),
  synth: () => ["node", [CDKTF_CLI, "synth"]],
});
