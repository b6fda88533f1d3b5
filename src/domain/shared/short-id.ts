/** Short record ids shown in replies (L-12, B-3), so a user can name a record to correct or undo it. */
export const SHORT_ID_PREFIX = {
  customer: "L",
  deal: "D",
  activity: "F",
  task: "T",
  booking: "B",
  complaint: "CP",
} as const;

export type ShortIdEntity = keyof typeof SHORT_ID_PREFIX;

export function shortId(entity: ShortIdEntity, id: number): string {
  return `${SHORT_ID_PREFIX[entity]}-${id}`;
}

/** Reads "T-3", "t3", "#3" (when the entity is known) into an id, or undefined. */
export function parseShortId(entity: ShortIdEntity, text: string): number | undefined {
  const prefix = SHORT_ID_PREFIX[entity];
  const match = new RegExp(`(?:^|\\s|#)(?:${prefix}-?)?(\\d{1,9})(?:\\s|$)`, "i").exec(text.trim());
  return match ? Number(match[1]) : undefined;
}
