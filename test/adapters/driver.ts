/**
 * How the shared adapter suite (test/adapters/shared-suite.test.ts) drives one platform through the real
 * `chatcrm serve`: a fake of the platform's API on localhost, and real signed or encrypted deliveries.
 * One file per platform in test/adapters/drivers/, one entry in test/adapters/drivers/index.ts.
 */
export type SentReply = { chatId: string; text: string; buttons?: string[]; threadId?: string; image?: boolean };

export type PlatformDriver = {
  platform: string;
  /** staff platforms answer only linked staff; guest platforms take anyone as a guest */
  audience: "staff" | "guest";
  /**
   * Starts the fake platform API on 127.0.0.1 (port 0) and returns the environment variables that turn
   * the platform on in `serve` and point it at the fake.
   */
  startFake(): Promise<FakePlatform>;
};

export type FakePlatform = {
  env: Record<string, string>;
  /**
   * Delivers a user's text message to the running serve (baseUrl like http://127.0.0.1:PORT), signed or
   * encrypted exactly as the platform does, and returns the HTTP status. For platforms that push over
   * a connection (WebSocket, long polling), the fake pushes it and the status is 200.
   */
  sendText(baseUrl: string, message: { userId: string; chatId: string; text: string; messageId: string }): Promise<{ status: number }>;
  /** The same delivery with a wrong signature (or wrong key): serve must refuse it. Undefined where a push connection has no signature. */
  sendForged?(baseUrl: string, message: { userId: string; chatId: string; text: string; messageId: string }): Promise<{ status: number }>;
  /** Presses the button labelled `label` on the last reply with buttons in that chat (where the platform has buttons). */
  pressButton?(baseUrl: string, options: { userId: string; chatId: string; label: string; actionId: string }): Promise<{ status: number }>;
  /** What the bot sent, in order, as recorded by the fake API. */
  sent(): SentReply[];
  /** The suite's name for a chat id as the platform (and so the database) knows it, where the two differ. */
  chatName?(platformChatId: string): string;
  /** Makes the fake's send API answer the next `count` calls with `status` (429 with a retry-after of 1 s). */
  failNextSends(count: number, status: 429 | 500): void;
  close(): Promise<void>;
};
