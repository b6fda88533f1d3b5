/** Won revenue per week as a line over bars of the same figure: the shape of the trend at a glance. */
import { renderChart, type ChartSize } from "./render-chart.ts";

export type TrendPoint = { label: string; amount: number; count: number };

/** A PNG of won revenue per week, oldest week on the left. */
export function renderWonTrendChart(options: {
  title: string;
  subtitle?: string;
  weeks: TrendPoint[];
  formatAmount?: (amount: number) => string;
  size?: Partial<ChartSize>;
}): Promise<Buffer> {
  const { title, subtitle, weeks } = options;
  const formatAmount = options.formatAmount ?? ((n: number) => Math.round(n).toLocaleString("en-US"));
  return renderChart({
    size: options.size,
    option: {
      title: { text: title, subtext: subtitle, left: "center" },
      grid: { left: 80, right: 30, top: subtitle ? 95 : 70, bottom: 40 },
      xAxis: { type: "category", data: weeks.map((w) => w.label), axisTick: { alignWithLabel: true } },
      yAxis: { type: "value", axisLabel: { formatter: (n: number) => formatAmount(n) } },
      series: [
        { type: "bar", barMaxWidth: 36, data: weeks.map((w) => w.amount), itemStyle: { opacity: 0.35 } },
        {
          type: "line",
          data: weeks.map((w) => w.amount),
          symbolSize: 6,
          lineStyle: { width: 2 },
          label: { show: weeks.length <= 8, position: "top", formatter: (p) => formatAmount(Number(p.value)) },
        },
      ],
    },
  });
}
