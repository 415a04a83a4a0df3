import { monthsBetween, formatMonthShort } from "./dates.js";

const SVG = "http://www.w3.org/2000/svg";
const HEIGHT = 160;
const BAR_SPACE = 44;
const AXIS = 22;

/**
 * Draws meetings per month as an SVG bar chart into `container`, from `meetingStats`
 * rows ({ period: "YYYY-MM", count }). Months without meetings are drawn as empty
 * slots, so the spacing of the bars reads as time.
 */
export function drawMeetingStats(container, stats) {
  container.replaceChildren();
  const known = stats.filter((s) => /^\d{4}-\d{2}$/.test(s.period)).sort(byPeriod);
  if (known.length === 0) {
    container.append(
      Object.assign(document.createElement("p"), { textContent: "No dated meetings." }),
    );
    return;
  }
  const counts = new Map(known.map((s) => [s.period, s.count]));
  const months = monthsBetween(known[0].period, known[known.length - 1].period);
  const max = Math.max(...known.map((s) => s.count));
  const width = Math.max(months.length * BAR_SPACE, 240);
  const svg = node("svg", {
    viewBox: `0 0 ${width} ${HEIGHT}`,
    width,
    height: HEIGHT,
    role: "img",
    "aria-label": "Meetings per month",
  });
  const plot = HEIGHT - AXIS - 16;
  months.forEach((month, index) => {
    const count = counts.get(month) ?? 0;
    const x = index * BAR_SPACE + 8;
    const h = max === 0 ? 0 : Math.round((count / max) * plot);
    const y = HEIGHT - AXIS - h;
    const bar = node("rect", { x, y, width: BAR_SPACE - 16, height: h, rx: 3, class: "bar" });
    bar.append(node("title", {}, `${month}: ${count} meeting${count === 1 ? "" : "s"}`));
    svg.append(bar);
    if (count > 0) {
      svg.append(node("text", { x: x + (BAR_SPACE - 16) / 2, y: y - 4, class: "count" }, count));
    }
    svg.append(
      node(
        "text",
        { x: x + (BAR_SPACE - 16) / 2, y: HEIGHT - 6, class: "axis" },
        formatMonthShort(month),
      ),
    );
  });
  svg.append(
    node("line", { x1: 0, x2: width, y1: HEIGHT - AXIS, y2: HEIGHT - AXIS, class: "baseline" }),
  );
  container.append(svg);
}

function byPeriod(a, b) {
  return a.period < b.period ? -1 : a.period > b.period ? 1 : 0;
}

function node(tag, attributes, text) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = String(text);
  return element;
}
