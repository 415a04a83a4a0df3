import { type BenchResults } from "./results.js";

const COLORS: Record<string, string> = {
  p0: "#6b7280",
  "p0-graphql": "#9ca3af",
  diplograph: "#2563eb",
  p1: "#d97706",
  "p1-cursor": "#f59e0b",
  p2: "#dc2626",
};
const escape = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

/**
 * An SVG bar chart of the run: p95 latency at the middle concurrency per operation and
 * peer (left), and ingestion records per second per loader (right). Plain SVG, no library.
 */
export function renderChart(results: BenchResults): string {
  const concurrencies = [...new Set(results.timings.map((t) => t.connections))].sort(
    (a, b) => a - b,
  );
  const middle = concurrencies[Math.floor(concurrencies.length / 2)] ?? 1;
  const latency = results.timings
    .filter((t) => t.connections === middle)
    .map((t) => ({
      label: `${t.operation} · ${t.peer}`,
      value: t.p95,
      color: COLORS[t.peer] ?? "#000",
    }));
  const ingest = results.ingest.map((f) => ({
    label: f.loader,
    value: f.recordsPerSecond,
    color: f.loader === "bare-unwind" ? (COLORS.p0 ?? "#000") : (COLORS.diplograph ?? "#000"),
  }));
  const left = panel({
    title: `p95 latency, ms, concurrency ${middle} (lower is better)`,
    bars: latency,
    x: 0,
  });
  const right = panel({
    title: "W1 ingestion, records/s (higher is better)",
    bars: ingest,
    x: 520,
  });
  const height = Math.max(left.height, right.height) + 40;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="1040" height="${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="10" y="18" font-size="14" font-weight="bold">diplograph benchmark, tier ${escape(results.tier)} (${results.meetings} meetings), ${escape(results.startedAt.slice(0, 10))}</text>`,
    left.svg,
    right.svg,
    `</svg>`,
  ].join("\n");
}

function panel(args: {
  title: string;
  bars: { label: string; value: number; color: string }[];
  x: number;
}): { svg: string; height: number } {
  const max = Math.max(1e-9, ...args.bars.map((b) => (Number.isFinite(b.value) ? b.value : 0)));
  const labelWidth = 210;
  const barWidth = 240;
  const lines = [`<text x="${args.x + 10}" y="44" font-weight="bold">${escape(args.title)}</text>`];
  args.bars.forEach((bar, i) => {
    const y = 56 + i * 20;
    const w = Number.isFinite(bar.value) ? (bar.value / max) * barWidth : 0;
    lines.push(
      `<text x="${args.x + 10}" y="${y + 12}">${escape(bar.label)}</text>`,
      `<rect x="${args.x + labelWidth}" y="${y}" width="${w.toFixed(1)}" height="14" fill="${bar.color}"/>`,
      `<text x="${(args.x + labelWidth + w + 4).toFixed(1)}" y="${y + 12}">${Number.isFinite(bar.value) ? bar.value.toFixed(1) : "-"}</text>`,
    );
  });
  return { svg: lines.join("\n"), height: 56 + args.bars.length * 20 };
}
