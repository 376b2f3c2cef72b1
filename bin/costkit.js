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
cli.main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
