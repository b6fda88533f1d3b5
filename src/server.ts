/**
 * The one HTTP server of `chatcrm serve`: every platform's webhook routes, plus /healthz, /readyz and
 * /metrics. Bodies are read with a size cap before any adapter sees them; an adapter's crash is a 500
 * with nothing of it in the response.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { PrismaClient } from "./generated/prisma/client.ts";
import type { HttpRequest, HttpResponse, Route } from "./adapters/types.ts";
import type { Logger } from "./runtime/logger.ts";
import type { Metrics } from "./runtime/metrics.ts";
import { answerFirst } from "./runtime/ack-first.ts";

export const MAX_BODY_BYTES = 1024 * 1024;

class BodyTooLarge extends Error {}

export type HttpServer = { server: Server; url: string; close(): Promise<void> };

export async function startHttpServer(options: { port: number; host?: string; routes: Route[]; db: PrismaClient; metrics: Metrics; log: Logger }): Promise<HttpServer> {
  const { routes, db, metrics, log } = options;
  const table = new Map(routes.map((route) => [`${route.method} ${route.path}`, route]));

  const builtIn: Record<string, () => Promise<HttpResponse>> = {
    "GET /healthz": async () => ({ status: 200, body: "ok\n" }),
    "GET /readyz": async () => {
      try {
        await db.$queryRaw`SELECT 1`;
        return { status: 200, body: "ready\n" };
      } catch {
        return { status: 503, body: "database unreachable\n" };
      }
    },
    "GET /metrics": async () => ({ status: 200, headers: { "content-type": "text/plain; version=0.0.4" }, body: metrics.render() }),
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const started = Date.now();
    // A request target like "//[" passes the HTTP parser but not URL: a client error, not a crash.
    let url: URL;
    try {
      url = new URL(req.url ?? "/", "http://localhost");
    } catch {
      res.writeHead(400, { connection: "close" });
      res.end();
      return;
    }
    const method = req.method ?? "GET";
    const name = `${method} ${url.pathname}`;
    let response: HttpResponse;
    try {
      const route = table.get(name);
      if (builtIn[name]) response = await builtIn[name]!();
      else if (!route) response = { status: table.has(`POST ${url.pathname}`) || table.has(`GET ${url.pathname}`) ? 405 : 404, body: "" };
      else {
        const body = await readBody(req, MAX_BODY_BYTES);
        const request: HttpRequest = { method, path: url.pathname, query: url.searchParams, headers: req.headers, body };
        response = await route.handle(request);
      }
    } catch (error) {
      if (error instanceof BodyTooLarge) response = { status: 413, headers: { connection: "close" }, body: "" };
      else {
        log.error("request failed", { route: name, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
        response = { status: 500, body: "" };
      }
    }
    if (!builtIn[name]) {
      metrics.count("chatcrm_http_requests_total", { route: url.pathname, status: String(response.status) }, 1, "webhook requests by route and status");
      metrics.observeMs("chatcrm_ack_ms", Date.now() - started, { route: url.pathname }, "time to answer a webhook");
    }
    res.writeHead(response.status, response.headers);
    res.end(response.body);
  };

  const server = createServer((req, res) => void answerFirst(() => handle(req, res)));
  await new Promise<void>((resolve) => server.listen(options.port, options.host ?? "0.0.0.0", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers["content-length"] ?? 0);
    if (declared > limit) {
      req.resume();
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Stop keeping it, let the rest drain, and answer 413 at once.
        req.removeAllListeners("data");
        req.resume();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}
