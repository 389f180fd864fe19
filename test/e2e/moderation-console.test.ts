/**
 * The moderation console in a real browser (Debian's Chromium driven by playwright-core), against the local
 * stack: sign in with the token, see the held comment with its evidence, reject it with a key press, and find
 * it under Rejected; erase a comment once the moderator confirms. Skips when no Chromium is installed (.ci/run
 * installs it).
 */
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalStack, startLocalStack } from "../../local/stack.js";
import { eventually } from "../support/eventually.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const TOKEN = "browser-moderator-token";

let stack: LocalStack;
let browser: Browser;

async function postAndWait(text: string): Promise<string> {
  const response = await fetch(`${stack.url}/comments`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ articleId: "console-article", text, author: { name: "Console Reader" } }),
  });
  const { id } = (await response.json()) as { id: string };
  return eventually(`comment ${id} to be stored`, async () =>
    (await fetch(`${stack.url}/comments/${id}`)).status === 200 ? id : undefined,
  );
}

/** A console page signed in with the moderator token, and the card of the comment holding `text`. */
async function signedInCard(text: string) {
  const page = await browser.newPage();
  await page.goto(`${stack.url}/console`);
  await page.fill("#token", TOKEN);
  await page.click("#signin button");
  const card = page.locator("article.comment", { hasText: text });
  await card.waitFor();
  return { page, card };
}

describe.skipIf(!existsSync(CHROMIUM))("moderation console in a browser", () => {
  beforeAll(async () => {
    // Hold everything so the comments wait for a moderator, whatever the engine thinks of them.
    stack = await startLocalStack({
      port: 0,
      moderatorToken: TOKEN,
      enginePolicy: JSON.stringify({ mode: "hold-everything" }),
      log: () => undefined,
    });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it("lets a moderator sign in, review the queue and reject with the keyboard", async () => {
    const first = await postAndWait("The court should try the returning fighters here, in public.");
    await postAndWait("Thanks for covering the election turnout, very useful numbers.");
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });

    await page.goto(`${stack.url}/console`);
    await expect.poll(() => page.textContent("#status")).toContain("token");

    await page.fill("#token", TOKEN);
    await page.click("#signin button");
    await page.waitForSelector("article.comment");
    expect(await page.locator("article.comment").count()).toBe(2);
    // Oldest first: the first comment posted is selected; its text is shown as text, not HTML.
    expect(await page.textContent("article.comment.selected .text")).toContain("returning fighters");

    await page.keyboard.press("r");
    await expect.poll(() => page.textContent("#status")).toContain(`Rejected ${first}`);
    expect(await page.locator("article.comment").count()).toBe(1);

    await page.check("input[value=rejected]");
    await page.waitForSelector("article.comment.rejected");
    expect(await page.textContent("article.comment.rejected")).toContain("Decided by a moderator");

    const stored = await fetch(`${stack.url}/moderation/comments/${first}`, {
      headers: { Authorization: `Bearer ${TOKEN}` },
    });
    expect(await stored.json()).toMatchObject({ status: "rejected", decidedBy: "moderator" });
    expect(errors).toEqual([]);
  });

  it("highlights the words that made the model hold a comment, not the whole comment", async () => {
    await postAndWait("My cat keeps scratching the sofa, any tips on how to stop her?");
    const { card } = await signedInCard("scratching the sofa");
    const marks = await card.locator(".text mark").allTextContents();
    expect(marks).toContain("scratching");
    expect(marks.every((m) => m.split(" ").length <= 2)).toBe(true);
    expect(await card.locator(".text mark", { hasText: "scratching" }).getAttribute("title")).toMatch(
      /^vulgarity · weighed most by the learned model \(−0\.\d+ without it\) · model\..*\.word$/,
    );
  });

  it("erases a comment at its author's request once the moderator confirms", async () => {
    const id = await postAndWait("Please take this down, it has my phone number in it.");
    const { page, card } = await signedInCard("my phone number");
    const asked: string[] = [];
    page.once("dialog", (dialog) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    });
    await card.locator("button.erase").click();
    expect(asked[0]).toMatch(/Erase this comment/);
    expect((await fetch(`${stack.url}/comments/${id}`)).status).toBe(200);

    page.once("dialog", (dialog) => void dialog.accept());
    await card.locator("button.erase").click();
    await expect.poll(() => page.textContent("#status")).toContain(`Erased ${id}`);
    expect(await page.locator("article.comment", { hasText: "my phone number" }).count()).toBe(0);
    expect((await fetch(`${stack.url}/comments/${id}`)).status).toBe(410);
  });

  it("shows the API's error when the token is wrong", async () => {
    const page = await browser.newPage();
    await page.goto(`${stack.url}/console`);
    await page.fill("#token", "not-the-token");
    await page.click("#signin button");
    await expect.poll(() => page.textContent("#status")).toContain("Unauthorized");
  });
});
