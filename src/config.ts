/** Reads the environment once, at start-up, and stops with a message naming the variable that is wrong. */
import { z } from "zod";
import { isValidTimeZone } from "./domain/time/zoned.ts";

const EnvSchema = z.object({
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL").optional(),
  CHATCRM_DB: z.string().min(1).optional().describe("a PGlite directory or a postgresql:// URL"),
  CHATCRM_TZ: z.string().refine(isValidTimeZone, "must be an IANA time zone such as Asia/Shanghai").default("Asia/Shanghai"),
  /** how long a claimed delivery or reply is another process's before it counts as abandoned (that process died) */
  CHATCRM_CLAIM_LEASE_MS: z.coerce.number().int().min(1000).max(3_600_000).default(60_000),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  LOG_LEVEL: z.enum(["silent", "error", "warn", "info"]).default("warn"),
  OPENAI_API_KEY: z.string().min(1).optional(),
  OPENAI_BASE_URL: z.string().url().optional(),
  OPENAI_MODEL: z.string().min(1).default("gpt-4o-mini"),
  OPENAI_TIMEOUT_MS: z.coerce.number().int().positive().max(60_000).default(2500),
});

export type Config = z.infer<typeof EnvSchema>;

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set", as in most shells' `FOO= cmd`.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`Environment variable ${String(issue.path[0])} ${issue.message}.`);
  }
  return parsed.data;
}

/** The database to use: --db, else CHATCRM_DB, else DATABASE_URL, else ./data (embedded). */
export function databaseLocation(config: Config, flag?: string): string | undefined {
  return flag ?? config.CHATCRM_DB ?? config.DATABASE_URL;
}
