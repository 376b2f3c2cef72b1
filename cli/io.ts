import * as fs from "fs";
import * as path from "path";
import { InputError } from "../pricing/errors";
import { writeFileAtomic } from "../pricing/write-atomic";

/** Where a command writes; injectable so tests run commands in-process. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Whether stdout is a terminal that supports colour. */
  readonly color: boolean;
  /** Whether stderr is a terminal: long steps then show their progress there. @default false */
  readonly errIsTerminal?: boolean;
}

/** Where a command shows the progress of a long step: stderr when it is a terminal, nowhere otherwise. */
export const progressStream = (io: Io) => ({ isTTY: io.errIsTerminal === true, write: (t: string) => io.err(t) });

export const processIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  color: !!process.stdout.isTTY && process.env.NO_COLOR === undefined && process.env.TERM !== "dumb",
  errIsTerminal: !!process.stderr.isTTY && process.env.TERM !== "dumb",
};

/**
 * Writes an output file (`--out`, `--report`), creating its folder; a path that cannot be written is bad input (exit
 * 2) naming the option and the reason, not a crash.
 */
export function writeOutputFile(file: string, text: string, option = "--out"): void {
  if (file === "") throw new InputError(`${option} needs a file name.`);
  try {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    writeFileAtomic(file, text); // a kill mid-write leaves the previous file whole
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why = err.code === "EISDIR" ? "it is a folder" : err.code === "ENOENT" || err.code === "ENOTDIR" || err.code === "EEXIST" ? "its folder cannot be created (a file is in the way)" : err.code === "EACCES" || err.code === "EPERM" || err.code === "EROFS" ? "permission denied" : err.message;
    throw new InputError(`cannot write ${option} ${file}: ${why}. Give a writable file path.`, file);
  }
}
