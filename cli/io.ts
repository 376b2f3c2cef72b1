/** Where a command writes; injectable so tests run commands in-process. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Whether stdout is a terminal that supports colour. */
  readonly color: boolean;
}

export const processIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  color: !!process.stdout.isTTY && process.env.NO_COLOR === undefined && process.env.TERM !== "dumb",
};
