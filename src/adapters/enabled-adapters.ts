import type { Logger } from "../runtime/logger.ts";
import { ADAPTERS } from "./index.ts";
import type { PlatformAdapter } from "./types.ts";

export class PlatformConfigError extends Error {}

/** The adapters whose variables are set, built; a half-configured platform stops start-up by name. */
export function enabledAdapters(env: NodeJS.ProcessEnv, log: Logger): PlatformAdapter[] {
  const on: PlatformAdapter[] = [];
  for (const factory of ADAPTERS) {
    const read = factory.readConfig(env);
    if (read.on === "invalid") throw new PlatformConfigError(`${factory.platform}: ${read.problem}`);
    if (read.on === true) on.push(factory.create(read.config, { log }));
  }
  return on;
}
