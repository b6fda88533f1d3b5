/**
 * The message encryption WeCom and WeChat Official Accounts share (WXBizMsgCrypt):
 * - signature = sha1 of the sorted, joined [token, timestamp, nonce, encrypt] (encrypt left out for the
 *   Official Account's plain URL handshake);
 * - AES-256-CBC, key = base64(EncodingAESKey + "="), IV = the key's first 16 bytes, PKCS#7 padded to 32;
 * - plaintext = 16 random bytes + 4-byte big-endian length + message + receiveid (the corp id for WeCom,
 *   the appid for an Official Account).
 * The receiveid is checked on every decrypt: a message encrypted for another corp or account with a
 * shared key must not pass.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes, timingSafeEqual } from "node:crypto";

export type MessageCryptoErrorCode = "bad-key" | "bad-ciphertext" | "bad-padding" | "bad-length" | "wrong-receiver";

/** A delivery that cannot be decrypted, or is not for us. The code says which check failed. */
export class MessageCryptoError extends Error {
  readonly code: MessageCryptoErrorCode;
  constructor(code: MessageCryptoErrorCode, message: string) {
    super(message);
    this.name = "MessageCryptoError";
    this.code = code;
  }
}

export type MessageCrypto = {
  /** msg_signature over [token, timestamp, nonce, encrypt]; without `encrypt`, the plain handshake signature */
  sign(options: { timestamp: string; nonce: string; encrypt?: string }): string;
  /** Compares in constant time. */
  verifySignature(options: { signature: string; timestamp: string; nonce: string; encrypt?: string }): boolean;
  /** Decrypts a base64 Encrypt field or echostr; throws MessageCryptoError, also when the receiveid is not ours. */
  decrypt(encrypted: string): string;
  /** Encrypts for our receiveid (passive replies, and tests). `random` only to reproduce a vector. */
  encrypt(message: string, options?: { random?: Buffer }): string;
};

const BLOCK = 32;
const ENCODING_AES_KEY = /^[A-Za-z0-9]{43}$/;

/** Whether a string can be an EncodingAESKey: 43 letters and digits, as both consoles generate. */
export function isEncodingAesKey(value: string): boolean {
  return ENCODING_AES_KEY.test(value);
}

function safeEqual(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

export function createMessageCrypto(options: { token: string; encodingAesKey: string; receiveId: string }): MessageCrypto {
  const { token, receiveId } = options;
  if (!isEncodingAesKey(options.encodingAesKey)) {
    throw new MessageCryptoError("bad-key", "EncodingAESKey must be 43 letters and digits, as the console shows it");
  }
  const key = Buffer.from(`${options.encodingAesKey}=`, "base64");
  if (key.length !== 32) throw new MessageCryptoError("bad-key", "EncodingAESKey does not decode to 32 bytes");
  const iv = key.subarray(0, 16);
  const receiver = Buffer.from(receiveId, "utf8");

  const sign: MessageCrypto["sign"] = ({ timestamp, nonce, encrypt }) => {
    const parts = encrypt === undefined ? [token, timestamp, nonce] : [token, timestamp, nonce, encrypt];
    // A plain sort compares UTF-16 code units, which for these ASCII strings is the byte order the spec means.
    return createHash("sha1").update(parts.sort().join("")).digest("hex");
  };

  return {
    sign,

    verifySignature({ signature, ...signed }) {
      const expected = Buffer.from(sign(signed), "utf8");
      return safeEqual(expected, Buffer.from(signature.toLowerCase(), "utf8"));
    },

    decrypt(encrypted) {
      // URLSearchParams turns an unencoded "+" of a base64 echostr into a space; base64 never has spaces.
      const data = Buffer.from(encrypted.replace(/ /g, "+"), "base64");
      if (data.length === 0 || data.length % 16 !== 0) {
        throw new MessageCryptoError("bad-ciphertext", "ciphertext is not whole AES blocks of base64");
      }
      const decipher = createDecipheriv("aes-256-cbc", key, iv);
      decipher.setAutoPadding(false);
      const padded = Buffer.concat([decipher.update(data), decipher.final()]);

      const pad = padded[padded.length - 1] ?? 0;
      if (pad < 1 || pad > BLOCK || pad > padded.length || !padded.subarray(padded.length - pad).every((byte) => byte === pad)) {
        throw new MessageCryptoError("bad-padding", "PKCS#7 padding is wrong: the EncodingAESKey does not match");
      }
      const plain = padded.subarray(0, padded.length - pad);
      if (plain.length < 20) throw new MessageCryptoError("bad-length", "plaintext is shorter than its 20-byte header");
      const length = plain.readUInt32BE(16);
      if (20 + length > plain.length) throw new MessageCryptoError("bad-length", "message length runs past the plaintext");

      const from = plain.subarray(20 + length);
      if (!safeEqual(from, receiver)) {
        throw new MessageCryptoError("wrong-receiver", "the message was encrypted for another corp id or appid");
      }
      return plain.subarray(20, 20 + length).toString("utf8");
    },

    encrypt(message, encryptOptions) {
      const random = encryptOptions?.random ?? randomBytes(16);
      if (random.length !== 16) throw new MessageCryptoError("bad-length", "the random prefix must be 16 bytes");
      const body = Buffer.from(message, "utf8");
      const length = Buffer.alloc(4);
      length.writeUInt32BE(body.length, 0);
      const plain = Buffer.concat([random, length, body, receiver]);
      const pad = BLOCK - (plain.length % BLOCK);
      const cipher = createCipheriv("aes-256-cbc", key, iv);
      cipher.setAutoPadding(false);
      return Buffer.concat([cipher.update(Buffer.concat([plain, Buffer.alloc(pad, pad)])), cipher.final()]).toString("base64");
    },
  };
}

/**
 * WeCom and WeChat retry a callback within seconds, so an older timestamp is a replay. Ten minutes rather
 * than Slack's five leaves room for a server clock that drifts; exact replays inside it are deduped by MsgId.
 */
const MAX_CALLBACK_AGE_SECONDS = 10 * 60;

/** A callback's query, signature and freshness checked, its Encrypt field decrypted. */
export function openCallback(options: {
  crypto: MessageCrypto;
  query: URLSearchParams;
  encrypt: string;
  nowMs: number;
  maxAgeSeconds?: number;
}): { ok: true; plain: string } | { ok: false; status: number; reason: string } {
  const signature = options.query.get("msg_signature");
  const timestamp = options.query.get("timestamp");
  const nonce = options.query.get("nonce");
  if (!signature || !timestamp || !nonce) return { ok: false, status: 401, reason: "missing msg_signature, timestamp or nonce" };
  if (!options.crypto.verifySignature({ signature, timestamp, nonce, encrypt: options.encrypt })) {
    return { ok: false, status: 401, reason: "bad msg_signature" };
  }
  const age = Math.abs(options.nowMs / 1000 - Number(timestamp));
  if (!Number.isFinite(age) || age > (options.maxAgeSeconds ?? MAX_CALLBACK_AGE_SECONDS)) return { ok: false, status: 401, reason: "stale timestamp" };
  try {
    return { ok: true, plain: options.crypto.decrypt(options.encrypt) };
  } catch (error) {
    if (error instanceof MessageCryptoError) return { ok: false, status: 401, reason: error.message };
    throw error;
  }
}
