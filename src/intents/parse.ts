/**
 * The intent parser the app uses: rules first, the model only when the rules are unsure, and the rules'
 * answer whenever the model fails. Whatever answers, the role's allowed intents are enforced last.
 */
import type { Logger } from "../runtime/logger.ts";
import { createLlmParser, LlmParseError, type LlmOptions, type LlmParser } from "./llm.ts";
import { parseWithRules } from "./rules/index.ts";
import { INTENTS_BY_ROLE, type ParseInput, type ParseResult } from "./schema.ts";

export type ParserMode = "rules" | "llm" | "auto";

export type IntentParserStats = {
  total: number;
  /** the rules were sure, so the model was not asked */
  skippedModel: number;
  /** the model's answer was used */
  modelAnswered: number;
  /** the model was asked but failed, so the rules' answer was used */
  fellBack: number;
};

export type IntentParser = { parse(input: ParseInput): Promise<ParseResult>; readonly stats: IntentParserStats };

export type RulesParser = (input: ParseInput) => ParseResult;

export type IntentParserOptions = {
  mode: ParserMode;
  /** the model; without an API key "auto" parses with rules only, and "llm" refuses to start */
  llm?: LlmOptions;
  log?: Logger;
  /** the rules parser; a seam for tests, defaults to `parseWithRules` */
  rules?: RulesParser;
};

const UNKNOWN: ParseResult["intent"] = { intent: "unknown", slots: {} };

/** A result whose intent the role may not use becomes `unknown`: the last word on role scoping. */
export function enforceRole(result: ParseResult, input: ParseInput): ParseResult {
  if (INTENTS_BY_ROLE[input.role].includes(result.intent.intent)) return result;
  return { ...result, intent: UNKNOWN };
}

/** Creates the parser for a mode; see the module comment for the order of things. */
export function createIntentParser(options: IntentParserOptions): IntentParser {
  const { mode, log } = options;
  const rules = options.rules ?? ((input: ParseInput) => parseWithRules(input));
  if (mode === "llm" && !options.llm?.apiKey) {
    throw new Error("the llm parser needs an API key: set OPENAI_API_KEY, or use --parser rules");
  }
  const model: LlmParser | undefined = mode !== "rules" && options.llm?.apiKey ? createLlmParser(options.llm) : undefined;
  const stats: IntentParserStats = { total: 0, skippedModel: 0, modelAnswered: 0, fellBack: 0 };

  const runRules = (input: ParseInput): ParseResult => {
    try {
      return rules(input);
    } catch (error) {
      // A rules bug must not take the message down with it; the model (if any) still gets a go.
      log?.error("rules parser threw", { error: error instanceof Error ? error.message : String(error) });
      return { intent: UNKNOWN, confidence: "low", parser: "rules" };
    }
  };

  return {
    stats,
    async parse(input) {
      stats.total++;
      const byRules = enforceRole(runRules(input), input);
      if (!model) return byRules;
      if (byRules.confidence === "high") {
        stats.skippedModel++;
        return byRules;
      }
      try {
        const byModel = await model.parse(input);
        stats.modelAnswered++;
        return enforceRole(byModel, input);
      } catch (error) {
        stats.fellBack++;
        const reason = error instanceof LlmParseError ? error.reason : "unexpected";
        log?.warn("llm parser failed, using the rules' answer", {
          reason,
          status: error instanceof LlmParseError ? error.status : undefined,
          error: error instanceof Error ? error.message : String(error),
        });
        return byRules;
      }
    },
  };
}
