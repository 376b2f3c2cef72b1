import * as fs from "fs";

/** A Chromium binary for the browser tests, and where it came from (said in failure messages). */
export interface ChromiumBinary {
  readonly executablePath: string;
  readonly source: string;
}

/** Debian's Chromium, used when the machine has it. */
const SYSTEM_CHROMIUM = "/usr/bin/chromium";

/**
 * Flags for a headless Chromium as root on a closed network: no sandbox (root), no zygote (one process tree that
 * playwright can end), and no background connections at start (update checks, sync, safe browsing), which a closed
 * network refuses many at a time. Security features (web security, site isolation) stay on: the tests check the
 * report's Content-Security-Policy.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--no-zygote",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--no-default-browser-check",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-domain-reliability",
];

/**
 * The Chromium to drive: `COSTKIT_CHROMIUM` when set, else Debian's at /usr/bin/chromium when present, else the
 * headless Chromium that the npm package `@sparticuz/chromium` (a devDependency) ships compressed and unpacks into the
 * temporary folder on first use. So `npm ci && npm test` needs no browser installed by hand.
 */
export async function findChromium(): Promise<ChromiumBinary> {
  const fromEnv = process.env.COSTKIT_CHROMIUM;
  if (fromEnv) {
    if (!fs.existsSync(fromEnv)) {
      throw new Error(`COSTKIT_CHROMIUM is ${fromEnv}, which does not exist. Point it at a Chromium or Chrome binary, or unset it to use ${SYSTEM_CHROMIUM} or the Chromium of @sparticuz/chromium.`);
    }
    return { executablePath: fromEnv, source: "COSTKIT_CHROMIUM" };
  }
  if (fs.existsSync(SYSTEM_CHROMIUM)) return { executablePath: SYSTEM_CHROMIUM, source: "the system's Chromium" };
  try {
    // Loaded only here: a machine with a system Chromium never unpacks the packaged one.
    const { default: packaged } = await import("@sparticuz/chromium");
    return { executablePath: await packaged.executablePath(), source: "@sparticuz/chromium" };
  } catch (e) {
    throw new Error(`No Chromium for the browser tests: ${SYSTEM_CHROMIUM} is absent and @sparticuz/chromium could not be unpacked (${(e as Error).message}). Run \`npm ci\` (it installs @sparticuz/chromium), or set COSTKIT_CHROMIUM to a Chromium binary.`);
  }
}
