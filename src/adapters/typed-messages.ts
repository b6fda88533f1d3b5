/**
 * Lines read at a terminal, as the messages they were meant to be. A block pasted in one go ("EOD recap:" and its
 * numbered items, a guest's email) reaches readline as lines a few milliseconds apart, and is one message, as it
 * would be in a messenger. Lines typed one by one, each ended by Enter, stay messages of their own; so does every
 * line of piped input, which is a script of messages, not a paste.
 */
import type { Interface } from "node:readline";

/** Longer than a paste takes to arrive, shorter than anyone types a line. */
const PASTE_WINDOW_MS = 30;

export async function* typedMessages(rl: Interface, options: { joinPasted: boolean }): AsyncGenerator<string> {
  const ready: string[] = [];
  let pasting: string[] = [];
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  let wake: (() => void) | undefined;
  const flush = () => {
    timer = undefined;
    if (pasting.length) ready.push(pasting.join("\n"));
    pasting = [];
    wake?.();
  };
  rl.on("line", (line: string) => {
    if (!options.joinPasted) {
      ready.push(line);
      wake?.();
      return;
    }
    pasting.push(line);
    clearTimeout(timer);
    timer = setTimeout(flush, PASTE_WINDOW_MS);
  });
  rl.on("close", () => {
    clearTimeout(timer);
    closed = true;
    flush();
  });
  for (;;) {
    const next = ready.shift();
    if (next !== undefined) {
      yield next;
      continue;
    }
    if (closed) return;
    await new Promise<void>((resolve) => (wake = resolve));
    wake = undefined;
  }
}
