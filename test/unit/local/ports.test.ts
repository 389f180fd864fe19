import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { ephemeralStart, freePort } from "../../../local/ports.js";

describe("freePort", () => {
  it("picks a port a server can listen on, below the range the OS gives outgoing connections", async () => {
    const port = await freePort();
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, resolve);
    });
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const ephemeral = ephemeralStart();
    if (ephemeral - 10000 >= 1000) expect(port).toBeLessThan(ephemeral);
  });
});
