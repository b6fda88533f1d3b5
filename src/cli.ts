/** The `chatcrm` command line. Each command lives in src/commands/; this file only reads arguments. */
import { parseArgs } from "node:util";
import { ConfigError, databaseLocation, loadConfig } from "./config.ts";
import { RoleSchema } from "./intents/schema.ts";
import { chatCommand } from "./commands/chat.ts";
import { dbCommand } from "./commands/db.ts";
import { parseCommand } from "./commands/parse.ts";
import { serveCommand } from "./commands/serve.ts";
import { doctorCommand } from "./commands/doctor.ts";
import { staffCommand } from "./commands/staff.ts";
import { telegramCommand } from "./adapters/telegram/command.ts";
import { PlatformConfigError } from "./adapters/enabled-adapters.ts";
import { venueCommand } from "./commands/venue.ts";
import { VenueError } from "./domain/venue/load-venue.ts";

const HELP = `chatcrm — a CRM that lives in your messengers

Usage:
  chatcrm chat --user NAME --role ROLE [--db PATH_OR_URL]   interactive console chat
  chatcrm chat --demo                                       console chat on demo data (as alice, sales)
  chatcrm chat --script FILE|- [--db PATH_OR_URL]           JSON lines in, one JSON line per reply out
  chatcrm parse [--parser rules|llm|auto]                   JSON lines in, parsed intents out
  chatcrm serve [--port N] [--db PATH_OR_URL]               the platforms' webhooks (see chatcrm doctor)
  chatcrm doctor [--db PATH_OR_URL]                         which platforms are on, and whether they answer
  chatcrm staff invite NAME --role ROLE [--db …]            a one-time code to link a messenger account
  chatcrm telegram set-webhook URL | webhook-info           point Telegram at this server
  chatcrm db migrate|seed [--demo]|reset [--db PATH_OR_URL]
  chatcrm venue check [FILE]                                validate the venue file and summarise it
  chatcrm --help

Roles: admin, manager, sales, frontdesk, guest.
--db is a PGlite directory (default ./data) or a postgresql:// URL; DATABASE_URL works too.
An LLM parser is used when OPENAI_API_KEY is set (OPENAI_BASE_URL, OPENAI_MODEL); else rules only.`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      help: { type: "boolean", short: "h" },
      db: { type: "string" },
      user: { type: "string" },
      role: { type: "string" },
      script: { type: "string" },
      demo: { type: "boolean", default: false },
      parser: { type: "string" },
      port: { type: "string" },
      venue: { type: "string" },
    },
  });
  const [command, action] = positionals;
  if (values.help || !command) {
    process.stdout.write(HELP + "\n");
    return values.help ? 0 : 2;
  }
  // Every command that starts the app reads the venue from CHATCRM_VENUE, so --venue needs no plumbing.
  if (values.venue) process.env.CHATCRM_VENUE = values.venue;
  const config = loadConfig();
  const db = databaseLocation(config, values.db);
  const parser = values.parser;
  if (parser !== undefined && parser !== "rules" && parser !== "llm" && parser !== "auto") {
    throw new ConfigError("--parser must be rules, llm or auto.");
  }
  switch (command) {
    case "chat": {
      const role = values.role === undefined ? undefined : RoleSchema.safeParse(values.role);
      if (role && !role.success) throw new ConfigError(`--role must be one of ${RoleSchema.options.join(", ")}.`);
      return chatCommand({
        config, db, user: values.user, role: role?.data, script: values.script, demo: values.demo, parser,
        stdin: process.stdin, stdout: process.stdout,
      });
    }
    case "parse":
      await parseCommand({ parser: parser ?? "auto", input: process.stdin, output: process.stdout, env: process.env });
      return 0;
    case "db":
      return dbCommand({ action: action ?? "", db, demo: values.demo, config, out: process.stdout });
    case "serve": {
      const port = values.port === undefined ? undefined : Number(values.port);
      if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65535)) throw new ConfigError("--port must be a port number.");
      return serveCommand({ config, db, port, out: process.stdout });
    }
    case "doctor":
      return doctorCommand({ config, db, env: process.env, out: process.stdout });
    case "telegram":
      return telegramCommand(positionals.slice(1), process.env, process.stdout);
    case "staff":
      return staffCommand({ action, name: positionals[2], role: values.role, config, db, out: process.stdout });
    case "venue":
      return venueCommand({ action, file: positionals[2], out: process.stdout });
    default:
      process.stderr.write(`Unknown command "${command}".\n\n${HELP}\n`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const known = error instanceof ConfigError || error instanceof PlatformConfigError || error instanceof VenueError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
    process.stderr.write(`chatcrm: ${known ? (error as Error).message : ((error as Error).stack ?? String(error))}\n`);
    process.exitCode = known ? 2 : 1;
  },
);
