/** The open pipeline as bars: amount per stage, with the number of deals and the amount on each bar. */
import { renderChart, type ChartSize } from "./render-chart.ts";

export type PipelineBar = { label: string; count: number; amount: number };

/** A PNG of the pipeline. `formatAmount` writes money the way the text reply does (¥12万, ¥120,000). */
export function renderPipelineChart(options: {
  title: string;
  subtitle?: string;
  stages: PipelineBar[];
  /** what a bar's label says under the amount, e.g. n => `${n}单` */
  formatCount?: (count: number) => string;
  formatAmount?: (amount: number) => string;
  size?: Partial<ChartSize>;
}): Promise<Buffer> {
  const { title, subtitle, stages } = options;
  const formatAmount = options.formatAmount ?? ((n: number) => Math.round(n).toLocaleString("en-US"));
  const formatCount = options.formatCount ?? ((n: number) => String(n));
  return renderChart({
    size: options.size,
    option: {
      title: { text: title, subtext: subtitle, left: "center" },
      grid: { left: 80, right: 30, top: subtitle ? 105 : 80, bottom: 40 },
      xAxis: { type: "category", data: stages.map((s) => s.label), axisTick: { show: false } },
      yAxis: { type: "value", axisLabel: { formatter: (n: number) => formatAmount(n) } },
      series: [
        {
          type: "bar",
          barMaxWidth: 80,
          data: stages.map((s) => ({ value: s.amount, count: s.count })),
          label: {
            show: true,
            position: "top",
            formatter: (p) => {
              const stage = stages[p.dataIndex]!;
              return `${formatCount(stage.count)}\n${formatAmount(stage.amount)}`;
            },
          },
        },
      ],
    },
  });
}
