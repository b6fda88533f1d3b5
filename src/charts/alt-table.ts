/**
 * A chart's text fallback: the figures as a compact table, which plain-text channels show instead of the
 * picture and screen readers read. Columns are joined with " | " rather than padded, because chat fonts
 * are proportional and Chinese characters are double width: alignment would lie anyway.
 */
export function altTable(options: { title: string; header: string[]; rows: (string | number)[][] }): string {
  const line = (cells: (string | number)[]) => cells.map(String).join(" | ");
  return [options.title, line(options.header), ...options.rows.map(line)].join("\n");
}
