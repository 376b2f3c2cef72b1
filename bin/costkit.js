#!/usr/bin/env node
"use strict";
// Entry point of the `costkit` command. Runs the compiled CLI from dist/ (shipped in the package; `npm run build` in a
// checkout); in a checkout without dist/ it falls back to the TypeScript sources through ts-node (transpile only).
const path = require("path");
const fs = require("fs");
const compiled = path.join(__dirname, "..", "dist", "cli", "main.js");
let cli;
if (fs.existsSync(compiled) && !process.env.COSTKIT_FROM_SOURCE) {
  cli = require(compiled);
} else {
  require("ts-node").register({ transpileOnly: true, project: path.join(__dirname, "..", "tsconfig.json") });
  cli = require(path.join(__dirname, "..", "cli", "main.ts"));
}
// A reader that stops early (`costkit diff … | head`) closes the pipe: that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
}
// Exit codes 0, 1 and 2 are documented; anything costkit did not foresee is a defect of costkit: exit 70 (EX_SOFTWARE),
// so that CI never reads a crash as exit 1, a threshold exceeded. The stack trace is shown with COSTKIT_DEBUG=1.
const INTERNAL_ERROR = 70;
const crashed = (e) => {
  const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  process.stderr.write(`costkit: internal error (a defect of costkit; please report it with the command and its input): ${what}\n`);
  if (process.env.COSTKIT_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
  process.exitCode = INTERNAL_ERROR;
};
process.on("uncaughtException", crashed);
cli.main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, crashed);
