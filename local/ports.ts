import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { errorCode, StartupError } from "./errors.js";

/**
 * Where the OS starts handing ports to the local end of outgoing connections (Linux's ephemeral range; 32768 by
 * default, macOS 49152). A port picked below it is never taken by a connection, which can otherwise happen to a
 * port the OS chose for us: a CI run lost DynamoDB Local's port to one between stopping the emulator and starting
 * it again on the same port (the persistence test).
 */
function ephemeralStart(): number {
  try {
    const low = Number(readFileSync("/proc/sys/net/ipv4/ip_local_port_range", "utf8").trim().split(/\s+/)[0]);
    if (Number.isInteger(low)) return low;
  } catch {
    // Not Linux: macOS and Windows start at 49152.
  }
  return 32768;
}

const PICK_FROM = 10000;

/**
 * Listens on `port` (0: one the OS picks) and closes again; the port it got. Every interface unless `host` is given:
 * the emulators bind every interface, and the wildcard bind also fails on a port held on loopback only.
 */
async function listenBriefly(port: number, host?: string): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("could not allocate a free port");
  return address.port;
}

/**
 * A free port, picked at random below the ephemeral range (above), or from the OS when that range leaves no room.
 * Another process could take it before we bind it; acceptable for local runs.
 */
async function freePort(host = "127.0.0.1"): Promise<number> {
  const below = ephemeralStart();
  for (let attempt = 0; below - PICK_FROM >= 1000 && attempt < 20; attempt++) {
    try {
      return await listenBriefly(PICK_FROM + Math.floor(Math.random() * (below - PICK_FROM)));
    } catch {
      // Taken: try another.
    }
  }
  return listenBriefly(0, host);
}

/** Fails with a one-line StartupError when `port` is taken. */
async function assertPortFree(port: number, what: string, envName: string): Promise<void> {
  try {
    await listenBriefly(port);
  } catch (error) {
    throw portInUse(port, what, envName, error);
  }
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

export { assertPortFree, ephemeralStart, freePort, portInUse, resolvePort };
