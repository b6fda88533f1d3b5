/** Runs the real `chatcrm` command line as a subprocess, as users and outside tests do. */
import { spawn } from "node:child_process";
import { resolve } from "node:path";

const BIN = resolve(import.meta.dirname, "../../bin/chatcrm.js");

export async function runCli(args: string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, OPENAI_API_KEY: "", LOG_LEVEL: "error", ...options.env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  child.stdin.end(options.input ?? "");
  const code = await new Promise<number>((done) => child.on("close", (c) => done(c ?? 1)));
  return { code, stdout, stderr };
}

/** A chat script's lines, with the clock fixed unless a line sets its own. */
export function scriptOf(lines: Record<string, unknown>[], now = "2026-11-18T10:00:00+08:00", tz = "Asia/Shanghai"): string {
  return lines.map((line) => JSON.stringify({ now, tz, ...line })).join("\n") + "\n";
}

export type ReplyLine = { user: string; text: string; options?: string[] };

export function replyLines(stdout: string): ReplyLine[] {
  return stdout.trim().split("\n").filter(Boolean).map((line) => JSON.parse(line) as ReplyLine);
}
