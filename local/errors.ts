/**
 * A failure the person running the stack can fix themselves (missing Java, a busy port). The CLI prints its
 * message as one line, without a stack trace.
 */
class StartupError extends Error {
  override readonly name = "StartupError";
}

function errorCode(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "code" in error && typeof error.code === "string") {
    return error.code;
  }
  return undefined;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export { errorCode, errorMessage, StartupError };
