import { ConstructError } from "../../constructs/errors";

/** The ConstructError a construct throws (fails the test if it throws nothing, or another error). */
export function constructErrorOf(build: () => unknown): ConstructError {
  try {
    build();
  } catch (e) {
    if (e instanceof ConstructError) return e;
    throw e;
  }
  throw new Error("expected a ConstructError; nothing was thrown");
}

/**
 * Asserts that building throws one ConstructError for invalid props at `path`, listing the problems of exactly `props`
 * (in order), each message naming its prop; returns the error for more checks (values, fixes).
 */
export function expectInvalidProps(build: () => unknown, path: string, props: readonly string[]): ConstructError {
  const e = constructErrorOf(build);
  expect(e.path).toBe(path);
  expect(e.problems.map((p) => p.prop)).toEqual(props);
  const [heading, ...lines] = e.message.split("\n  - ");
  expect(heading).toBe(`${e.construct} at ${path} has invalid props:`);
  expect(lines).toEqual(e.problems.map((p) => p.message));
  for (const p of e.problems) expect(p.message).toContain(p.prop.split(".").pop()!.replace(/\[.*$/, ""));
  return e;
}
