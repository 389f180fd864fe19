/** One error type for every answer that is not a 2xx; handlers throw it and `httpHandler` renders it. */
interface FieldIssue {
  readonly path: string;
  readonly message: string;
}

class HttpError extends Error {
  override readonly name = "HttpError";
  readonly statusCode: number;
  readonly issues: readonly FieldIssue[] | undefined;
  readonly headers: Readonly<Record<string, string>>;

  constructor(
    statusCode: number,
    message: string,
    options: { issues?: readonly FieldIssue[]; headers?: Record<string, string>; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.statusCode = statusCode;
    this.issues = options.issues;
    this.headers = options.headers ?? {};
  }
}

export type { FieldIssue };
export { HttpError };
