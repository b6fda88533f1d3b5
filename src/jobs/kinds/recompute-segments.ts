/** Nightly: the customer pyramid and RFM scores, recomputed so tiers (and the at-risk windows) stay current. */
import { recomputeSegments as recompute } from "../../domain/segment/recompute-segments.ts";
import type { JobHandler } from "../types.ts";

export const recomputeSegments: JobHandler = async (ctx) => {
  const { customers } = await recompute({ db: ctx.db, now: ctx.now });
  ctx.log.info("segments recomputed", { customers });
};
