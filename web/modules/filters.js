import { el, replaceChildren } from "./dom.js";
import { MEETING_KINDS, humanize } from "./labels.js";

/**
 * Renders the filter form (dates, states, leaders, kinds, topic) into `form` and calls
 * `onChange(filter)` with a GraphQL MeetingFilter whenever a control changes.
 */
export function renderFilters(form, { countries, leaders, topics }, onChange) {
  const topicById = new Map(topics.map((t) => [t.id, t]));
  replaceChildren(
    form,
    fieldset(
      "Dates",
      el("label", {}, "From ", el("input", { type: "month", name: "from" })),
      el("label", {}, "To ", el("input", { type: "month", name: "to" })),
    ),
    fieldset(
      "States",
      el(
        "select",
        { name: "countryMode", "aria-label": "How states combine" },
        el("option", { value: "all" }, "all of them took part"),
        el("option", { value: "any" }, "any of them took part"),
      ),
      checkboxList(
        "country",
        countries.map((c) => ({ value: c.code, label: `${c.name} (${c.code})` })),
      ),
    ),
    fieldset(
      "Leaders",
      checkboxList(
        "leader",
        leaders.map((l) => ({ value: l.id, label: l.name })),
      ),
    ),
    fieldset(
      "Kinds",
      checkboxList(
        "kind",
        MEETING_KINDS.map((k) => ({ value: k, label: humanize(k) })),
      ),
    ),
    fieldset(
      "Topic",
      el(
        "select",
        { name: "topic", "aria-label": "Topic" },
        el("option", { value: "" }, "any topic"),
        topics.map((t) => el("option", { value: t.id }, t.label)),
      ),
    ),
    el("button", { type: "reset" }, "Clear filters"),
  );
  const emit = () => onChange(readFilter(form, topicById));
  form.addEventListener("change", emit);
  // A reset changes the controls after the event: read them on the next tick.
  form.addEventListener("reset", () => setTimeout(emit));
  form.addEventListener("submit", (event) => event.preventDefault());
}

function fieldset(legend, ...children) {
  return el("fieldset", {}, el("legend", {}, legend), ...children);
}

function checkboxList(name, options) {
  return el(
    "div",
    { className: "checks" },
    options.map((o) =>
      el("label", {}, el("input", { type: "checkbox", name, value: o.value }), ` ${o.label}`),
    ),
  );
}

/** The MeetingFilter the form describes; empty conditions are left out. */
function readFilter(form, topicById) {
  const data = new FormData(form);
  const filter = {};
  const from = data.get("from");
  const to = data.get("to");
  if (from) filter.from = from;
  if (to) filter.to = to;
  const countries = data.getAll("country");
  if (countries.length > 0) {
    filter[data.get("countryMode") === "any" ? "anyCountries" : "countries"] = countries;
  }
  const leaders = data.getAll("leader");
  if (leaders.length > 0) filter.leaders = leaders;
  const kinds = data.getAll("kind");
  if (kinds.length > 0) filter.kinds = kinds;
  const topic = topicById.get(data.get("topic"));
  if (topic) filter.topic = { kind: topic.kind, args: topic.args };
  return filter;
}
