/** .env.example lists every variable chatcrm reads, so a person setting it up sees them all in one place. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ADAPTERS } from "../src/adapters/index.ts";

const example = readFileSync(new URL("../.env.example", import.meta.url), "utf8");
const core = ["CHATCRM_DB", "DATABASE_URL", "CHATCRM_TZ", "PORT", "LOG_LEVEL", "CHATCRM_CLAIM_LEASE_MS", "OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_MODEL", "OPENAI_TIMEOUT_MS",
  "CHATCRM_VENUE", "CHATCRM_QUIET_HOURS", "CHATCRM_CATCH_UP_HOURS", "CHATCRM_ESCALATE_AFTER_HOURS", "CHATCRM_WEEKLY_SUMMARY",
  "CHATCRM_AT_RISK_DAYS", "CHATCRM_CARE_LEAD_DAYS"];
const platforms = ADAPTERS.flatMap((adapter) => adapter.variables.map((v) => v.name));

describe(".env.example", () => {
  it.each([...core, ...platforms])("lists %s", (name) => {
    expect(example).toMatch(new RegExp(`^# ${name}=`, "m"));
  });
});
