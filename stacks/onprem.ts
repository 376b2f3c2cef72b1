/**
 * On-prem of the seed: "Bare Metal, Critical services, $1M/month" (compute, on-premise 10 %) and "Tape Archive 200PB,
 * Backup, $0.5M/month" (cold storage). Two colocation sites, one in North America and one in Europe.
 *
 * The origin fleets (NGINX, encoding) are not here: they run on GCP (see stacks/gcp-compute.ts for why).
 *
 * Server and tape-library capex have no citable public price (vendors quote them privately), so this stack declares them
 * (COMPUTE_DRIVERS.onPrem); the constructs record them in price books the stack carries, with source "declared by the
 * stack". Colocation, power and LTO cartridges come from pricing/books/onprem.json.
 */
import { TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { OnPremServers, StackCost, TapeArchive } from "../constructs";
import { Geo } from "../pricing/geo";
import { COMPUTE_DRIVERS, DRIVERS, reportDrivers } from "./drivers";

const CAPEX_SOURCE = "costkit reference estimate for a 2-socket, 32-core, 512 GiB server with two NVMe drives (no public list price; replace with a vendor quote)";
const LIBRARY_SOURCE = "costkit reference estimate for an enterprise tape library of 10,000 slots with its LTO-9 drives (no public list price; replace with a vendor quote)";

export class OnPremStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    StackCost.of(this).drivers(reportDrivers());
    const o = COMPUTE_DRIVERS.onPrem;
    for (const [geo, servers] of Object.entries(o.criticalServers) as [Geo, number][]) {
      new OnPremServers(this, `critical-${geo}`, {
        name: `critical_services_${geo.toLowerCase()}`, geo, model: "2s-32c-512g", servers,
        capexPerServerUsd: o.serverCapexUsd, capexSource: CAPEX_SOURCE, amortizationYears: o.amortizationYears,
        powerKwPerServer: o.serverPowerKw, pue: o.pue, category: "compute",
        labels: { "seed-line": "compute-bare-metal", feature: "other", team: "infrastructure" },
      });
    }
    for (const [geo, share] of Object.entries(o.tapeSites) as [Geo, number][]) {
      new TapeArchive(this, `tape-${geo}`, {
        name: `tape_archive_${geo.toLowerCase()}`, geo, storedTb: DRIVERS.storage.tapeTb * share, copies: o.tapeCopies,
        media: "lto-9", amortizationYears: o.amortizationYears, pue: o.pue,
        library: { model: "library-10k-lto9", slots: o.tapeLibrary.slots, capexUsd: o.tapeLibrary.capexUsd, capexSource: LIBRARY_SOURCE, powerKw: o.tapeLibrary.powerKw },
        labels: { "seed-line": "storage-cold-tape", feature: "other", team: "infrastructure" },
      });
    }
  }
}
