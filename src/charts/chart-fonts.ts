/**
 * The Chinese font charts draw with. The machines have no CJK system font, so without this every Chinese
 * label is an empty box. The npm package `noto-sans-sc` ships Noto Sans SC as ~100 WOFF2 subsets (one per
 * unicode range, as Google Fonts serves it); Skia picks the subset that holds each glyph when all of them
 * are registered under one family name.
 */
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { GlobalFonts } from "@napi-rs/canvas";

export const CHART_FONT_FAMILY = "Noto Sans SC";

let registered: number | undefined;

/**
 * Registers the regular weight once per process (about 40 ms) and returns how many subset files were
 * accepted. Bold text is drawn by Skia from the regular weight, which keeps start-up to one weight.
 */
export function registerChartFonts(): number {
  if (registered !== undefined) return registered;
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve("noto-sans-sc/package.json")), "noto_sans_sc_regular");
  let count = 0;
  for (const file of readdirSync(dir).sort()) {
    if (file.endsWith(".woff2") && GlobalFonts.registerFromPath(join(dir, file), CHART_FONT_FAMILY)) count++;
  }
  if (count === 0) throw new Error(`no Noto Sans SC font files could be registered from ${dir}`);
  registered = count;
  return count;
}
