/**
 * Finds and reads the venue: `--venue FILE` (which the CLI passes on as CHATCRM_VENUE), else
 * `./chatcrm.venue.yaml` when there is one, else the built-in default venue.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { LineCounter, parseDocument } from "yaml";
import { VenueSchema, type Venue } from "./venue-schema.ts";
import { DEFAULT_VENUE } from "./default-venue.ts";

export const VENUE_FILE_NAME = "chatcrm.venue.yaml";

/** One thing wrong with a venue file: where (a dotted path, and the line when known) and what. */
export type VenueProblem = { path: string; line?: number; message: string };

export type VenueReading = { ok: true; venue: Venue } | { ok: false; problems: VenueProblem[] };

/** A venue file that cannot be used; the message lists every problem with its path. */
export class VenueError extends Error {
  constructor(readonly file: string, readonly problems: VenueProblem[]) {
    super(`${file} is not a valid venue:\n${problems.map(formatVenueProblem).join("\n")}`);
    this.name = "VenueError";
  }
}

export function formatVenueProblem(problem: VenueProblem): string {
  return `  ${problem.path || "(top level)"}${problem.line ? ` (line ${problem.line})` : ""}: ${problem.message}`;
}

/** Which file the venue comes from, or undefined for the built-in default. */
export function venueFilePath(options: { file?: string; env?: NodeJS.ProcessEnv; cwd?: string } = {}): string | undefined {
  const cwd = options.cwd ?? process.cwd();
  const named = options.file ?? (options.env ?? process.env).CHATCRM_VENUE;
  if (named) return resolve(cwd, named);
  const local = resolve(cwd, VENUE_FILE_NAME);
  return existsSync(local) ? local : undefined;
}

/** The venue to run with; throws VenueError when the chosen file is missing or invalid. */
export function loadVenue(options: { file?: string; env?: NodeJS.ProcessEnv; cwd?: string } = {}): Venue {
  const file = venueFilePath(options);
  if (!file) return DEFAULT_VENUE;
  const reading = readVenueFile(file);
  if (!reading.ok) throw new VenueError(file, reading.problems);
  return reading.venue;
}

/** Reads and validates one venue file, collecting every problem instead of stopping at the first. */
export function readVenueFile(file: string): VenueReading {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    return { ok: false, problems: [{ path: "", message: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? "error"})` }] };
  }
  return parseVenueText(text);
}

/** Validates venue YAML (JSON is YAML too). */
export function parseVenueText(text: string): VenueReading {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => ({ path: "", line: e.linePos?.[0].line, message: `YAML: ${e.message.split("\n")[0]}` })),
    };
  }
  const parsed = VenueSchema.safeParse(doc.toJS() ?? {});
  if (parsed.success) return { ok: true, venue: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => {
      const path = issue.path.map(String);
      return { path: path.join("."), line: lineOf(doc, lineCounter, issue.path), message: issue.message };
    }),
  };
}

/** The line of the deepest node on `path` that exists in the document (a missing key points at its parent). */
function lineOf(doc: ReturnType<typeof parseDocument>, lines: LineCounter, path: PropertyKey[]): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === "object" && node.range) return lines.linePos(node.range[0]).line;
  }
  return undefined;
}
