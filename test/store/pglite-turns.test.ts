import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/store/client.ts";

describe("embedded database and the event loop", () => {
  it("lets other work run between a handler's queries", async () => {
    const database = await openDatabase({ db: "memory://" });
    try {
      let turns = 0;
      let on = true;
      const tick = () => {
        turns++;
        if (on) setImmediate(tick);
      };
      await database.prisma.staff.count(); // warm the client outside the count
      turns = 0;
      setImmediate(tick);
      // Twenty queries in a row, as one message's handling makes: an HTTP request arriving meanwhile
      // must not wait for all of them.
      for (let k = 0; k < 20; k++) await database.prisma.staff.count();
      on = false;
      expect(turns).toBeGreaterThanOrEqual(15);
    } finally {
      await database.close();
    }
  });
});
