import { describe, expect, it } from "vitest";
import type { Category } from "../../../functions/domain/categories.js";
import { applyModeratorDecision, createCommentRecord } from "../../../functions/domain/comment-lifecycle.js";
import type { CommentRecord, CommentStatus, ModeratorDecision } from "../../../functions/domain/schemas.js";
import { parseEnginePolicy } from "../../../functions/engine/policy.js";
import { fetchDecidedComments, ModerationApiError } from "../../../scripts/lib/moderation-api.js";
import { buildModerationReport, labelledLines } from "../../../scripts/lib/moderation-report.js";
import { renderModerationReport } from "../../../scripts/lib/moderation-report-text.js";
import { judgement, submittedMessage } from "../../fixtures/comments.js";

const POLICY = parseEnginePolicy({});
let serial = 0;

/** A comment the worker judged `worker` (under `categories`, with that score), then a moderator decided. */
function decided(
  worker: CommentStatus,
  moderator: ModeratorDecision | undefined,
  { categories = [] as Category[], score = 0.6, text = "A comment.", day = "26" } = {},
): CommentRecord {
  serial++;
  const id = `c_01jd${String(serial).padStart(22, "0")}`;
  const stored = createCommentRecord(
    submittedMessage({
      id,
      submittedAt: `2026-11-${day}T08:00:00.000Z`,
      comment: {
        articleId: "iraq-repatriation-2026",
        text,
        author: { name: "Sam Reader", email: "sam@example.org" },
        article: { title: "Iraq to bring home 1,200 citizens" },
      },
    }),
    judgement({
      decision: worker,
      categories,
      scores: Object.fromEntries(categories.map((c) => [c, score])),
      reasonCode: worker === "pending" ? (categories.length > 0 ? "uncertain" : "non_english") : "violation",
    }),
    `2026-11-${day}T08:00:01.000Z`,
  );
  if (!moderator) return stored;
  const outcome = applyModeratorDecision(stored, moderator, "mod-1", `2026-11-${day}T09:00:00.000Z`);
  return outcome.record;
}

const approve: ModeratorDecision = { decision: "approve" };
const reject: ModeratorDecision = { decision: "reject" };

describe("buildModerationReport", () => {
  it("compares each moderator's decision with the worker's call, ignoring comments no moderator decided", () => {
    const records = [
      decided("pending", approve, { categories: ["off_topic"] }),
      decided("pending", reject, { categories: ["threat"] }),
      // Stored before a rejection had to name a guideline when the engine named none.
      {
        ...decided("approved", { decision: "reject", reason: "off_topic" }, { text: "Missed." }),
        categories: [],
      },
      decided("rejected", approve, {
        categories: ["profanity"],
        score: 0.9,
        text: "Bloody hell, about time.",
      }),
      decided("approved", undefined),
      decided("pending", undefined, { categories: ["threat"] }),
    ];
    const report = buildModerationReport(records, POLICY);
    expect(report.decided).toBe(4);
    expect(report.matrix).toEqual({
      approved: { approved: 0, rejected: 1 },
      pending: { approved: 1, rejected: 1 },
      rejected: { approved: 1, rejected: 0 },
    });
    expect(report.reversedRejections).toEqual([["profanity", 1]]);
    // A rejection that names no guideline (an older record) is counted under "none".
    expect(report.reversedApprovals).toEqual([["none", 1]]);
    expect(report.examples.reversedRejections.map((e) => e.text)).toEqual(["Bloody hell, about time."]);
  });

  it("counts held comments under every guideline they were held under", () => {
    const records = [
      decided("pending", approve, { categories: ["off_topic"], score: 0.55 }),
      decided("pending", approve, { categories: ["off_topic"], score: 0.6 }),
      decided("pending", reject, { categories: ["off_topic", "personal_attack"], score: 0.7 }),
      decided("pending", approve, { categories: [] }),
    ];
    const report = buildModerationReport(records, POLICY);
    expect(report.held.map((r) => [r.category, r.held, r.approved, r.rejected])).toEqual([
      ["off_topic", 3, 2, 1],
      ["personal_attack", 1, 0, 1],
    ]);
    expect(report.heldWithoutGuideline).toEqual([{ reason: "non_english", held: 1, approved: 1 }]);
  });

  it("estimates what each higher hold level would have published, on comments held under one guideline alone", () => {
    const records = [
      ...Array.from({ length: 8 }, () =>
        decided("pending", approve, { categories: ["off_topic"], score: 0.6 }),
      ),
      ...Array.from({ length: 2 }, () =>
        decided("pending", reject, { categories: ["off_topic"], score: 0.7 }),
      ),
      // Held under two guidelines: raising one level alone would not publish it.
      decided("pending", approve, { categories: ["off_topic", "threat"], score: 0.55 }),
    ];
    const [option] = buildModerationReport(records, POLICY).holdLevels;
    expect(option).toMatchObject({ category: "off_topic", current: 0.5, reject: 0.8, heldAlone: 10 });
    // Levels with the same outcome are one step.
    expect(option?.steps).toEqual([
      { from: 0.55, to: 0.6, publishedApproved: 0, publishedRejected: 0 },
      { from: 0.65, to: 0.7, publishedApproved: 8, publishedRejected: 0 },
      { from: 0.75, to: 0.8, publishedApproved: 8, publishedRejected: 2 },
    ]);
  });

  it("reads the site's own thresholds and suggests nothing from fewer than ten held comments", () => {
    const policy = parseEnginePolicy({ thresholds: { off_topic: { hold: 0.6, reject: 0.7 } } });
    const records = Array.from({ length: 10 }, () =>
      decided("pending", approve, { categories: ["off_topic"] }),
    );
    expect(buildModerationReport(records, policy).holdLevels[0]?.steps).toEqual([
      { from: 0.65, to: 0.7, publishedApproved: 10, publishedRejected: 0 },
    ]);
    expect(buildModerationReport(records.slice(0, 9), POLICY).holdLevels).toEqual([]);
  });

  it("estimates what raising a model head's level would publish, from the probabilities of comments it alone held", () => {
    const evidence = (category: Category, rule: string, score: number) => ({
      category,
      start: 0,
      end: 10,
      rule,
      score,
    });
    const heldBy = (
      moderator: ModeratorDecision,
      category: Category,
      items: ReturnType<typeof evidence>[],
    ) => {
      const record = decided("pending", moderator, { categories: [category] });
      return { ...record, judgement: { ...record.judgement, evidence: items } };
    };
    const records = [
      // The personal-attack head alone: 0.52 … 0.70, and one at 0.97, past where it rejects alone (0.95).
      ...[0.52, 0.54, 0.58, 0.62, 0.66, 0.68, 0.7, 0.97].map((p) =>
        heldBy(approve, "personal_attack", [
          evidence("personal_attack", "model.v1", p),
          evidence("personal_attack", "model.v1.word", 0.2),
        ]),
      ),
      ...[0.56, 0.9].map((p) =>
        heldBy(reject, "personal_attack", [evidence("personal_attack", "model.v1", p)]),
      ),
      // A rule found it too: not the model's doing alone.
      heldBy(approve, "personal_attack", [
        evidence("personal_attack", "model.v1", 0.52),
        evidence("personal_attack", "personal_attack.dismissal", 0.55),
      ]),
      // The general head held it: counted under "toxicity", too few to suggest anything.
      heldBy(approve, "personal_attack", [
        evidence("personal_attack", "model.v1", 0.3),
        evidence("personal_attack", "model.v1.toxicity", 0.88),
      ]),
    ];
    const options = buildModerationReport(records, POLICY).modelHoldLevels;
    expect(options).toHaveLength(1);
    expect(options[0]).toMatchObject({ head: "personal_attack", current: 0.5, heldByModelAlone: 10 });
    expect(options[0]?.steps.slice(0, 3)).toEqual([
      { from: 0.55, to: 0.55, publishedApproved: 2, publishedRejected: 0 },
      { from: 0.6, to: 0.6, publishedApproved: 3, publishedRejected: 1 },
      { from: 0.65, to: 0.65, publishedApproved: 4, publishedRejected: 1 },
    ]);
    // No level publishes what the head would reject alone (0.97): the steps end at 0.95.
    expect(options[0]?.steps.slice(-2)).toEqual([
      { from: 0.75, to: 0.9, publishedApproved: 7, publishedRejected: 1 },
      { from: 0.95, to: 0.95, publishedApproved: 7, publishedRejected: 2 },
    ]);
    // The site's own level is where the steps start.
    const tuned = buildModerationReport(
      records,
      parseEnginePolicy({ modelHoldAt: { personal_attack: 0.6 } }),
    );
    expect(tuned.modelHoldLevels[0]).toMatchObject({ current: 0.6 });
    expect(tuned.modelHoldLevels[0]?.steps[0]?.from).toBe(0.65);
    expect(renderModerationReport(buildModerationReport(records, POLICY))).toContain(
      "personal_attack: 10 held by this head alone; it holds now from 0.50",
    );
  });

  it("lists terms rules found that moderators nearly always published, as the allow list compares them", () => {
    const found = (match: string, category: Category, rule = `${category}.lexicon.exact`) => ({
      category,
      start: 0,
      end: match.length,
      rule,
      match,
    });
    const withEvidence = (record: CommentRecord, evidence: ReturnType<typeof found>[]) => ({
      ...record,
      judgement: { ...record.judgement, evidence },
    });
    const records = [
      // "Bloody" published 4 times of 5: a candidate, written as the allow list compares it.
      ...Array.from({ length: 4 }, () =>
        withEvidence(decided("pending", approve, { categories: ["profanity"] }), [
          found("Bloody", "profanity"),
        ]),
      ),
      withEvidence(decided("rejected", reject, { categories: ["profanity"] }), [
        found("BLOODY", "profanity"),
      ]),
      // Published 3 of 5: not enough.
      ...[approve, approve, approve, reject, reject].map((m) =>
        withEvidence(decided("pending", m, { categories: ["threat"] }), [found("hang", "threat")]),
      ),
      // The model's words, a sentence, and a guideline the worker did not name are never candidates.
      ...Array.from({ length: 3 }, () =>
        withEvidence(decided("pending", approve, { categories: ["vulgarity"] }), [
          found("your", "vulgarity", "model.v1.word"),
          found("the minister is a clown", "vulgarity"),
          found("idiot", "personal_attack"),
        ]),
      ),
    ];
    // A plain link counts by its domain, for allowedLinkDomains.
    const links = ["https://www.youtube.com/watch?v=1", "youtube.com/x", "www.youtube.com"].map((link) =>
      withEvidence(decided("pending", approve, { categories: ["promotion"] }), [
        found(link, "promotion", "promotion.link"),
      ]),
    );
    expect(buildModerationReport([...records, ...links], POLICY).allowCandidates).toEqual([
      { term: "bloody", setting: "allowList", category: "profanity", approved: 4, rejected: 1 },
      { term: "youtube.com", setting: "allowedLinkDomains", category: "promotion", approved: 3, rejected: 0 },
    ]);
  });

  it("shows examples newest first without author details", () => {
    const records = [
      decided("rejected", approve, { categories: ["threat"], text: "Older.", day: "20" }),
      decided("rejected", approve, { categories: ["threat"], text: "Newer.", day: "25" }),
    ];
    const report = buildModerationReport(records, POLICY, 1);
    expect(report.examples.reversedRejections).toEqual([
      expect.objectContaining({ text: "Newer.", categories: ["threat"] }),
    ]);
    expect(JSON.stringify(report)).not.toContain("sam@example.org");
  });

  it("renders every section as text, and says so when no moderator has decided anything", () => {
    const text = renderModerationReport(
      buildModerationReport(
        [
          decided("pending", approve, { categories: ["off_topic"] }),
          decided("approved", { decision: "reject", reason: "threat" }, { text: "I know where you live." }),
        ],
        POLICY,
      ),
    );
    expect(text).toContain("2 comments decided by a moderator, submitted 2026-11-26 to 2026-11-26.");
    expect(text).toMatch(/off_topic\s+1\s+1 \(100 %\)\s+0 \(0 %\)/);
    expect(text).toContain("by the moderator's guideline: threat 1.");
    expect(text).toContain('"I know where you live."');
    expect(renderModerationReport(buildModerationReport([], POLICY))).toMatch(/^No comment/);
  });
});

describe("labelledLines", () => {
  it("writes moderators' decisions in the fixture format eval:targets reads", () => {
    const lines = labelledLines([
      decided("pending", approve, { categories: ["off_topic"], text: "Fine." }),
      decided("approved", { decision: "reject", reason: "threat" }, { text: "Not fine." }),
      decided("pending", undefined),
    ]);
    expect(lines).toEqual([
      expect.objectContaining({ text: "Fine.", expected: { class: "clean" } }),
      expect.objectContaining({ text: "Not fine.", expected: { class: "violation", category: "threat" } }),
    ]);
    expect(lines[0]?.article).toEqual({
      id: "iraq-repatriation-2026",
      title: "Iraq to bring home 1,200 citizens",
    });
  });
});

describe("fetchDecidedComments", () => {
  const recordOn = (day: string) => decided("pending", approve, { categories: ["threat"], day });

  /** A fake moderation API: `pages[status]` in order, each page's cursor naming the next. */
  function fakeApi(pages: Record<string, CommentRecord[][]>, seen: string[] = []): typeof fetch {
    return (async (input: string | URL | Request) => {
      const url = new URL(String(input));
      seen.push(`${url.pathname}?${url.searchParams}`);
      const list = pages[url.searchParams.get("status") ?? ""] ?? [];
      const at = Number(url.searchParams.get("cursor") ?? 0);
      const next = at + 1 < list.length ? String(at + 1) : null;
      return new Response(JSON.stringify({ items: list[at] ?? [], nextCursor: next }), { status: 200 });
    }) as typeof fetch;
  }

  it("reads every page of approved and rejected comments with the moderator's token", async () => {
    const seen: string[] = [];
    const pages = { approved: [[recordOn("27")], [recordOn("26")]], rejected: [[recordOn("25")]] };
    const progress: string[] = [];
    const { records } = await fetchDecidedComments({
      api: "http://127.0.0.1:3000",
      token: "t",
      fetchFn: fakeApi(pages, seen),
      onPage: (status, n) => progress.push(`${status} ${n}`),
    });
    expect(records).toHaveLength(3);
    expect(seen).toEqual([
      "/moderation/comments?status=approved&limit=100",
      "/moderation/comments?status=approved&limit=100&cursor=1",
      "/moderation/comments?status=rejected&limit=100",
    ]);
    expect(progress).toEqual(["approved 1", "approved 2", "rejected 3"]);
  });

  it("stops paging once comments are older than --since (listings are newest first)", async () => {
    const seen: string[] = [];
    const pages = { approved: [[recordOn("27"), recordOn("24")], [recordOn("23")]], rejected: [] };
    const { records } = await fetchDecidedComments({
      api: "http://127.0.0.1:3000/",
      token: "t",
      since: "2026-11-25T00:00:00.000Z",
      fetchFn: fakeApi(pages, seen),
    });
    expect(records.map((r) => r.submittedAt.slice(8, 10))).toEqual(["27"]);
    expect(seen.filter((s) => s.includes("cursor"))).toEqual([]);
  });

  it("waits and asks again when throttled, as long as the API says, and gives up after five retries", async () => {
    const waits: number[] = [];
    let calls = 0;
    const throttledTwice = (async () => {
      calls++;
      if (calls === 1) return new Response("", { status: 429, headers: { "Retry-After": "2" } });
      if (calls === 2) return new Response("", { status: 503 });
      return new Response(JSON.stringify({ items: [recordOn("26")], nextCursor: null }), { status: 200 });
    }) as typeof fetch;
    const sleep = async (ms: number) => {
      waits.push(ms);
    };
    const options = { api: "http://127.0.0.1:3000", token: "t", sleep };
    expect((await fetchDecidedComments({ ...options, fetchFn: throttledTwice })).records).toHaveLength(2);
    expect(waits).toEqual([2000, 1000]);
    const alwaysThrottled = (async () => new Response("slow down", { status: 429 })) as typeof fetch;
    waits.length = 0;
    await expect(fetchDecidedComments({ ...options, fetchFn: alwaysThrottled })).rejects.toThrow(
      "answered 429: slow down",
    );
    expect(waits).toEqual([500, 1000, 2000, 4000, 8000]);
  });

  it("leaves out, and counts, items that are not records it can read, keeping the rest", async () => {
    const pages = { approved: [[recordOn("27"), { id: "old shape" } as unknown as CommentRecord]] };
    const result = await fetchDecidedComments({
      api: "http://127.0.0.1:3000",
      token: "t",
      fetchFn: fakeApi(pages),
    });
    expect(result.records).toHaveLength(1);
    expect(result.skipped).toBe(1);
  });

  it("names a refused token, an unreachable API and an answer that is not a page of records", async () => {
    const answer = (status: number, body: unknown) =>
      (async () => new Response(JSON.stringify(body), { status })) as typeof fetch;
    const options = { api: "http://127.0.0.1:3000", token: "t" };
    await expect(fetchDecidedComments({ ...options, fetchFn: answer(401, {}) })).rejects.toThrow(
      /refused the token \(401\)/,
    );
    const down = (async () => {
      throw new TypeError("fetch failed");
    }) as typeof fetch;
    await expect(fetchDecidedComments({ ...options, fetchFn: down })).rejects.toThrow(
      "cannot reach http://127.0.0.1:3000: fetch failed",
    );
    await expect(fetchDecidedComments({ ...options, fetchFn: answer(200, { rows: [] }) })).rejects.toThrow(
      ModerationApiError,
    );
  });
});
