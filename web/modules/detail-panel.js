import { el, replaceChildren } from "./dom.js";
import { formatDate } from "./dates.js";
import { humanize } from "./labels.js";

/**
 * Renders one meeting (the `meeting(id)` answer) into `panel`: what, when, where, who
 * took part, the positions each side took and the quotes, each with the article
 * sentences it comes from.
 */
export function renderMeetingDetail(panel, meeting) {
  if (!meeting) {
    replaceChildren(
      panel,
      el("p", { className: "muted" }, "This meeting is no longer in the graph."),
    );
    return;
  }
  replaceChildren(
    panel,
    el("h2", {}, meeting.title ?? humanize(meeting.kind)),
    el(
      "p",
      { className: "facts" },
      badge(humanize(meeting.kind), "kind"),
      badge(humanize(meeting.status), `status-${meeting.status.toLowerCase()}`),
      meeting.jointStatement ? badge("Joint statement", "joint") : null,
    ),
    el(
      "dl",
      {},
      term("When", meeting.date ? formatDate(meeting.date) : "undated"),
      meeting.location ? term("Where", meeting.location) : null,
      term("States", meeting.countries.map((c) => c.name).join(", ")),
    ),
    section("Participants", meeting.participants, participant),
    section("Positions", meeting.positions, position),
    section("Quotes", meeting.quotes, quote),
    section("Sources", meeting.sources, (a) => el("li", {}, articleLink(a))),
  );
}

/** Shows a loading or error message in the panel. */
export function renderDetailMessage(panel, text) {
  replaceChildren(panel, el("p", { className: "muted" }, text));
}

function badge(text, kind) {
  return el("span", { className: `badge ${kind}` }, text);
}

function term(name, value) {
  return [el("dt", {}, name), el("dd", {}, value)];
}

function section(title, rows, render) {
  if (rows.length === 0) return null;
  return el(
    "section",
    {},
    el("h3", {}, `${title} (${rows.length})`),
    el("ul", {}, rows.map(render)),
  );
}

function participant(leader) {
  const office = [leader.title, leader.country?.name].filter(Boolean).join(", ");
  return el("li", {}, el("strong", {}, leader.name), office ? ` — ${office}` : "");
}

function position(p) {
  return el(
    "li",
    { className: "position" },
    el(
      "div",
      {},
      badge(humanize(p.stance), `stance-${p.stance.toLowerCase()}`),
      " ",
      el("strong", {}, p.topic.label),
      ` — held by ${p.holders.map((h) => h.name).join(", ") || "?"}`,
      p.speakers.length > 0 ? `; stated by ${p.speakers.map((s) => s.name).join(", ")}` : "",
    ),
    evidenceList(p.evidence, { open: false }),
  );
}

function quote(q) {
  return el(
    "li",
    { className: "quote" },
    el("blockquote", {}, `“${q.text}”`),
    el("div", { className: "speaker" }, `— ${q.speaker?.name ?? "unattributed"}`),
    evidenceList([q.evidence], { open: true, marked: q.text }),
  );
}

/** The sentences a fact comes from, the quoted words marked, each with its article. */
function evidenceList(evidence, { open, marked }) {
  return el(
    "details",
    { className: "evidence", open },
    el("summary", {}, `Evidence (${evidence.length})`),
    evidence.map((e) =>
      el(
        "p",
        { className: "sentence" },
        highlight(e.sentence, marked),
        " ",
        el("cite", {}, articleLink(e.article)),
      ),
    ),
  );
}

function highlight(sentence, words) {
  const at = words ? sentence.indexOf(words) : -1;
  if (at < 0) return sentence;
  return [sentence.slice(0, at), el("mark", {}, words), sentence.slice(at + words.length)];
}

function articleLink(article) {
  const label = [article.publisher, article.title, article.publishedAt].filter(Boolean).join(" · ");
  // Only http(s) links: an article URL is data, and a javascript: URL would be code.
  return /^https?:\/\//.test(article.url ?? "")
    ? el("a", { href: article.url, rel: "noopener noreferrer", target: "_blank" }, label)
    : label;
}
