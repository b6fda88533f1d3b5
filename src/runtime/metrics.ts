/** A few counters and histograms, exposed in Prometheus' text format at GET /metrics. */

type Labels = Record<string, string>;
const key = (labels: Labels) => Object.entries(labels).sort().map(([k, v]) => `${k}="${v.replace(/["\\\n]/g, "_")}"`).join(",");

const BUCKETS_MS = [5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000];

export class Metrics {
  private readonly counters = new Map<string, Map<string, number>>();
  private readonly histograms = new Map<string, Map<string, { buckets: number[]; sum: number; count: number }>>();
  private readonly help = new Map<string, string>();
  private readonly collectors: (() => { name: string; help: string; labels: Labels; value: number }[])[] = [];

  /** Adds figures read at scrape time from elsewhere (e.g. the parser's own counters). */
  collect(collector: () => { name: string; help: string; labels: Labels; value: number }[]): void {
    this.collectors.push(collector);
  }

  count(name: string, labels: Labels = {}, by = 1, help?: string): void {
    if (help) this.help.set(name, help);
    const series = this.counters.get(name) ?? new Map<string, number>();
    this.counters.set(name, series);
    series.set(key(labels), (series.get(key(labels)) ?? 0) + by);
  }

  observeMs(name: string, ms: number, labels: Labels = {}, help?: string): void {
    if (help) this.help.set(name, help);
    const series = this.histograms.get(name) ?? new Map();
    this.histograms.set(name, series);
    const entry = series.get(key(labels)) ?? { buckets: BUCKETS_MS.map(() => 0), sum: 0, count: 0 };
    BUCKETS_MS.forEach((bound, i) => {
      if (ms <= bound) entry.buckets[i]!++;
    });
    entry.sum += ms;
    entry.count++;
    series.set(key(labels), entry);
  }

  /** The value of one counter series (tests and doctor read it). */
  value(name: string, labels: Labels = {}): number {
    return this.counters.get(name)?.get(key(labels)) ?? 0;
  }

  render(): string {
    const lines: string[] = [];
    for (const collector of this.collectors) {
      const samples = collector();
      for (const name of new Set(samples.map((sample) => sample.name))) {
        lines.push(`# HELP ${name} ${samples.find((x) => x.name === name)!.help}`, `# TYPE ${name} counter`);
        for (const sample of samples.filter((x) => x.name === name)) lines.push(`${name}{${key(sample.labels)}} ${sample.value}`);
      }
    }
    for (const [name, series] of this.counters) {
      lines.push(`# HELP ${name} ${this.help.get(name) ?? name}`, `# TYPE ${name} counter`);
      for (const [labels, value] of series) lines.push(`${name}${labels ? `{${labels}}` : ""} ${value}`);
    }
    for (const [name, series] of this.histograms) {
      lines.push(`# HELP ${name} ${this.help.get(name) ?? name}`, `# TYPE ${name} histogram`);
      for (const [labels, entry] of series) {
        const sep = labels ? `${labels},` : "";
        BUCKETS_MS.forEach((bound, i) => lines.push(`${name}_bucket{${sep}le="${bound}"} ${entry.buckets[i]}`));
        lines.push(`${name}_bucket{${sep}le="+Inf"} ${entry.count}`, `${name}_sum${labels ? `{${labels}}` : ""} ${entry.sum}`, `${name}_count${labels ? `{${labels}}` : ""} ${entry.count}`);
      }
    }
    return lines.join("\n") + "\n";
  }
}
