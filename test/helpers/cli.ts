import { main } from "../../cli/main";
import { Io } from "../../cli/io";

/** Runs the CLI in-process and captures its output. */
export async function runCli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: Io = { out: (t) => (out += t), err: (t) => (err += t), color: false };
  const code = await main(argv, io);
  return { code, out, err };
}
