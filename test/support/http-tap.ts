/**
 * An HTTP proxy on 127.0.0.1 in front of a fake (platform API, model endpoint): it records when each
 * request arrived and how it was answered, and can hold requests until the test lets them through, or
 * hang up on them. The fakes stay as they are; the test learns the order and spacing of calls.
 */
import { createServer, request as forward, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type TappedCall = { method: string; path: string; arrivedAt: number; status?: number; answeredAt?: number };

export type HttpTap = {
  /** the proxy's base URL: put it where the fake's URL would go (same path layout) */
  url: string;
  calls: TappedCall[];
  /** from now on, requests wait until `release()` (or are cut with `hangUp()`) */
  hold(): void;
  /** lets every held request through, and stops holding */
  release(): void;
  /** closes the connection of every held request without an answer, and stops holding */
  hangUp(): void;
  /** how many requests are held right now */
  readonly held: number;
  close(): Promise<void>;
};

export async function startHttpTap(target: string): Promise<HttpTap> {
  const base = new URL(target);
  const calls: TappedCall[] = [];
  let holding = false;
  const waiting: { go: () => void; cut: () => void }[] = [];

  const pass = (req: IncomingMessage, res: ServerResponse, body: Buffer, call: TappedCall) => {
    const upstream = forward(
      { host: base.hostname, port: base.port, method: req.method, path: req.url, headers: { ...req.headers, host: base.host } },
      (answer) => {
        call.status = answer.statusCode;
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
        answer.on("end", () => (call.answeredAt = Date.now()));
      },
    );
    upstream.on("error", () => res.destroy());
    res.on("close", () => upstream.destroy());
    upstream.end(body);
  };

  const server = createServer((req, res) => {
    const call: TappedCall = { method: req.method ?? "", path: req.url ?? "", arrivedAt: Date.now() };
    calls.push(call);
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      if (!holding) return pass(req, res, body, call);
      waiting.push({ go: () => pass(req, res, body, call), cut: () => res.destroy() });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const drain = (how: "go" | "cut") => {
    holding = false;
    for (const entry of waiting.splice(0)) entry[how]();
  };

  return {
    url: `http://127.0.0.1:${port}${base.pathname.replace(/\/$/, "")}`,
    calls,
    hold: () => void (holding = true),
    release: () => drain("go"),
    hangUp: () => drain("cut"),
    get held() {
      return waiting.length;
    },
    close: () =>
      new Promise<void>((resolve) => {
        drain("cut");
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
