/** An in-process chat over the real router and a real database, for tests that need many turns. */
import { randomUUID } from "node:crypto";
import { loadConfig } from "../../src/config.ts";
import { startApp, type App } from "../../src/app.ts";
import { linkConsoleUser, renderText } from "../../src/adapters/console.ts";
import type { Role } from "../../src/intents/schema.ts";
import { databaseUrlFor, dropDatabase } from "./databases.ts";

export type TestChat = {
  app: App;
  /** Sends a message as `user` and returns the reply texts. */
  send(user: string, text: string, options?: { role?: Role; now?: string; messageId?: string }): Promise<string[]>;
  close(): Promise<void>;
};

export const DEFAULT_NOW = "2026-11-18T10:00:00+08:00";

/** A chat on a new database; with `llmBaseURL` the parser is "auto" against that (fake) model server. */
export async function openChat(kind: "pglite" | "postgres", options: { llmBaseURL?: string } = {}): Promise<TestChat> {
  const url = kind === "postgres" ? databaseUrlFor() : "memory://";
  const env = options.llmBaseURL ? { OPENAI_API_KEY: "test-key", OPENAI_BASE_URL: options.llmBaseURL, OPENAI_TIMEOUT_MS: "800" } : {};
  const config = loadConfig({ LOG_LEVEL: "silent", ...env });
  const app = await startApp({ config, db: url, parser: options.llmBaseURL ? "auto" : "rules", onUnknownUser: linkConsoleUser });
  return {
    app,
    async send(user, text, options = {}) {
      const now = new Date(options.now ?? DEFAULT_NOW);
      const replies = await app.receive(
        {
          platform: "console", chatId: user, userId: user, messageId: options.messageId ?? randomUUID(), text,
          receivedAt: now, tz: "Asia/Shanghai", sender: { name: user, role: options.role },
        },
      );
      return replies.map(renderText);
    },
    async close() {
      await app.close();
      if (kind === "postgres") await dropDatabase(url);
    },
  };
}
