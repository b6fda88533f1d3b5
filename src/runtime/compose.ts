import type { Context } from "./context.ts";

export type Middleware = (ctx: Context, next: () => Promise<void>) => Promise<void>;

/** Runs middleware in order, each deciding whether to call the rest. Calling next() twice is a bug. */
export function compose(middleware: Middleware[]): (ctx: Context) => Promise<void> {
  return (ctx) => {
    const run = async (index: number): Promise<void> => {
      const current = middleware[index];
      if (!current) return;
      let called = false;
      await current(ctx, async () => {
        if (called) throw new Error(`next() called twice in middleware #${index}`);
        called = true;
        await run(index + 1);
      });
    };
    return run(0);
  };
}
