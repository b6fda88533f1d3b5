import { describe, expect, it } from "vitest";
import { createCanvas, loadImage } from "@napi-rs/canvas";
import { renderPipelineChart } from "../../src/charts/pipeline-chart.ts";
import { renderWonTrendChart } from "../../src/charts/won-trend-chart.ts";
import { renderPyramidChart } from "../../src/charts/pyramid-chart.ts";
import { altTable } from "../../src/charts/alt-table.ts";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the PNG's IHDR chunk, which always comes first. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(png.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The RGBA pixels of a rectangle of a PNG, decoded by the same Skia that drew it. */
async function pixels(png: Buffer, area: { x: number; y: number; width: number; height: number }): Promise<Uint8ClampedArray> {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext("2d");
  context.drawImage(image, 0, 0);
  return context.getImageData(area.x, area.y, area.width, area.height).data;
}

/** Pixels noticeably darker than the white background: the ink of text. */
function inked(data: Uint8ClampedArray): number {
  let n = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i]! + data[i + 1]! + data[i + 2]! < 600) n++;
  return n;
}

const stages = [
  { label: "新建", count: 2, amount: 50_000 },
  { label: "已确认", count: 3, amount: 120_000 },
  { label: "已报价", count: 1, amount: 100_000 },
  { label: "谈判", count: 0, amount: 0 },
];
const titleArea = { x: 0, y: 0, width: 640, height: 45 };

describe("charts", () => {
  it("renders each chart as a 640×400 PNG", async () => {
    const pipeline = await renderPipelineChart({ title: "在谈商机", subtitle: "共 6 单", stages });
    const trend = await renderWonTrendChart({
      title: "近 4 周成交额",
      weeks: [
        { label: "10/26", amount: 0, count: 0 },
        { label: "11/2", amount: 20_000, count: 1 },
        { label: "11/9", amount: 0, count: 0 },
        { label: "11/16", amount: 120_000, count: 3 },
      ],
    });
    const pyramid = await renderPyramidChart({
      title: "客户分层",
      bands: [
        { label: "VIP", customers: 1, revenue: 400_000, share: 0.4 },
        { label: "重要", customers: 3, revenue: 450_000, share: 0.45 },
        { label: "普通", customers: 2, revenue: 100_000, share: 0.1 },
        { label: "小客户", customers: 10, revenue: 50_000, share: 0.05 },
      ],
    });
    for (const png of [pipeline, trend, pyramid]) {
      expect(pngSize(png)).toEqual({ width: 640, height: 400 });
      expect(png.length).toBeGreaterThan(5_000);
    }
  });

  it("takes another size", async () => {
    const png = await renderPipelineChart({ title: "Pipeline", stages, size: { width: 320, height: 200 } });
    expect(pngSize(png)).toEqual({ width: 320, height: 200 });
  });

  it("draws Chinese glyphs, not the same missing-glyph box for every character", async () => {
    // Without a CJK font every character would be drawn as one and the same box (or nothing), so two
    // titles of four different characters each would leave identical title areas.
    const draw = (title: string) => renderPipelineChart({ title, stages });
    const [sales, tiers, boxes] = await Promise.all([draw("销售漏斗"), draw("客户分层"), draw("□□□□")]);
    const [a, b, c] = await Promise.all([pixels(sales, titleArea), pixels(tiers, titleArea), pixels(boxes, titleArea)]);
    expect(inked(a)).toBeGreaterThan(150);
    expect(inked(b)).toBeGreaterThan(150);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
    expect(Buffer.from(a).equals(Buffer.from(c))).toBe(false);
    // Strokes of real characters differ in ink from the outline boxes a missing glyph would leave.
    expect(Math.abs(inked(a) - inked(c))).toBeGreaterThan(20);
    // The rest of the chart is the same picture.
    const body = { x: 0, y: 60, width: 640, height: 340 };
    const [bodyA, bodyB] = await Promise.all([pixels(sales, body), pixels(tiers, body)]);
    expect(Buffer.from(bodyA).equals(Buffer.from(bodyB))).toBe(true);
  });

  it("writes the figures as a compact text table for plain-text channels", () => {
    expect(altTable({ title: "在谈商机", header: ["阶段", "单数"], rows: [["新建", 2], ["合计", 2]] })).toBe(
      ["在谈商机", "阶段 | 单数", "新建 | 2", "合计 | 2"].join("\n"),
    );
  });
});
