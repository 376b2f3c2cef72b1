import * as fs from "fs";
import { errors } from "./errors";

/** The largest input file costkit reads (Terraform JSON, plans, usage, budgets, price books, reports): 256 MiB. A
 *  larger one is refused before it is read, so that memory cannot run out on it. */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;
const CHUNK = 1024 * 1024;

/**
 * The text of an input file, read with a size cap: any kind of file works (a pipe such as `<(terraform show -json
 * plan)`, a symbolic link), but one over MAX_INPUT_BYTES, or one holding NUL bytes (a binary file, /dev/zero), is bad
 * input (exit 2) after at most the cap is read, never a crash or a hang on an endless device.
 */
export function readInputText(file: string): string {
  let fd: number;
  try {
    fd = fs.openSync(file, "r");
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw errors.unreadable(file, err.code === "ENOENT" ? "no such file (or a symbolic link to a file that does not exist)" : err.message);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) throw errors.unreadable(file, "it is a folder, not a file");
    if (stat.isFile() && stat.size > MAX_INPUT_BYTES) throw errors.inputTooLarge(file, stat.size, MAX_INPUT_BYTES);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(CHUNK);
      let read: number;
      try {
        read = fs.readSync(fd, buf, 0, CHUNK, null);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "EAGAIN") continue; // a non-blocking pipe with nothing yet
        throw errors.unreadable(file, (e as Error).message);
      }
      if (read === 0) break;
      if (buf.subarray(0, read).includes(0)) throw errors.binaryInput(file);
      total += read;
      if (total > MAX_INPUT_BYTES) throw errors.inputTooLarge(file, total, MAX_INPUT_BYTES);
      chunks.push(read === CHUNK ? buf : buf.subarray(0, read));
    }
    return Buffer.concat(chunks, total).toString("utf8");
  } finally {
    fs.closeSync(fd);
  }
}
