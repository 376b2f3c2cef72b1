#!/usr/bin/env node
"use strict";
// Entry point of the `costkit` command. Runs the compiled CLI from dist/ (built by `npm ci` / `npm run build`);
// in a checkout without dist/ it falls back to the TypeScript sources through ts-node (transpile only).
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
cli.main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
