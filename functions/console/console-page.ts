/**
 * The moderation console: one self-contained page (no build step, no third-party code) that lists the queue,
 * shows each comment with the engine's evidence highlighted, and approves or rejects with one key. It talks to
 * the same moderation API as any other client, with a bearer token the moderator pastes in (kept only in this
 * tab's sessionStorage). Comment text is only ever inserted with textContent, never as HTML.
 */
import { createHash } from "node:crypto";
import { CATEGORIES } from "../domain/categories.js";

const SCRIPT = `
const CATEGORIES = ${JSON.stringify(CATEGORIES)};
const apiBase = new URL("./", location.href);
const state = { status: "pending", articleId: "", items: [], cursor: null, selected: 0, busy: false };
const $ = (id) => document.getElementById(id);

function token() { return sessionStorage.getItem("moderatorToken") || ""; }

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  Object.assign(node, props);
  for (const child of children) node.append(child);
  return node;
}

function say(message, kind = "info") {
  const bar = $("status");
  bar.textContent = message;
  bar.dataset.kind = kind;
}

async function api(path, init = {}) {
  const headers = { Authorization: "Bearer " + token() };
  if (init.body) headers["Content-Type"] = "application/json";
  const response = await fetch(new URL(path, apiBase), { ...init, headers });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const detail = (body.issues || []).map((i) => i.path + " " + i.message).join("; ");
    const error = new Error((body.error || "HTTP " + response.status) + (detail ? ": " + detail : ""));
    error.status = response.status;
    throw error;
  }
  return body;
}

function highlighted(text, evidence) {
  // Narrowest first: the words a rule matched or the model weighed say more than a sentence or the whole comment,
  // which are marked only where nothing narrower is.
  const spans = [];
  for (const e of evidence
    .filter((e) => e.end > e.start && e.end <= text.length)
    .sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start)) {
    if (!spans.some((s) => e.start < s.end && s.start < e.end)) spans.push(e);
  }
  spans.sort((a, b) => a.start - b.start);
  const out = el("p", { className: "text" });
  let at = 0;
  for (const span of spans) {
    out.append(text.slice(at, span.start));
    // A word the model weighed is its reason, not a word found abusive: the title says so, with what it weighed.
    const weighed = span.rule.startsWith("model.") && span.rule.endsWith(".word");
    const title = weighed
      ? span.category + " · weighed most by the learned model (−" + span.score + " without it) · " + span.rule
      : span.category + " · " + span.rule;
    out.append(el("mark", { title }, text.slice(span.start, span.end)));
    at = span.end;
  }
  out.append(text.slice(at));
  return out;
}

function card(item, index) {
  const j = item.judgement;
  const chips = el("div", { className: "chips" });
  for (const [category, score] of Object.entries(j.scores).sort((a, b) => b[1] - a[1])) {
    if (score < 0.2 && !j.categories.includes(category)) continue;
    chips.append(el("span", { className: "chip" + (j.categories.includes(category) ? " hit" : "") },
      category + " " + Math.round(score * 100) + "%"));
  }
  const reason = el("select", { className: "reason", title: "Guideline shown to readers" });
  for (const category of CATEGORIES) reason.append(el("option", { value: category, textContent: category }));
  reason.value = item.categories[0] || j.categories[0] || "off_topic";
  const note = el("input", { className: "note", placeholder: "Note for other moderators (optional)" });
  const approve = el("button", { className: "approve", textContent: "Approve (a)" });
  const reject = el("button", { className: "reject", textContent: "Reject (r)" });
  approve.onclick = () => decide(index, "approve");
  reject.onclick = () => decide(index, "reject");
  const erase = el("button", { className: "erase", textContent: "Erase…", title: "Delete at the author's request (cannot be undone)" });
  erase.onclick = () => eraseComment(index);
  const final = item.decidedBy === "moderator";
  return el("article", { className: "comment " + item.status + (index === state.selected ? " selected" : "") },
    el("header", {},
      el("strong", { textContent: item.author.name }),
      el("span", { textContent: " on " + item.articleId + " · " + new Date(item.submittedAt).toLocaleString() }),
      el("span", { className: "badge", textContent: item.status + (final ? " (final)" : " (automatic: " + j.reasonCode + ")") })),
    highlighted(item.text, j.evidence),
    chips,
    final ? el("div", { className: "actions" }, el("p", { className: "final", textContent: "Decided by a moderator." }), erase)
          : el("div", { className: "actions" }, approve, reject, reason, note, erase));
}

function render() {
  const list = $("list");
  list.replaceChildren(...state.items.map(card));
  $("more").hidden = !state.cursor;
  $("empty").hidden = state.items.length > 0;
  list.querySelector(".selected")?.scrollIntoView({ block: "nearest" });
}

async function load(append = false) {
  if (!token()) { say("Paste your moderator token to start.", "error"); return; }
  const query = new URLSearchParams({ status: state.status, limit: "20" });
  if (state.articleId) query.set("articleId", state.articleId);
  if (append && state.cursor) query.set("cursor", state.cursor);
  try {
    const page = await api("moderation/comments?" + query);
    state.items = append ? state.items.concat(page.items) : page.items;
    state.cursor = page.nextCursor;
    if (!append) state.selected = 0;
    say(state.items.length + " " + state.status + " comment(s) shown.");
    render();
  } catch (error) {
    say(error.message, "error");
  }
}

async function decide(index, decision) {
  const item = state.items[index];
  if (!item || state.busy || item.decidedBy === "moderator") return;
  const node = $("list").children[index];
  const body = { decision };
  if (decision === "reject") body.reason = node.querySelector(".reason").value;
  const note = node.querySelector(".note").value.trim();
  if (note) body.note = note;
  state.busy = true;
  try {
    const updated = await api("moderation/comments/" + item.id + "/decision", { method: "POST", body: JSON.stringify(body) });
    if (updated.status !== state.status) state.items.splice(index, 1);
    else state.items[index] = updated;
    state.selected = Math.min(index, state.items.length - 1);
    say((decision === "approve" ? "Approved " : "Rejected ") + item.id + ".");
    render();
  } catch (error) {
    say(error.message, "error");
  } finally {
    state.busy = false;
  }
}

async function eraseComment(index) {
  const item = state.items[index];
  if (!item || state.busy) return;
  if (!confirm("Erase this comment at its author's request? Its text, author and history are deleted for good.")) return;
  state.busy = true;
  try {
    await api("moderation/comments/" + item.id + "/erasure", { method: "POST" });
    state.items.splice(index, 1);
    state.selected = Math.min(index, state.items.length - 1);
    say("Erased " + item.id + ".");
    render();
  } catch (error) {
    say(error.message, "error");
  } finally {
    state.busy = false;
  }
}

$("token").value = token();
$("signin").onsubmit = (event) => {
  event.preventDefault();
  sessionStorage.setItem("moderatorToken", $("token").value.trim());
  load();
};
$("filters").onchange = () => {
  state.status = $("filters").querySelector("input[name=status]:checked").value;
  state.articleId = $("article").value.trim();
  load();
};
$("more").onclick = () => load(true);
document.addEventListener("keydown", (event) => {
  if (event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement) return;
  if (event.key === "j") state.selected = Math.min(state.selected + 1, state.items.length - 1);
  else if (event.key === "k") state.selected = Math.max(state.selected - 1, 0);
  else if (event.key === "a") return decide(state.selected, "approve");
  else if (event.key === "r") return decide(state.selected, "reject");
  else return;
  render();
});
load();
`;

const STYLE = `
body { font: 15px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 56rem; padding: 1rem; color: #1b1b1b; }
form { display: flex; gap: .5rem; flex-wrap: wrap; align-items: center; margin-bottom: .75rem; }
input, select, button { font: inherit; padding: .3rem .5rem; }
#token { flex: 1; min-width: 16rem; }
#status { padding: .4rem .6rem; background: #eef3f8; border-radius: 4px; }
#status[data-kind=error] { background: #fde8e8; color: #8a1111; }
.comment { border: 1px solid #ccd; border-radius: 6px; padding: .6rem .8rem; margin: .6rem 0; }
.comment.selected { outline: 3px solid #3a6fd8; }
.comment header { color: #555; font-size: .9em; display: flex; gap: .4rem; flex-wrap: wrap; }
.badge { margin-left: auto; }
.text { white-space: pre-wrap; margin: .4rem 0; }
mark { background: #ffe08a; }
.chip { display: inline-block; font-size: .8em; padding: 0 .4rem; margin: 0 .3rem .3rem 0; border-radius: 9px; background: #eee; }
.chip.hit { background: #f3c1c1; }
.actions { display: flex; gap: .4rem; flex-wrap: wrap; }
.note { flex: 1; min-width: 12rem; }
.approve { background: #e3f4e3; } .reject { background: #f8e1e1; }
`;

const scriptHash = createHash("sha256").update(SCRIPT).digest("base64");
const styleHash = createHash("sha256").update(STYLE).digest("base64");

/** Only this page's own script and style may run, and it may only call this API. */
const CONSOLE_CSP = [
  "default-src 'none'",
  `script-src 'sha256-${scriptHash}'`,
  `style-src 'sha256-${styleHash}'`,
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

const CONSOLE_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Comment moderation</title>
<style>${STYLE}</style>
</head>
<body>
<h1>Comment moderation</h1>
<form id="signin">
  <label for="token">Moderator token</label>
  <input id="token" type="password" autocomplete="off" placeholder="Bearer token">
  <button type="submit">Sign in</button>
</form>
<form id="filters">
  <label><input type="radio" name="status" value="pending" checked> Pending</label>
  <label><input type="radio" name="status" value="approved"> Approved</label>
  <label><input type="radio" name="status" value="rejected"> Rejected</label>
  <input id="article" placeholder="Article id (optional)">
  <span>Keys: j/k move, a approve, r reject</span>
</form>
<p id="status" role="status" aria-live="polite"></p>
<p id="empty" hidden>Nothing here.</p>
<main id="list"></main>
<button id="more" hidden>Load more</button>
<script>${SCRIPT}</script>
</body>
</html>
`;

export { CONSOLE_CSP, CONSOLE_HTML };
