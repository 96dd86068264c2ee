// CSV as RFC 4180 says: CRLF line ends; a field holding a comma, a double quote,
// CR or LF goes in double quotes, with its quotes doubled.

export type Cell = string | number | boolean | null | undefined;

export function csvField(value: Cell): string {
  const s = value == null ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** A header and rows as one CSV text, ending with CRLF. */
export function toCsv(header: readonly string[], rows: Iterable<readonly Cell[]>): string {
  const lines = [header.map(csvField).join(',')];
  for (const row of rows) lines.push(row.map(csvField).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
