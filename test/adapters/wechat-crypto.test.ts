/**
 * WXBizMsgCrypt against published vectors:
 * - WeCom's "加解密方案说明" worked example and its official sample (Sample.cpp/.py/.java/.cs):
 *   token QDG6eK, EncodingAESKey jWmYm7…B2C, corp id wx5823bf96d3bd56c7, the URL-verification echostr
 *   and the encrypted POST of a "hello" text message with their msg_signatures;
 * - the WeChat Official Account's official Java sample test (WXBizMsgCryptTest): appid wxb11529c136998cb6,
 *   random "aaaabbbbccccdddd", which fixes the ciphertext of an encrypt.
 * Then cross-checked both ways with @wecom/crypto, an independent implementation.
 */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decrypt as wecomDecrypt, encrypt as wecomEncrypt, getSignature } from "@wecom/crypto";
import { createMessageCrypto, isEncodingAesKey, MessageCryptoError } from "../../src/adapters/wechat-crypto.ts";

const WECOM = { token: "QDG6eK", encodingAesKey: "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C", receiveId: "wx5823bf96d3bd56c7" };

const VERIFY_URL = {
  signature: "5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3",
  timestamp: "1409659589",
  nonce: "263014780",
  echostr: "P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==",
  plain: "1616140317555161061",
};

const POST = {
  signature: "477715d11cdb4164915debcba66cb864d751f3e6",
  timestamp: "1409659813",
  nonce: "1372623149",
  encrypt:
    "RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUpj911L3vg3W/sYYvuJTs3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2hgf5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9EL4EhzJWrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m3fVKn28H3KDYA5Pl/T8Z1ptDAVe0lXdQ2YoyyH2uyPIGHBZZIs2pDBS8R07+qN+E7Q==",
};

const OA_SAMPLE = {
  token: "pamtest",
  encodingAesKey: "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG",
  receiveId: "wxb11529c136998cb6",
  random: "aaaabbbbccccdddd",
  message: "我是中文abcd123",
  encrypted: "jn1L23DB+6ELqJ+6bruv21Y6MD7KeIfP82D6gU39rmkgczbWwt5+3bnyg5K55bgVtVzd832WzZGMhkP72vVOfg==",
};

const crypto = createMessageCrypto(WECOM);

describe("WeCom's published vectors", () => {
  it("signs the URL verification and the POST exactly as published", () => {
    expect(crypto.sign({ timestamp: VERIFY_URL.timestamp, nonce: VERIFY_URL.nonce, encrypt: VERIFY_URL.echostr })).toBe(VERIFY_URL.signature);
    expect(crypto.sign({ timestamp: POST.timestamp, nonce: POST.nonce, encrypt: POST.encrypt })).toBe(POST.signature);
  });

  it("verifies the published signatures and refuses altered ones", () => {
    expect(crypto.verifySignature({ signature: POST.signature, timestamp: POST.timestamp, nonce: POST.nonce, encrypt: POST.encrypt })).toBe(true);
    expect(crypto.verifySignature({ signature: POST.signature.toUpperCase(), timestamp: POST.timestamp, nonce: POST.nonce, encrypt: POST.encrypt })).toBe(true);
    const cases = [
      { signature: POST.signature.replace(/.$/, "0"), timestamp: POST.timestamp, nonce: POST.nonce, encrypt: POST.encrypt },
      { signature: POST.signature, timestamp: "1409659814", nonce: POST.nonce, encrypt: POST.encrypt },
      { signature: POST.signature, timestamp: POST.timestamp, nonce: POST.nonce, encrypt: POST.encrypt.replace("Ryp", "Ryq") },
      { signature: "", timestamp: POST.timestamp, nonce: POST.nonce, encrypt: POST.encrypt },
      { signature: POST.signature.slice(0, 20), timestamp: POST.timestamp, nonce: POST.nonce, encrypt: POST.encrypt },
    ];
    for (const signed of cases) expect(crypto.verifySignature(signed)).toBe(false);
  });

  it("decrypts the sample echostr", () => {
    expect(crypto.decrypt(VERIFY_URL.echostr)).toBe(VERIFY_URL.plain);
  });

  it("decrypts the echostr when a query parser turned its '+' into spaces", () => {
    expect(crypto.decrypt(VERIFY_URL.echostr.replace(/\+/g, " "))).toBe(VERIFY_URL.plain);
  });

  it("decrypts the sample POST into the published text message", () => {
    const xml = crypto.decrypt(POST.encrypt);
    expect(xml).toContain("<FromUserName><![CDATA[mycreate]]></FromUserName>");
    expect(xml).toContain("<Content><![CDATA[hello]]></Content>");
    expect(xml).toContain("<MsgId>4561255354251345929</MsgId>");
    expect(xml).toContain("<AgentID>218</AgentID>");
  });

  it("refuses the sample POST when our receiveid differs (@wecom/crypto's decrypt alone would accept it)", () => {
    const other = createMessageCrypto({ ...WECOM, receiveId: "ww0000000000000000" });
    expect(() => other.decrypt(POST.encrypt)).toThrowError(expect.objectContaining({ code: "wrong-receiver" }));
    expect(wecomDecrypt(WECOM.encodingAesKey, POST.encrypt).id).toBe(WECOM.receiveId);
  });
});

describe("the Official Account's published encrypt vector", () => {
  const oa = createMessageCrypto(OA_SAMPLE);

  it("encrypts with a fixed random prefix to the published ciphertext", () => {
    expect(oa.encrypt(OA_SAMPLE.message, { random: Buffer.from(OA_SAMPLE.random) })).toBe(OA_SAMPLE.encrypted);
  });

  it("decrypts it back, Chinese included", () => {
    expect(oa.decrypt(OA_SAMPLE.encrypted)).toBe(OA_SAMPLE.message);
  });

  it("signs the plain URL handshake over token, timestamp and nonce only", () => {
    const expected = createHash("sha1").update(["1409304348", "pamtest", "xxxxxx"].join("")).digest("hex");
    expect(oa.sign({ timestamp: "1409304348", nonce: "xxxxxx" })).toBe(expected);
  });
});

describe("round trips and refusals", () => {
  const messages = [
    { name: "empty", text: "" },
    { name: "one byte short of a block", text: "x".repeat(11) },
    { name: "exactly a block with header and id", text: "x".repeat(32 * 3 - 20 - WECOM.receiveId.length) },
    { name: "Chinese and emoji", text: "<xml><Content><![CDATA[明天下午三点见 🙂]]></Content></xml>" },
    { name: "long", text: "长".repeat(3000) },
  ];

  it.each(messages)("round trips $name", ({ text }) => {
    expect(crypto.decrypt(crypto.encrypt(text))).toBe(text);
  });

  it.each(messages)("agrees with @wecom/crypto both ways: $name", ({ text }) => {
    expect(wecomDecrypt(WECOM.encodingAesKey, crypto.encrypt(text))).toMatchObject({ message: text, id: WECOM.receiveId });
    expect(crypto.decrypt(wecomEncrypt(WECOM.encodingAesKey, text, WECOM.receiveId))).toBe(text);
  });

  it("agrees with @wecom/crypto's signature", () => {
    const encrypt = crypto.encrypt("hi");
    expect(crypto.sign({ timestamp: "1700000000", nonce: "abc", encrypt })).toBe(getSignature(WECOM.token, "1700000000", "abc", encrypt));
  });

  it("refuses a message encrypted for another receiveid with the same key", () => {
    const forged = wecomEncrypt(WECOM.encodingAesKey, "<xml/>", "wx5823bf96d3bd56c8");
    expect(() => crypto.decrypt(forged)).toThrow(MessageCryptoError);
    expect(() => crypto.decrypt(wecomEncrypt(WECOM.encodingAesKey, "<xml/>", ""))).toThrow(/another corp id or appid/);
  });

  it("refuses a message encrypted with another key", () => {
    const otherKey = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    // A wrong key almost always breaks the padding; when it happens not to, the length or receiveid check fails.
    expect(() => crypto.decrypt(wecomEncrypt(otherKey, "<xml>hello</xml>", WECOM.receiveId))).toThrow(MessageCryptoError);
  });

  it.each([
    { name: "not base64 blocks", value: "abc" },
    { name: "empty", value: "" },
    { name: "truncated", value: POST.encrypt.slice(0, 64) },
  ])("refuses ciphertext that is $name", ({ value }) => {
    expect(() => crypto.decrypt(value)).toThrow(MessageCryptoError);
  });

  it.each(["", "short", "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2", "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C=", "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B+C"])(
    "refuses the EncodingAESKey %j",
    (encodingAesKey) => {
      expect(isEncodingAesKey(encodingAesKey)).toBe(false);
      expect(() => createMessageCrypto({ ...WECOM, encodingAesKey })).toThrow(/43 letters and digits/);
    },
  );
});
