/** What the bench measured: one row per figure, beside its baseline, written as JSON and as a table. */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { round } from "./stats.ts";

export type Target = { op: "<" | ">"; value: number; met: boolean };

export type Figure = {
  section: string;
  db: "pglite" | "postgres" | "-";
  name: string;
  value: number | null;
  unit: string;
  baseline?: { name: string; value: number | null };
  /** value / baseline */
  ratio?: number | null;
  target?: Target;
  note?: string;
};

export class Report {
  readonly figures: Figure[] = [];
  readonly notes: string[] = [];

  add(figure: Omit<Figure, "ratio" | "target"> & { target?: { op: "<" | ">"; value: number } }): void {
    const value = figure.value === null ? null : round(figure.value);
    const baseline = figure.baseline ? { ...figure.baseline, value: figure.baseline.value === null ? null : round(figure.baseline.value) } : undefined;
    const ratio = value !== null && baseline?.value ? round(value / baseline.value) : baseline ? null : undefined;
    const target = figure.target
      ? { ...figure.target, met: value !== null && (figure.target.op === "<" ? value < figure.target.value : value > figure.target.value) }
      : undefined;
    const row: Figure = { ...figure, value, baseline, ratio, target };
    this.figures.push(row);
    console.log(`  ${row.section} ${row.db} ${row.name}: ${format(row.value, row.unit)}${baseline ? ` (baseline ${format(baseline.value, row.unit)}, x${ratio ?? "-"})` : ""}${row.note ? ` — ${row.note}` : ""}`);
  }

  note(text: string): void {
    this.notes.push(text);
    console.log(`  note: ${text}`);
  }

  write(path: string, meta: Record<string, unknown>): void {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, JSON.stringify({ ...meta, figures: this.figures, notes: this.notes }, null, 2) + "\n");
  }

  /** A Markdown table: readable on a terminal and pasted as is into the README. */
  table(): string {
    const header = ["section", "db", "figure", "value", "baseline", "ratio", "target"];
    const rows = this.figures.map((f) => [
      f.section,
      f.db,
      f.name,
      format(f.value, f.unit),
      f.baseline ? `${format(f.baseline.value, f.unit)} (${f.baseline.name})` : "",
      f.ratio === undefined ? "" : f.ratio === null ? "-" : `x${f.ratio}`,
      f.target ? `${f.target.op} ${format(f.target.value, f.unit)} ${f.target.met ? "met" : "MISSED"}` : "",
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => width(r[i]!))));
    const line = (cells: string[]) => `| ${cells.map((c, i) => c + " ".repeat(widths[i]! - width(c))).join(" | ")} |`;
    return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
  }
}

function format(value: number | null, unit: string): string {
  if (value === null) return "n/a";
  return `${value}${unit === "" ? "" : ` ${unit}`}`;
}

/** Display width: CJK characters take two columns. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}
