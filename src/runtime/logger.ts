/** A small structured logger: JSON lines on stderr, so stdout stays free for chat and parse output. */
export type Logger = {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
};

const LEVELS = { silent: 0, error: 1, warn: 2, info: 3 } as const;

export function createLogger(level: keyof typeof LEVELS = "warn"): Logger {
  const write = (name: keyof typeof LEVELS, message: string, fields?: Record<string, unknown>) => {
    if (LEVELS[name] > LEVELS[level]) return;
    process.stderr.write(JSON.stringify({ level: name, time: new Date().toISOString(), message, ...fields }) + "\n");
  };
  return {
    info: (m, f) => write("info", m, f),
    warn: (m, f) => write("warn", m, f),
    error: (m, f) => write("error", m, f),
  };
}
