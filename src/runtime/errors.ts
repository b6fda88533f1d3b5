/** One error type for everything a user may be told about. Anything else is a bug: logged, never shown. */
export const ERROR_CODES = [
  "FORBIDDEN", "NOT_FOUND", "INVALID_INPUT", "CONFLICT", "UNAVAILABLE", "NOT_LINKED",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly userMessage: { zh: string; en: string };

  constructor(code: ErrorCode, options: { message?: string; userMessage: { zh: string; en: string } }) {
    super(options.message ?? options.userMessage.en);
    this.name = "AppError";
    this.code = code;
    this.userMessage = options.userMessage;
  }
}

export const forbidden = (zh: string, en: string) => new AppError("FORBIDDEN", { userMessage: { zh, en } });
export const notFound = (zh: string, en: string) => new AppError("NOT_FOUND", { userMessage: { zh, en } });
export const invalidInput = (zh: string, en: string) => new AppError("INVALID_INPUT", { userMessage: { zh, en } });
