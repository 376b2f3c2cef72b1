import { Unpriceable } from "../../errors";
import { money } from "../../money";
import { Pricer } from "../../pricer";
import { amortizedUnits, amountOf, lifeOf, modelOf, onPremGeo, yearsText } from "../common/onprem-common";
import { ownValue } from "../../own";

/** LTO generations costkit prices, with their native (uncompressed) cartridge capacity in TB (LTO Program, https://www.lto.org/). */
export const TAPE_MEDIA: Readonly<Record<string, { label: string; nativeTb: number }>> = {
  "lto-9": { label: "LTO-9", nativeTb: 18 },
  "lto-10": { label: "LTO-10", nativeTb: 30 },
};

/**
 * `costkit_onprem_tape`: a tape archive, priced as capital expense spread straight-line over its life.
 *
 * Attributes: `geo`, `storedTb` (data archived, TB), `copies` (default 1), `media` (`lto-9` or `lto-10`),
 * `amortizationYears`, `libraries` (how many libraries with their drives) and `libraryModel` (a slug), `labels`.
 *
 * - **Tape cartridges (<media>, straight-line over N years)**: ⌈storedTb × copies ÷ native TB per cartridge⌉
 *   cartridges (no compression assumed), ÷ (12 × N) a month, at `on-prem/tape/<media>-cartridge`.
 * - **Tape libraries and drives (<libraryModel>, straight-line over N years)**: `libraries ÷ (12 × N)` a month at
 *   `on-prem/tape-library/<libraryModel>`, the price of one library with its drives. No public list price exists, so
 *   the price comes from the stack (the TapeArchive construct declares it).
 *
 * The library's rack space and power are a separate `costkit_onprem_colocation` item. Category `storage`.
 */
export const onpremTape: Pricer = {
  type: "costkit_onprem_tape",
  provider: "on-prem",
  category: "storage",
  usage: [],
  region: (r) => onPremGeo(r.attrs),
  price(r, lines) {
    const years = lifeOf(r.attrs);
    const mediaName = r.attrs.str("media") ?? "lto-9";
    const media = ownValue(TAPE_MEDIA, mediaName);
    if (!media) throw new Unpriceable(`attribute media is "${mediaName}"; costkit prices ${Object.keys(TAPE_MEDIA).join(", ")}`);
    const storedTb = amountOf(r.attrs, "storedTb");
    const copies = amountOf(r.attrs, "copies", { whole: true, min: 1, default: 1 });
    const cartridges = money(storedTb).times(copies).div(media.nativeTb).ceil();
    lines.add({
      name: `Tape cartridges (${media.label}, straight-line over ${yearsText(years)})`, unit: "cartridges",
      priceId: `on-prem/tape/${mediaName}-cartridge`, quantity: amortizedUnits(cartridges, years),
    });
    const libraries = amountOf(r.attrs, "libraries", { whole: true, default: 0 });
    if (libraries > 0) {
      const model = modelOf(r.attrs, "libraryModel");
      lines.add({
        name: `Tape libraries and drives (${model}, straight-line over ${yearsText(years)})`, unit: "libraries",
        priceId: `on-prem/tape-library/${model}`, quantity: amortizedUnits(libraries, years),
      });
    }
  },
};
