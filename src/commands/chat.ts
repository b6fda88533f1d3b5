import { createReadStream } from "node:fs";
import type { Config } from "../config.ts";
import type { Role } from "../intents/schema.ts";
import { startApp } from "../app.ts";
import { linkConsoleUser, runInteractive, runScript } from "../adapters/console.ts";
import { seedDemo, DEMO_USER } from "../domain/demo/seed-demo.ts";
import type { ParserMode } from "../intents/parse.ts";

/** `chatcrm chat`: the console chat, interactive or from a script of JSON lines. */
export async function chatCommand(options: {
  config: Config;
  db?: string;
  user?: string;
  role?: Role;
  script?: string;
  demo: boolean;
  parser?: ParserMode;
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
}): Promise<number> {
  const app = await startApp({ config: options.config, db: options.db, parser: options.parser, onUnknownUser: linkConsoleUser });
  try {
    if (options.demo) await seedDemo({ db: app.db.prisma, now: new Date(), tz: options.config.CHATCRM_TZ });
    if (options.script) {
      const input = options.script === "-" ? options.stdin : createReadStream(options.script);
      await runScript(app, input, options.stdout);
      return 0;
    }
    const user = options.user ?? (options.demo ? DEMO_USER.name : undefined);
    if (!user) {
      options.stdout.write("Usage: chatcrm chat --user NAME --role ROLE  (or --demo, or --script FILE)\n");
      return 2;
    }
    const role = options.role ?? (options.demo && !options.user ? DEMO_USER.role : undefined);
    await runInteractive(app, {
      user,
      role,
      input: options.stdin,
      output: options.stdout,
      banner: banner(user, role, app.db.location),
    });
    return 0;
  } finally {
    await app.close();
  }
}

function banner(user: string, role: string | undefined, location: string): string {
  return [
    `chatcrm — console chat as ${user}${role ? ` (${role})` : ""}, database ${location}`,
    "Type in Chinese or English, e.g. “新线索：张伟，蓝海科技，13800138000，要300箱矿泉水，周五回电” or “help”. /quit to leave.",
    "Other demo users: --user wang (manager), --user bob (sales), --user amy --role guest.",
  ].join("\n");
}
