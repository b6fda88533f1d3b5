import type { Config } from "../config.ts";
import { ADAPTERS } from "../adapters/index.ts";
import { openDatabase } from "../store/client.ts";
import { countReplies } from "../runtime/outbox.ts";
import { createLogger } from "../runtime/logger.ts";

/** `chatcrm doctor`: which platforms are on, what is missing, whether each API answers, and dead letters. */
export async function doctorCommand(options: { config: Config; db?: string; env: NodeJS.ProcessEnv; out: NodeJS.WritableStream }): Promise<number> {
  const { out, env } = options;
  const log = createLogger("silent");
  let problems = 0;
  const db = await openDatabase({ db: options.db }).catch((error: unknown) => {
    out.write(`✗ database: ${(error as Error).message}\n`);
    problems++;
    return undefined;
  });
  if (db) out.write(`✓ database (${db.kind}): ${db.location}\n`);
  for (const factory of ADAPTERS) {
    const read = factory.readConfig(env);
    if (read.on === "invalid") {
      out.write(`✗ ${factory.platform}: ${read.problem}\n`);
      problems++;
    } else if (read.on === false) {
      const required = factory.variables.filter((v) => v.required).map((v) => v.name);
      // An optional platform (wechaty) has no required variable: its switch is the first one it lists.
      const toSet = read.missing?.length ? read.missing : required.length ? required : factory.variables.slice(0, 1).map((v) => v.name);
      out.write(`· ${factory.platform}: off (set ${toSet.join(", ")})\n`);
    } else {
      const check = await factory.create(read.config, { log }).check().catch((error: unknown) => ({ ok: false, detail: (error as Error).message }));
      out.write(`${check.ok ? "✓" : "✗"} ${factory.platform}: ${check.detail}\n`);
      if (!check.ok) problems++;
    }
  }
  if (db) {
    const perPlatform = (counts: Record<string, number>) => Object.entries(counts).map(([p, n]) => `${p} ${n}`).join(", ");
    const dead = await countReplies(db.prisma, "dead");
    const total = Object.values(dead).reduce((a, b) => a + b, 0);
    out.write(total ? `✗ dead letters: ${perPlatform(dead)}\n` : "✓ no dead letters\n");
    if (total) problems++;
    const unconfirmed = await countReplies(db.prisma, "unconfirmed");
    if (Object.keys(unconfirmed).length) {
      out.write(`· replies unconfirmed (a process died during the platform call; not sent again): ${perPlatform(unconfirmed)}\n`);
    }
    await db.close();
  }
  out.write(options.config.OPENAI_API_KEY ? `✓ LLM parser: ${options.config.OPENAI_MODEL}${options.config.OPENAI_BASE_URL ? ` at ${options.config.OPENAI_BASE_URL}` : ""}\n` : "· LLM parser: off (rules only; set OPENAI_API_KEY)\n");
  return problems ? 1 : 0;
}
