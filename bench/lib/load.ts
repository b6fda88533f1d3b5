/**
 * Load at a fixed rate, open loop: request i is due at start + i / rate whatever happened to the ones
 * before, and its latency is counted from when it was due. autocannon paces a rate by letting each
 * connection send its share back to back at the top of every second, which hits the server in bursts;
 * this sends evenly, the way webhooks from many chats arrive. (autocannon measures saturation instead.)
 */
import { Agent, request } from "node:http";

export type LoadRequest = { path: string; headers: Record<string, string>; body: string };

export type LoadResult = {
  sent: number;
  ok: number;
  failed: number;
  /** why they failed: an HTTP status or a socket error's code, with counts */
  failures: Record<string, number>;
  /** ms from when each answered request was due to its last response byte */
  latencies: number[];
  /** when each request was actually written, by index (performance.now()) */
  sentAt: Map<number, number>;
  seconds: number;
};

export async function pacedLoad(options: { url: string; rate: number; seconds: number; build(i: number): LoadRequest; timeoutMs?: number }): Promise<LoadResult> {
  const { rate, seconds } = options;
  const target = new URL(options.url);
  const agent = new Agent({ keepAlive: true, maxSockets: 512 });
  const total = Math.round(rate * seconds);
  const latencies: number[] = [];
  const sentAt = new Map<number, number>();
  let ok = 0;
  let failed = 0;
  const failures: Record<string, number> = {};
  const fail = (reason: string) => {
    failed++;
    failures[reason] = (failures[reason] ?? 0) + 1;
  };
  const inFlight = new Set<Promise<void>>();

  const fire = (i: number, due: number) => {
    const { path, headers, body } = options.build(i);
    const done = new Promise<void>((resolve) => {
      const req = request(
        { host: target.hostname, port: target.port, method: "POST", path, agent, headers: { ...headers, "content-length": String(Buffer.byteLength(body)) }, timeout: options.timeoutMs ?? 10_000 },
        (res) => {
          res.resume();
          res.on("end", () => {
            if (res.statusCode && res.statusCode < 300) {
              ok++;
              latencies.push(performance.now() - due);
            } else fail(`HTTP ${res.statusCode}`);
            resolve();
          });
        },
      );
      req.on("timeout", () => req.destroy(new Error("timeout")));
      req.on("error", (error: NodeJS.ErrnoException) => {
        fail(error.code ?? error.message);
        resolve();
      });
      sentAt.set(i, performance.now());
      req.end(body);
    });
    inFlight.add(done);
    void done.then(() => inFlight.delete(done));
  };

  const start = performance.now();
  let next = 0;
  while (next < total) {
    const now = performance.now();
    while (next < total && start + (next * 1000) / rate <= now) {
      fire(next, start + (next * 1000) / rate);
      next++;
    }
    if (next < total) await new Promise((resolve) => setTimeout(resolve, Math.max(0, start + (next * 1000) / rate - performance.now())));
  }
  await Promise.all([...inFlight]);
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  return { sent: total, ok, failed, failures, latencies, sentAt, seconds: elapsed };
}
