/** Why the model differs from the seed, per seed line id (scripts/calibration-lines.ts). Written after reading the output. */
export const NOTES: Readonly<Record<string, string>> = {};
