import { type PeerProfile } from "../profile/peer-profiles.js";

const pct = (share: number | undefined): string =>
  share === undefined ? "-" : `${(share * 100).toFixed(1)}%`;

/**
 * The profiles as Markdown: one table of the share of busy CPU time by area (rows, the
 * largest first) for each peer (columns), then each peer's top functions by self time.
 */
export function renderProfileTables(profiles: readonly PeerProfile[]): string {
  const areas = [...new Set(profiles.flatMap((p) => p.areas.map((a) => a.area)))];
  const peak = (area: string): number =>
    Math.max(...profiles.map((p) => p.areas.find((a) => a.area === area)?.share ?? 0));
  areas.sort((a, b) => peak(b) - peak(a));
  const header = `| area (self time) | ${profiles.map((p) => p.peer).join(" | ")} |`;
  const rows = [
    header,
    `|---|${profiles.map(() => "---:").join("|")}|`,
    `| busy ms in the timed windows | ${profiles.map((p) => p.busyMs.toFixed(0)).join(" | ")} |`,
    `| idle ms | ${profiles.map((p) => p.idleMs.toFixed(0)).join(" | ")} |`,
    `| timed requests | ${profiles.map((p) => String(p.requests)).join(" | ")} |`,
    `| busy ms per request (all operations) | ${profiles.map((p) => (p.busyMs / p.requests).toFixed(2)).join(" | ")} |`,
    ...areas.map(
      (area) =>
        `| ${area} | ${profiles.map((p) => pct(p.areas.find((a) => a.area === area)?.share)).join(" | ")} |`,
    ),
    `| (of which V8 builtins, charged to their callers) | ${profiles.map((p) => pct(p.busyMs > 0 ? p.builtinMs / p.busyMs : 0)).join(" | ")} |`,
  ];
  const tops = profiles.map((p) =>
    [
      `Top functions by self time, ${p.peer} (flame graph: ${p.flameGraph}):`,
      "",
      "| function | area | location | ms | share |",
      "|---|---|---|---:|---:|",
      ...p.topFunctions.map(
        (f) =>
          `| ${f.name} | ${f.area} | ${f.location.replace(/\|/g, "\\|")} | ${f.ms.toFixed(0)} | ${pct(f.share)} |`,
      ),
    ].join("\n"),
  );
  return [
    "CPU profiles of the timed requests (share of each peer's busy time, by self time):",
    rows.join("\n"),
    ...tops,
  ].join("\n\n");
}
