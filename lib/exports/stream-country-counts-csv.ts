import "server-only";
import type { Readable } from "node:stream";
import { getSignaturesByCountry } from "../dashboard/get-signatures-by-country";
import type { Db } from "../db";
import { countryName } from "../i18n/countries";
import { csvWriter } from "./csv-export";

export const COUNTRY_COUNTS_COLUMNS = ["country_code", "country_name", "confirmed"];

/** Confirmed signatures per country as CSV (at most ~250 rows, no personal data), largest first. */
export async function streamCountryCountsCsv({ db, campaignId }: { db: Db; campaignId: string }): Promise<Readable> {
  const counts = await getSignaturesByCountry({ db, campaignId });
  const csv = csvWriter(COUNTRY_COUNTS_COLUMNS);
  for (const { country, confirmed } of counts) csv.write([country, countryName(country, "en"), confirmed]);
  csv.end();
  return csv;
}
