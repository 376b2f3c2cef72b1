/**
 * The slow end-to-end tests (`npm run test:e2e`), apart from `npm test`: the package as a user gets it (npm pack, installed
 * into a fresh cdktf app, synthesized with the cdktf CLI).
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/e2e"],
  testMatch: ["**/*.e2e.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { diagnostics: false }] },
  moduleFileExtensions: ["ts", "js", "json"],
  testTimeout: 600000,
  maxWorkers: 1,
};
