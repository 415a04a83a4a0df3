import { DataSet, Timeline } from "/vendor/vis-timeline/standalone/esm/vis-timeline-graph2d.min.js";
import { intervalOf, formatDate } from "./dates.js";
import { MEETING_KINDS, humanize } from "./labels.js";

const DAY_MS = 86_400_000;

/**
 * A vis-timeline of dated meetings, one row per kind. A day-precise meeting is a box
 * on its day; a month or year is a range over the whole period, so that its
 * imprecision is visible instead of being pinned to the 1st. Calls `onSelect(id)`.
 */
export function createTimelineView(container, onSelect) {
  const items = new DataSet();
  const groups = new DataSet();
  const timeline = new Timeline(container, items, groups, {
    stack: true,
    orientation: { axis: "top" },
    zoomMin: 7 * DAY_MS,
    margin: { item: 6 },
    selectable: true,
    showCurrentTime: false,
    tooltip: { followMouse: true },
  });
  timeline.on("select", ({ items: selected }) => {
    if (selected.length > 0) onSelect(String(selected[0]));
  });
  return {
    show(meetings) {
      const kinds = MEETING_KINDS.filter((k) => meetings.some((m) => m.kind === k));
      items.clear();
      groups.clear();
      groups.add(kinds.map((k, order) => ({ id: k, content: humanize(k), order })));
      items.add(meetings.map(toItem));
      if (meetings.length > 0) timeline.fit({ animation: false });
    },
    select(id) {
      timeline.setSelection(items.get(id) ? [id] : []);
    },
  };
}

function toItem(meeting) {
  const [start, end] = intervalOf(meeting.date);
  const label = meeting.title ?? `${humanize(meeting.kind)}: ${names(meeting.countries)}`;
  const isDay = meeting.datePrecision === "DAY" || meeting.date.length === 10;
  return {
    id: meeting.id,
    group: meeting.kind,
    content:
      escapeHtml(label) + (meeting.jointStatement ? " <b title='joint statement'>✦</b>" : ""),
    title: escapeHtml(`${label} — ${formatDate(meeting.date)} — ${humanize(meeting.status)}`),
    start,
    end: isDay ? undefined : end,
    type: isDay ? "box" : "range",
    className: `kind-${meeting.kind.toLowerCase()} status-${meeting.status.toLowerCase()}`,
  };
}

function names(countries) {
  return countries.map((c) => c.name).join("–");
}

// vis-timeline renders string content as HTML: article text must be escaped first.
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
