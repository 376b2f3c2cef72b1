import * as fs from "fs";
import * as path from "path";

/**
 * Writes a file atomically: the text goes to a temporary file in the same folder, which then replaces the target by a
 * rename. A reader (or a crash, or Ctrl-C mid-write) sees the previous file whole or the new one whole, never a
 * truncated one. Creates the folder. Errors are the file system's (callers turn them into messages).
 */
export function writeFileAtomic(file: string, text: string): void {
  const dir = path.dirname(path.resolve(file));
  fs.mkdirSync(dir, { recursive: true });
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
    throw Object.assign(new Error(`EISDIR: illegal operation on a directory, open '${file}'`), { code: "EISDIR" });
  }
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  try {
    fs.writeFileSync(tmp, text);
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}
