/** How points are earned, as the venue file says (`loyalty` section). */
export type LoyaltyRule = { pointsPerYuan: number; pointsPerStay: number; pointsPerMeal: number };

/** The ledger lines one completed booking earns: for the money spent, and for the stay or meal itself. */
export function pointsForBooking(options: { rule: LoyaltyRule; kind: "room" | "table"; spend: number | undefined }): { points: number; reason: string }[] {
  const { rule, kind, spend } = options;
  const lines: { points: number; reason: string }[] = [];
  // Whole points only, rounded down: 0.5 points per yuan on ¥99 is 49, never a fraction on the ledger.
  const forSpend = Math.floor((spend ?? 0) * rule.pointsPerYuan);
  if (forSpend > 0) lines.push({ points: forSpend, reason: "spend" });
  const perVisit = kind === "room" ? rule.pointsPerStay : rule.pointsPerMeal;
  if (perVisit > 0) lines.push({ points: perVisit, reason: kind === "room" ? "stay" : "meal" });
  return lines;
}
