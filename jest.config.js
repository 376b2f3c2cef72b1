/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    // Type-checking runs once in `npm test` (tsc --noEmit); jest only transpiles.
    "^.+\\.ts$": ["ts-jest", { diagnostics: false }],
  },
  moduleFileExtensions: ["ts", "js", "json"],
  testPathIgnorePatterns: ["/node_modules/", "/dist/", "/cdktf.out/"],
  clearMocks: true,
  testTimeout: 30000,
  // Jest uses cores − 1 workers by default: one on a 2-core machine, where two halve the suite (its parent mostly waits).
  maxWorkers: 2,
};
