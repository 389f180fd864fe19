/** Reads one dataset CSV (RFC 4180, header row, embedded newlines) into string records. */
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";

type CsvRow = Record<string, string>;

function readCsv(path: string): CsvRow[] {
  return parse(readFileSync(path), {
    columns: true,
    skip_empty_lines: true,
    relax_column_count: false,
  }) as CsvRow[];
}

export type { CsvRow };
export { readCsv };
