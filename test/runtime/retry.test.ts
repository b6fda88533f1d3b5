import { describe, expect, it } from "vitest";
import { withRetries } from "../../src/runtime/retry.ts";

describe("withRetries", () => {
  it("returns the first success, reporting each failure before it", async () => {
    const seen: number[] = [];
    let calls = 0;
    const value = await withRetries(async () => {
      calls++;
      if (calls < 3) throw new Error(`down ${calls}`);
      return "done";
    }, { tries: 5, capMs: 1, onRetry: (attempt) => seen.push(attempt) });
    expect(value).toBe("done");
    expect(seen).toEqual([1, 2]);
  });

  it("throws the last error once the tries are used up", async () => {
    let calls = 0;
    await expect(withRetries(async () => {
      calls++;
      throw new Error(`down ${calls}`);
    }, { tries: 3, capMs: 1, onRetry: () => {} })).rejects.toThrow("down 3");
    expect(calls).toBe(3);
  });
});
