/**
 * A real HTTP server on 127.0.0.1 speaking `POST /v1/chat/completions`, so the real `openai` SDK runs
 * end to end in tests. Each request takes the next scripted answer (the last one repeats) and is recorded.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type FakeAnswer =
  | { kind: "json"; value: unknown; delayMs?: number }
  | { kind: "text"; text: string; delayMs?: number }
  | { kind: "refusal"; refusal: string; delayMs?: number }
  | { kind: "status"; status: number; delayMs?: number }
  /** headers sent at once, the body only after `delayMs`: a model that is slow to finish */
  | { kind: "slow"; delayMs: number; then?: FakeAnswer };

export type RecordedRequest = {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  body: {
    model?: string;
    messages?: { role: string; content: string }[];
    response_format?: { type: string; json_schema?: { name: string; strict?: boolean; schema: Record<string, unknown> } };
    [key: string]: unknown;
  };
};

export type FakeOpenAiServer = {
  /** e.g. http://127.0.0.1:54321/v1, for the SDK's `baseURL` */
  baseURL: string;
  requests: RecordedRequest[];
  /** the most requests that were open at once since the last script */
  readonly maxInFlight: number;
  /** replaces the script and clears the record; requests past its end get its last answer */
  script(...answers: FakeAnswer[]): void;
  /** answers by the user message instead of by order, for concurrent requests */
  answerBy(pick: (request: RecordedRequest) => FakeAnswer): void;
  close(): Promise<void>;
};

const completion = (message: { content: string | null; refusal: string | null }) => ({
  id: "chatcmpl-fake",
  object: "chat.completion",
  created: Math.floor(Date.now() / 1000),
  model: "fake-model",
  choices: [{ index: 0, finish_reason: "stop", logprobs: null, message: { role: "assistant", ...message } }],
  usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

async function send(res: ServerResponse, answer: FakeAnswer): Promise<void> {
  if (answer.kind === "slow") {
    res.writeHead(200, { "content-type": "application/json" });
    res.flushHeaders();
    await sleep(answer.delayMs);
    if (res.destroyed) return;
    const then = answer.then ?? { kind: "json", value: { intent: "unknown", slots: {} } };
    res.end(JSON.stringify(completion(body(then))));
    return;
  }
  if (answer.delayMs) await sleep(answer.delayMs);
  if (res.destroyed) return;
  if (answer.kind === "status") {
    res.writeHead(answer.status, { "content-type": "application/json" });
    res.end(JSON.stringify({ error: { message: `fake error ${answer.status}`, type: "fake", code: null } }));
    return;
  }
  res.writeHead(200, { "content-type": "application/json" });
  res.end(JSON.stringify(completion(body(answer))));
}

function body(answer: FakeAnswer): { content: string | null; refusal: string | null } {
  switch (answer.kind) {
    case "json": return { content: JSON.stringify(answer.value), refusal: null };
    case "text": return { content: answer.text, refusal: null };
    case "refusal": return { content: null, refusal: answer.refusal };
    default: return { content: "", refusal: null };
  }
}

/** Starts the server on an ephemeral port. */
export async function startFakeOpenAiServer(): Promise<FakeOpenAiServer> {
  let answers: FakeAnswer[] = [{ kind: "json", value: { intent: "unknown", slots: {} } }];
  let picker: ((request: RecordedRequest) => FakeAnswer) | undefined;
  const requests: RecordedRequest[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const server = createServer((req, res) => {
    maxInFlight = Math.max(maxInFlight, ++inFlight);
    res.once("close", () => inFlight--);
    void (async () => {
      const raw = await readBody(req);
      let parsed: RecordedRequest["body"] = {};
      try {
        parsed = JSON.parse(raw) as RecordedRequest["body"];
      } catch {
        // recorded as an empty body; the test asserting on it will say so
      }
      const request: RecordedRequest = { method: req.method ?? "", path: req.url ?? "", headers: req.headers, body: parsed };
      const index = requests.push(request) - 1;
      if (req.method !== "POST" || !req.url?.startsWith("/v1/chat/completions")) {
        await send(res, { kind: "status", status: 404 });
        return;
      }
      const answer = picker ? picker(request) : answers[Math.min(index, answers.length - 1)]!;
      await send(res, answer);
    })().catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    get maxInFlight() {
      return maxInFlight;
    },
    script(...next) {
      if (!next.length) throw new Error("script needs at least one answer");
      answers = next;
      picker = undefined;
      requests.length = 0;
      maxInFlight = 0;
    },
    answerBy(pick) {
      picker = pick;
      requests.length = 0;
      maxInFlight = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** The user message of a recorded request: where the untrusted text goes. */
export const userMessageOf = (request: RecordedRequest) => request.body.messages?.find((m) => m.role === "user")?.content ?? "";
/** The system message of a recorded request. */
export const systemMessageOf = (request: RecordedRequest) => request.body.messages?.find((m) => m.role === "system")?.content ?? "";
