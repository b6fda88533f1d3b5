/** Percentiles and timing helpers: every figure of the bench goes through these. */

/** The p-th percentile (0–100) of `values`, nearest rank; undefined for no values. */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export type Distribution = { n: number; p50?: number; p99?: number; max?: number; mean?: number };

export function distribution(values: readonly number[]): Distribution {
  if (values.length === 0) return { n: 0 };
  return {
    n: values.length,
    p50: round(percentile(values, 50)!),
    p99: round(percentile(values, 99)!),
    max: round(Math.max(...values)),
    mean: round(values.reduce((s, v) => s + v, 0) / values.length),
  };
}

/** Runs `work` `times` times in a row and returns each run's milliseconds. */
export async function timeEach(times: number, work: (i: number) => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await work(i);
    out.push(performance.now() - started);
  }
  return out;
}

export async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

/** Three significant figures at most, two decimals under 10: enough for a table, short in JSON. */
export function round(n: number): number {
  if (!Number.isFinite(n) || n === 0) return n;
  if (Math.abs(n) < 0.01) return Number(n.toPrecision(2));
  if (Math.abs(n) >= 100) return Math.round(n);
  if (Math.abs(n) >= 10) return Math.round(n * 10) / 10;
  return Math.round(n * 100) / 100;
}
