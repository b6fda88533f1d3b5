/**
 * The console chat at a terminal: a block pasted in one go is one message, as in a messenger; lines typed one by one,
 * and every line of piped input, are messages of their own. Real app, real database (PGlite).
 */
import { PassThrough } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runInteractive } from "../../src/adapters/console.ts";
import { openChat, type TestChat } from "../support/chat.ts";

let db: TestChat;
beforeAll(async () => {
  db = await openChat("pglite");
});
afterAll(() => db.close());

/** Runs the console chat over `chunks` written apart in time; returns what the bot answered. */
async function chat(user: string, chunks: string[], joinPasted: boolean): Promise<string[]> {
  const input = new PassThrough();
  const output = new PassThrough();
  let written = "";
  output.on("data", (d: Buffer) => (written += d.toString()));
  const done = runInteractive(db.app, { user, role: "sales", input, output, joinPasted });
  for (const chunk of chunks) {
    input.write(chunk);
    // Far longer than a paste takes to arrive, so each chunk is a separate typing.
    await sleep(300);
  }
  input.end();
  await done;
  return written.split("bot> ").slice(1).map((r) => r.trim());
}

describe("console chat", () => {
  it("reads a block pasted at the terminal as one message", async () => {
    const replies = await chat("pasta", ["登记两个线索：\n① 韩雪 / 金穗面包坊 / 想要40箱黄油\n② 另一个姓余的，还没问到公司\n", "2\n"], true);
    expect(replies).toHaveLength(2);
    expect(replies[0]).toMatch(/请确认.*韩雪/s);
  });

  it("reads each line of piped input as its own message", async () => {
    const replies = await chat("piper", ["help\nhelp\n"], false);
    expect(replies).toHaveLength(2);
  });
});
