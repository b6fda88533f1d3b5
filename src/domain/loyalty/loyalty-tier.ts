/** Tiers as the venue file declares them, ascending by minPoints (the venue schema checks the order). */
export type LoyaltyTier = { name: string; minPoints: number; offer?: string };

/** The tier a points balance reaches, and the next one with how many points are still missing. */
export function loyaltyStanding(options: { points: number; tiers: LoyaltyTier[] }): {
  tier: LoyaltyTier | undefined;
  next: { tier: LoyaltyTier; missing: number } | undefined;
} {
  const { points, tiers } = options;
  const reached = tiers.filter((t) => points >= t.minPoints);
  const tier = reached[reached.length - 1];
  const upcoming = tiers.find((t) => points < t.minPoints);
  return { tier, next: upcoming ? { tier: upcoming, missing: upcoming.minPoints - points } : undefined };
}

/** The highest tier crossed going from `before` to `after` points, if any. */
export function tierCrossed(options: { before: number; after: number; tiers: LoyaltyTier[] }): LoyaltyTier | undefined {
  const { before, after, tiers } = options;
  return [...tiers].reverse().find((t) => before < t.minPoints && after >= t.minPoints);
}
