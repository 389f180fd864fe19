import { createServer } from "node:net";
import { errorCode, StartupError } from "./errors.js";

/** Asks the OS for a free port. Another process could take it before we bind it; acceptable for local runs. */
async function freePort(host = "127.0.0.1"): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, host, resolve);
  });
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("could not allocate a free port");
  return address.port;
}

/**
 * Fails with a one-line StartupError when `port` is taken. The emulators bind every interface, so the check binds
 * the wildcard address, which also catches a listener on loopback only.
 */
async function assertPortFree(port: number, what: string, envName: string): Promise<void> {
  const server = createServer();
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, resolve);
    });
  } catch (error) {
    throw portInUse(port, what, envName, error);
  }
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

function portInUse(port: number, what: string, envName: string, error: unknown): Error {
  const code = errorCode(error);
  if (code === "EADDRINUSE" || code === "EACCES") {
    const reason = code === "EADDRINUSE" ? "is already in use" : "is not allowed";
    return new StartupError(
      `Port ${port} for ${what} ${reason}: stop the process holding it or set ${envName} to a free port.`,
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}

/** Resolves a port option: a fixed port is checked, 0 or undefined picks a free one. */
async function resolvePort(port: number | undefined, what: string, envName: string): Promise<number> {
  if (port === undefined || port === 0) return freePort();
  await assertPortFree(port, what, envName);
  return port;
}

export { assertPortFree, freePort, portInUse, resolvePort };
