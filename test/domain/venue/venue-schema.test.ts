/** The venue file: the example passes, and each kind of mistake is reported with its path (and line). */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadVenue, parseVenueText, readVenueFile, VenueError } from "../../../src/domain/venue/load-venue.ts";
import { DEFAULT_VENUE } from "../../../src/domain/venue/default-venue.ts";
import { runCli } from "../../support/run-cli.ts";

const EXAMPLE = resolve(import.meta.dirname, "../../../chatcrm.venue.example.yaml");
const MINIMAL = `name: Test Inn\nrooms:\n  - { name: 大床房, count: 2, capacity: 2 }\n`;

describe("venue schema", () => {
  it("accepts the commented example and fills defaults", () => {
    const reading = readVenueFile(EXAMPLE);
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.venue.rooms.map((r) => r.name)).toEqual(["大床房", "双床房", "家庭套房"]);
    expect(reading.venue.restaurant?.tables).toHaveLength(3);
    expect(reading.venue.staffAlertChat).toEqual({ platform: "wecom", chatId: "frontdesk-group" });
  });

  it("fills every section a minimal file leaves out", () => {
    const reading = parseVenueText(MINIMAL);
    expect(reading.ok && reading.venue).toMatchObject({
      timeZone: "Asia/Shanghai", checkInTime: "14:00", checkOutTime: "12:00", cancellationCutoffHours: 24,
      loyalty: { pointsPerYuan: 1, tiers: [] }, complaints: { responseHours: 2, escalateAfterHours: 4 },
    });
  });

  const cases = [
    { mistake: "a negative count", text: `${MINIMAL}  - { name: 套房, count: -1, capacity: 2 }\n`, path: "rooms.1.count", line: 4 },
    { mistake: "a time that is not HH:mm", text: `${MINIMAL}checkInTime: "2pm"\n`, path: "checkInTime", line: 4 },
    { mistake: "an unknown time zone", text: `${MINIMAL}timeZone: Mars/Olympus\n`, path: "timeZone", line: 4 },
    { mistake: "closing before opening", text: `${MINIMAL}restaurant:\n  openingHours: [{ open: "22:00", close: "11:00" }]\n  tables: [{ name: 2人桌, count: 1, seats: 2 }]\n`, path: "restaurant.openingHours.0.close" },
    { mistake: "an unknown weekday", text: `${MINIMAL}restaurant:\n  openingHours: [{ days: [mon, funday], open: "11:00", close: "14:00" }]\n  tables: [{ name: 2人桌, count: 1, seats: 2 }]\n`, path: "restaurant.openingHours.0.days.1" },
    { mistake: "a room listed twice", text: `${MINIMAL}  - { name: 大床房, count: 1, capacity: 2 }\n`, path: "rooms.1.name" },
    { mistake: "a misspelt key", text: `${MINIMAL}checkinTime: "14:00"\n`, path: "" },
    { mistake: "tiers out of order", text: `${MINIMAL}loyalty:\n  tiers: [{ name: 金卡, minPoints: 5000 }, { name: 银卡, minPoints: 1000 }]\n`, path: "loyalty.tiers.1.minPoints" },
    { mistake: "escalation before the response deadline", text: `${MINIMAL}complaints: { responseHours: 8, escalateAfterHours: 4 }\n`, path: "complaints.escalateAfterHours" },
    { mistake: "a staff chat without its id", text: `${MINIMAL}staffAlertChat: { platform: slack }\n`, path: "staffAlertChat.chatId" },
    { mistake: "no rooms and no restaurant", text: "name: Empty\n", path: "rooms" },
    { mistake: "broken YAML", text: "name: [unclosed\nrooms: 1\n", path: "" },
  ];

  it.each(cases)("reports $mistake at $path", ({ text, path, line }) => {
    const reading = parseVenueText(text);
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    const problem = reading.problems.find((p) => p.path === path);
    expect(problem, JSON.stringify(reading.problems)).toBeDefined();
    if (line) expect(problem!.line).toBe(line);
  });

  it("loads --venue / CHATCRM_VENUE, else ./chatcrm.venue.yaml, else the default", () => {
    const dir = mkdtempSync(join(tmpdir(), "venue-"));
    expect(loadVenue({ cwd: dir, env: {} })).toBe(DEFAULT_VENUE);
    writeFileSync(join(dir, "chatcrm.venue.yaml"), MINIMAL);
    expect(loadVenue({ cwd: dir, env: {} }).name).toBe("Test Inn");
    writeFileSync(join(dir, "other.yaml"), MINIMAL.replace("Test Inn", "Other Inn"));
    expect(loadVenue({ cwd: dir, env: { CHATCRM_VENUE: "other.yaml" } }).name).toBe("Other Inn");
    writeFileSync(join(dir, "bad.yaml"), "name: Bad\nrooms: [{ name: x, count: 1 }]\n");
    expect(() => loadVenue({ cwd: dir, file: "bad.yaml" })).toThrow(VenueError);
    expect(() => loadVenue({ cwd: dir, file: "bad.yaml" })).toThrow(/rooms\.0\.capacity/);
  });
});

describe("chatcrm venue check", () => {
  it("summarises a valid file", async () => {
    const { code, stdout } = await runCli(["venue", "check", EXAMPLE]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/is valid/);
    expect(stdout).toMatch(/大床房 ×8 \(2 guests, ¥458\)/);
    expect(stdout).toMatch(/17:00–21:30 mon\/tue\/wed\/thu\/fri/);
    expect(stdout).toMatch(/staff alerts: wecom frontdesk-group/);
  });

  it("names the exact problem, with its path and line, and fails", async () => {
    const dir = mkdtempSync(join(tmpdir(), "venue-"));
    const file = join(dir, "venue.yaml");
    writeFileSync(file, `${MINIMAL}restaurant:\n  openingHours: [{ open: "11:00", close: "14:00" }]\n  tables:\n    - { name: 4人桌, count: 2, seats: 0 }\n`);
    const { code, stdout } = await runCli(["venue", "check", file]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/not a valid venue/);
    expect(stdout).toMatch(/restaurant\.tables\.0\.seats \(line 7\): Too small/);
  });

  it("a chat refuses to start on an invalid venue, saying why", async () => {
    const dir = mkdtempSync(join(tmpdir(), "venue-"));
    const file = join(dir, "venue.yaml");
    writeFileSync(file, "name: Bad\n");
    const { code, stderr } = await runCli(["chat", "--script", "-", "--db", "memory://", "--venue", file], { input: "" });
    expect(code).toBe(2);
    expect(stderr).toMatch(/not a valid venue[\s\S]*rooms/);
    expect(stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});
