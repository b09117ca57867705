import "server-only";
import { stringify, type Stringifier } from "csv-stringify";

/**
 * The CSV writer every export uses: a header row, CRLF line ends (RFC 4180), a UTF-8 byte
 * order mark so Excel reads Korean and Chinese names as UTF-8 rather than the system code
 * page, and formula injection neutralised (OWASP "CSV Injection"): a cell starting with
 * =, +, -, @, tab or carriage return (or their full-width forms) gets a leading `'`, so a
 * spreadsheet shows it as text instead of running it. Cells are strings, never numbers,
 * except counts we compute ourselves.
 */
export function csvWriter(columns: string[]): Stringifier {
  return stringify({
    header: true,
    columns,
    bom: true,
    record_delimiter: "windows",
    // csv-stringify stops quoting a lone \r or \n once the record delimiter is set: one in a
    // cell would then split its row.
    quote_record_delimiter: true,
    escape_formulas: true,
  });
}

/** Response headers for a CSV download; `fileName` is ASCII we chose (a slug), never user input unchecked. */
export function csvResponseHeaders(fileName: string): Record<string, string> {
  if (!/^[A-Za-z0-9._-]+\.csv$/.test(fileName)) throw new Error("CSV file names are ASCII letters, digits, . _ - and end in .csv");
  return {
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="${fileName}"`,
    // Personal data: no shared cache may keep a copy.
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
  };
}
