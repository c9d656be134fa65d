// CSV as spreadsheets read it (RFC 4180), safe to open: a cell that a spreadsheet would run as a
// formula (starting with = + - @, or a tab/carriage return that some apps skip before one) gets a
// leading apostrophe, so a note like "=HYPERLINK(…)" stays text.

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows joined with CRLF, with a BOM so Excel reads the file as UTF-8 (en dashes, accents). */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
