/**
 * ECharts drawn on a Skia canvas (@napi-rs/canvas) into a PNG, in process. Chosen because both install
 * from npm with nothing downloaded afterwards (the canvas binary is an npm optional dependency), and the
 * canvas reads the WOFF2 Chinese font; the SVG route through resvg could not (see the team's chart note).
 */
import { createCanvas } from "@napi-rs/canvas";
import type { EChartsOption } from "echarts";
import { CHART_FONT_FAMILY, registerChartFonts } from "./chart-fonts.ts";

export type ChartSize = { width: number; height: number };
export const DEFAULT_CHART_SIZE: ChartSize = { width: 640, height: 400 };

/** Colours shared by every chart, so a manager sees one visual language. */
export const CHART_COLORS = ["#3b6fd8", "#5b9bd5", "#8fbce6", "#c6dcf2", "#f0a04b"] as const;

type EChartsModule = typeof import("echarts");
let echartsLoaded: Promise<EChartsModule> | undefined;

/** ECharts is a megabyte of JavaScript: load it on the first chart, not when the bot starts. */
function loadECharts(): Promise<EChartsModule> {
  echartsLoaded ??= import("echarts").then((echarts) => {
    // ECharts measures text on a scratch canvas of its own; give it a Skia one.
    echarts.setPlatformAPI({ createCanvas: () => createCanvas(32, 32) as never });
    return echarts;
  });
  return echartsLoaded;
}

/** Renders one ECharts option (animation off, white background, the Chinese font) to a PNG. */
export async function renderChart(options: { option: EChartsOption; size?: Partial<ChartSize> }): Promise<Buffer> {
  registerChartFonts();
  const echarts = await loadECharts();
  const { width, height } = { ...DEFAULT_CHART_SIZE, ...options.size };
  const canvas = createCanvas(width, height);
  const chart = echarts.init(canvas as never, null, { width, height });
  try {
    chart.setOption({
      animation: false,
      backgroundColor: "#ffffff",
      color: [...CHART_COLORS],
      textStyle: { fontFamily: CHART_FONT_FAMILY },
      ...options.option,
    });
    return canvas.toBuffer("image/png");
  } finally {
    chart.dispose();
  }
}
