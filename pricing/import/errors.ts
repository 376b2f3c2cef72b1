import { InputError } from "../errors";

/**
 * User-facing errors of `costkit prices import` (bad offer files, SKU lists and mappings). Each says what went wrong,
 * the value seen, what is allowed, how to fix it, and where (file, path inside it).
 */
export const importErrors = {
  notAwsOffer: (file: string, detail: string) =>
    new InputError(
      `${file} is not an AWS Price List offer file: ${detail}. Pass a bulk offer file (offers/v1.0/aws/<offerCode>/current[/<region>]/index.json, with "products" and "terms") or the output of \`aws pricing get-products\` (with "PriceList").`,
      file,
    ),
  notGcpSkus: (file: string, detail: string) =>
    new InputError(
      `${file} is not a Cloud Billing Catalog SKU list: ${detail}. Pass the response of services.skus.list (\`GET https://cloudbilling.googleapis.com/v1/services/<id>/skus\`, with "skus"), a list of such pages, or a list of SKUs.`,
      file,
    ),
  badMapping: (file: string, where: string, detail: string) =>
    new InputError(`mapping ${file} is invalid at ${where}: ${detail}`, file, where),
  mappingForOtherSource: (file: string, seen: string, wanted: string) =>
    new InputError(`mapping ${file} is for "--from ${seen}", but the import is "--from ${wanted}"; pass the mapping written for ${wanted}.`, file, "from"),
  nothingImported: (files: readonly string[], skus: number, mapping: string, detail: string) =>
    new InputError(
      `no SKU of ${files.join(", ")} (${skus} read) gave a price with the mapping ${mapping}, so there is no price book to write.${detail} Check --from, or extend the mapping (--mapping FILE).`,
      files[0],
    ),
};
