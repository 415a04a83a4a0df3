import { el, replaceChildren } from "./dom.js";
import { humanize } from "./labels.js";

/** Lists the meetings without a date (proposed or planned), which a timeline cannot place. */
export function renderUndatedList(list, meetings, onSelect) {
  if (meetings.length === 0) {
    replaceChildren(list, el("li", { className: "muted" }, "None in this selection."));
    return;
  }
  replaceChildren(
    list,
    meetings.map((m) =>
      el(
        "li",
        {},
        el(
          "button",
          {
            type: "button",
            className: "link",
            "data-meeting": m.id,
            onclick: () => onSelect(m.id),
          },
          m.title ?? `${humanize(m.kind)}: ${m.countries.map((c) => c.name).join("–")}`,
        ),
        ` — ${humanize(m.kind)}, ${humanize(m.status).toLowerCase()}`,
      ),
    ),
  );
}
