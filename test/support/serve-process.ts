/** Runs `chatcrm serve` as a real process, to be killed and restarted as production processes are. */
import { spawn, type ChildProcess } from "node:child_process";
import { resolve } from "node:path";

const BIN = resolve(import.meta.dirname, "../../bin/chatcrm.js");

export type ServeProcess = {
  url: string;
  child: ChildProcess;
  /** what the process logged to stderr so far (errors only, at the LOG_LEVEL tests use) */
  stderr(): string;
  kill(signal?: NodeJS.Signals): Promise<void>;
};

export async function startServeProcess(options: { db: string; env: Record<string, string> }): Promise<ServeProcess> {
  const child = spawn(process.execPath, [BIN, "serve", "--port", "0", "--db", options.db], {
    env: { ...process.env, OPENAI_API_KEY: "", LOG_LEVEL: "error", ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  const url = await new Promise<string>((done, fail) => {
    let stdout = "";
    const timer = setTimeout(() => fail(new Error(`serve did not start in 30 s\n${stderr}`)), 30_000);
    child.stdout!.on("data", (chunk) => {
      stdout += chunk;
      const match = /listening on http:\/\/[\d.]+:(\d+)/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        done(`http://127.0.0.1:${match[1]}`);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      fail(new Error(`serve exited with ${code}\n${stderr}`));
    });
  });
  return {
    url,
    child,
    stderr: () => stderr,
    kill: (signal = "SIGTERM") =>
      new Promise<void>((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once("exit", () => done());
        child.kill(signal);
      }),
  };
}
