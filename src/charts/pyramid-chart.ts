/**
 * The customer pyramid: four stacked trapezoids, VIP at the top. The shape is fixed (a pyramid whatever
 * the counts, since tiers are ranks of money, not sizes to compare by width); each level is labelled with
 * its customers and its share of revenue, which is where the 80/20 story is.
 */
import { renderChart, type ChartSize } from "./render-chart.ts";

export type PyramidBand = { label: string; customers: number; revenue: number; share: number };

/** A PNG of the pyramid; `bands` top (VIP) first. */
export function renderPyramidChart(options: {
  title: string;
  subtitle?: string;
  bands: PyramidBand[];
  /** one level's label, e.g. ({label, customers, share}) => `VIP 3位 · 52%` */
  formatBand?: (band: PyramidBand) => string;
  size?: Partial<ChartSize>;
}): Promise<Buffer> {
  const { title, subtitle, bands } = options;
  const formatBand =
    options.formatBand ?? ((b: PyramidBand) => `${b.label}  ${b.customers} · ${Math.round(b.share * 100)}%`);
  return renderChart({
    size: options.size,
    option: {
      title: { text: title, subtext: subtitle, left: "center" },
      series: [
        {
          type: "funnel",
          // Widths by position, not value: level i of n is (i+1)/n of the base. Ascending draws the
          // narrowest piece as the apex, which is the pyramid.
          sort: "ascending",
          min: 0,
          max: bands.length,
          minSize: "0%",
          maxSize: "100%",
          top: subtitle ? 80 : 60,
          bottom: 20,
          // The pyramid on the left, each level's figures to its right: the apex is too narrow to hold text.
          left: "4%",
          width: "52%",
          gap: 3,
          data: bands.map((band, i) => ({ name: band.label, value: i + 1 })),
          label: {
            show: true,
            position: "right",
            color: "#1f2d3d",
            fontSize: 14,
            formatter: (p) => formatBand(bands[p.dataIndex]!),
          },
          labelLine: { show: true, length: 16, lineStyle: { color: "#9aa5b1" } },
          itemStyle: { borderColor: "#ffffff", borderWidth: 1 },
        },
      ],
    },
  });
}
