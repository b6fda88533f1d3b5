import type { Config } from "../config.ts";
import { startServing } from "../serve.ts";

/** `chatcrm serve`: runs until SIGINT or SIGTERM, then stops taking deliveries and finishes what it has. */
export async function serveCommand(options: { config: Config; db?: string; port?: number; out: NodeJS.WritableStream }): Promise<number> {
  const serving = await startServing({ config: options.config, env: process.env, db: options.db, port: options.port });
  const platforms = serving.adapters.map((a) => a.platform).join(", ") || "none (set a platform's variables; see `chatcrm doctor`)";
  options.out.write(`chatcrm serve listening on ${serving.http.url.replace("127.0.0.1", "0.0.0.0")} — database ${serving.app.db.location} — platforms: ${platforms}\n`);
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await serving.stop();
  return 0;
}
