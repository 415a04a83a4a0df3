import { areaOf, IDLE_AREA, locationOf } from "./areas.js";
import { type CpuProfile, type ProfileNode } from "./cpu-profile.js";

const WIDTH = 1200;
const ROW = 16;
const TOP = 40;
/** Narrower frames are left out (their time stays in their parent's width). */
const MIN_WIDTH = 0.5;
const CHAR_WIDTH = 6.6;

const escapeXml = (s: string): string =>
  s.replace(/[<>&"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;" })[c] ?? c);

/** A stable warm colour per area, grey for V8's own time. */
function colourOf(area: string | null): string {
  if (area === null) return "hsl(200, 40%, 75%)";
  if (area === "GC" || area.startsWith("(")) return "hsl(0, 0%, 75%)";
  let hash = 0;
  for (const c of area) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
  return `hsl(${hash % 60}, ${70 + (hash % 25)}%, ${55 + ((hash >> 8) % 15)}%)`;
}

/**
 * A flame graph of one profile as a standalone SVG (root at the bottom, callers below
 * callees, width = time on the CPU in `selfTimes` µs, idle left out), coloured by area
 * (builtins pale blue, V8's own time grey), each frame with a tooltip: function, area,
 * location, ms and share.
 */
export function renderFlameGraph(args: {
  profile: CpuProfile;
  selfTimes: ReadonlyMap<number, number>;
  projectRoot: string;
  title: string;
}): string {
  const nodes = new Map(args.profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<number, number>();
  const totalOf = (node: ProfileNode): number => {
    if (node.callFrame.functionName === "(idle)") return 0;
    let sum = args.selfTimes.get(node.id) ?? 0;
    for (const child of node.children ?? []) sum += totalOf(nodes.get(child) as ProfileNode);
    totals.set(node.id, sum);
    return sum;
  };
  const root = args.profile.nodes.find((n) => n.callFrame.functionName === "(root)");
  const busy = root ? totalOf(root) : 0;
  const frames: { node: ProfileNode; x: number; depth: number; width: number }[] = [];
  const layout = (node: ProfileNode, x: number, depth: number): void => {
    const width = ((totals.get(node.id) ?? 0) / busy) * WIDTH;
    if (width < MIN_WIDTH) return;
    frames.push({ node, x, depth, width });
    const children = (node.children ?? [])
      .map((id) => nodes.get(id) as ProfileNode)
      .sort((a, b) => a.callFrame.functionName.localeCompare(b.callFrame.functionName));
    let childX = x;
    for (const child of children) {
      layout(child, childX, depth + 1);
      childX += ((totals.get(child.id) ?? 0) / busy) * WIDTH;
    }
  };
  if (root && busy > 0) layout(root, 0, 0);
  const depth = Math.max(0, ...frames.map((f) => f.depth)) + 1;
  const height = TOP + depth * ROW + 8;
  const rects = frames.map(({ node, x, depth: d, width }) => {
    const frame = node.callFrame;
    const area = node === root ? "all" : areaOf(frame, args.projectRoot);
    const name = node === root ? "all (busy time)" : frame.functionName || "(anonymous)";
    const us = totals.get(node.id) ?? 0;
    const tip = `${name} [${area ?? "builtin"}] ${locationOf(frame, args.projectRoot)}: ${(us / 1000).toFixed(1)} ms, ${((us / busy) * 100).toFixed(2)}%`;
    const y = height - 8 - (d + 1) * ROW;
    const chars = Math.floor((width - 4) / CHAR_WIDTH);
    const label = chars < 3 ? "" : name.length <= chars ? name : `${name.slice(0, chars - 2)}..`;
    return (
      `<g><title>${escapeXml(tip)}</title><rect x="${x.toFixed(2)}" y="${y}" width="${width.toFixed(2)}" ` +
      `height="${ROW - 1}" fill="${area === IDLE_AREA ? "#fff" : colourOf(area)}" rx="1"/>` +
      (label ? `<text x="${(x + 2).toFixed(2)}" y="${y + 11}">${escapeXml(label)}</text>` : "") +
      `</g>`
    );
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="monospace" font-size="11">`,
    `<rect width="100%" height="100%" fill="#fdfdfd"/>`,
    `<text x="${WIDTH / 2}" y="18" text-anchor="middle" font-size="15">${escapeXml(args.title)}</text>`,
    `<text x="${WIDTH / 2}" y="33" text-anchor="middle" fill="#555">${(busy / 1000).toFixed(0)} ms on the CPU, idle left out; width = time, hover a frame for its figures</text>`,
    ...rects,
    `</svg>`,
    "",
  ].join("\n");
}
