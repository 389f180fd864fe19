/**
 * `npm start -- --data-dir <dir>`: comments stored by the worker survive a restart of the whole stack, and
 * stop() releases every port it held (an orphaned JVM would keep DynamoDB Local's).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { LocalStack } from "../../local/stack.js";
import { acceptsConnections } from "../support/ports.js";
import type { CommentView } from "./support/api-client.js";
import { apiClient } from "./support/api-client.js";
import { eventually, startTestStack } from "./support/local-stack.js";

const dataDir = mkdtempSync(join(tmpdir(), "comments-local-"));
let current: LocalStack | undefined;

afterAll(async () => {
  await current?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

function portOf(url: string): number {
  return Number(new URL(url).port);
}

describe("persistent data folder", () => {
  it("keeps stored comments across a restart, and stop() frees every port", async () => {
    current = (await startTestStack({ dataDir })).stack;
    const first = current;
    const api = apiClient(first.url);
    const posted = await api.call<{ id: string }>("POST", "/comments", {
      json: { articleId: "persisted-article", text: "Still here after a restart?", author: { name: "Ada" } },
    });
    expect(posted.status).toBe(202);
    const id = posted.body.id;
    const before = await eventually("the comment to be stored", async () => {
      const response = await api.call<CommentView>("GET", `/moderation/comments/${id}`, {
        token: first.moderatorToken,
      });
      return response.status === 200 ? response.body : undefined;
    });

    const ports = [first.url, first.endpoints.dynamodb, first.endpoints.sqs].map(portOf);
    await first.stop();
    current = undefined;
    expect(await Promise.all(ports.map(acceptsConnections))).toEqual([false, false, false]);

    current = (await startTestStack({ dataDir })).stack;
    const second = current;
    const after = await apiClient(second.url).call<CommentView>("GET", `/moderation/comments/${id}`, {
      token: second.moderatorToken,
    });
    expect(after.status).toBe(200);
    expect(after.body).toEqual(before);
  });
});
