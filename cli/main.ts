import { InputError } from "../pricing/errors";
import { COSTKIT_VERSION } from "../pricing/version";
import { CHECK_HELP, runCheck } from "./check";
import { DIFF_HELP, runDiff } from "./diff";
import { ESTIMATE_HELP, runEstimate } from "./estimate";
import { Io, processIo } from "./io";
import { PRICES_HELP, runPrices } from "./prices";
import { RECOMMEND_HELP, runRecommend } from "./recommend";
import { runScenariosCommand, SCENARIOS_HELP } from "./scenarios";
import { safeTerminalText } from "../report/safe-text";

const HELP = `costkit ${COSTKIT_VERSION}: prices infrastructure as code before it ships, and holds it to budgets.

Usage: costkit <command> [options]

Commands:
  estimate <path>     price a cdktf.out folder, a stack folder, a Terraform module (*.tf, *.tf.json) or a plan JSON
  diff <base> <head>  compare two cdktf.out folders or reports: the cost change, as a table, a PR comment or JSON
  prices import|diff  write a price book from AWS offer files or GCP SKU lists; compare two price books
  check <path>        hold a cdktf.out folder, Terraform or reports to the budgets and the FinOps guardrails
  recommend <path>    changes that lower the bill (commitments, Spot, storage classes, the CDN split), each priced
  scenarios           synthesize the app once per what-if scenario (scenarios/*.yaml) and compare their costs

Run \`costkit <command> --help\` for a command's options; every command is described in docs/cli.md.
Exit codes: 0 ok; 1 a policy error or a threshold exceeded; 2 bad input or bad arguments; 70 an internal error of
costkit (a defect: please report it with the command and its input).
`;

const COMMANDS: Record<string, { run: (argv: readonly string[], io: Io) => number | Promise<number>; help: string }> = {
  estimate: { run: runEstimate, help: ESTIMATE_HELP },
  diff: { run: runDiff, help: DIFF_HELP },
  prices: { run: runPrices, help: PRICES_HELP },
  check: { run: runCheck, help: CHECK_HELP },
  recommend: { run: runRecommend, help: RECOMMEND_HELP },
  scenarios: { run: runScenariosCommand, help: SCENARIOS_HELP },
};

/** Runs the CLI; resolves to the exit code. Bad input is reported on stderr with exit code 2. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    io.out(HELP);
    return command === undefined ? 2 : 0;
  }
  if (command === "--version") {
    io.out(`${COSTKIT_VERSION}\n`);
    return 0;
  }
  const cmd = Object.prototype.hasOwnProperty.call(COMMANDS, command) ? COMMANDS[command] : undefined; // not "constructor"
  if (!cmd) {
    io.err(`costkit: unknown command "${safeTerminalText(command)}". Commands: ${Object.keys(COMMANDS).join(", ")}. See \`costkit --help\`.\n`);
    return 2;
  }
  try {
    return await cmd.run(rest, io);
  } catch (e) {
    if (e instanceof InputError) {
      // Messages quote the input (file names, keys, values): its control characters are shown, not obeyed.
      io.err(`costkit ${command}: error: ${e.message.split("\n").map(safeTerminalText).join("\n")}\n`);
      return e.exitCode;
    }
    throw e;
  }
}
