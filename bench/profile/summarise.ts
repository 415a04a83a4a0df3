import { areaOf, IDLE_AREA, locationOf } from "./areas.js";
import { parentsOf, type CpuProfile, type ProfileNode } from "./cpu-profile.js";

export interface AreaShare {
  area: string;
  ms: number;
  /** Of the busy (not idle) time. */
  share: number;
}

export interface FunctionShare {
  name: string;
  /** For a builtin, the area of the code that called it. */
  area: string;
  location: string;
  ms: number;
  share: number;
}

/** Where one process's CPU time went, by self time. */
export interface ProfileTotals {
  /** Sampled time (in the windows, if any), idle included, in ms. */
  sampledMs: number;
  idleMs: number;
  busyMs: number;
  /** Self time of V8 builtins, included in their callers' areas. */
  builtinMs: number;
  areas: AreaShare[];
  topFunctions: FunctionShare[];
}

/**
 * Sums self time (`selfTimes(profile)`, µs) by area and by function. A builtin frame's
 * time goes to the area of its nearest ancestor that has one (the code that called it);
 * as a function it is listed once per such area. Shares are of the busy time.
 */
export function summariseSelfTimes(args: {
  profile: CpuProfile;
  selfTimes: ReadonlyMap<number, number>;
  projectRoot: string;
  top?: number;
}): ProfileTotals {
  const { profile, projectRoot } = args;
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parents = parentsOf(profile);
  const areaCache = new Map<number, string>();
  const areaOfNode = (node: ProfileNode): string => {
    const cached = areaCache.get(node.id);
    if (cached) return cached;
    const parent = nodes.get(parents.get(node.id) ?? -1);
    const area =
      areaOf(node.callFrame, projectRoot) ?? (parent ? areaOfNode(parent) : "V8 builtins");
    areaCache.set(node.id, area);
    return area;
  };
  const byArea = new Map<string, number>();
  const byFunction = new Map<string, Omit<FunctionShare, "share">>();
  let sampled = 0;
  let builtin = 0;
  for (const [id, us] of args.selfTimes) {
    const node = nodes.get(id);
    if (!node || us === 0) continue;
    const area = areaOfNode(node);
    const isBuiltin = node.callFrame.url === "" && !node.callFrame.functionName.startsWith("(");
    sampled += us;
    if (isBuiltin) builtin += us;
    byArea.set(area, (byArea.get(area) ?? 0) + us);
    if (area === IDLE_AREA) continue;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const key = `${functionName}|${url}|${lineNumber}|${columnNumber}|${isBuiltin ? area : ""}`;
    const entry = byFunction.get(key) ?? {
      name: functionName || "(anonymous)",
      area,
      location: locationOf(node.callFrame, projectRoot),
      ms: 0,
    };
    entry.ms += us;
    byFunction.set(key, entry);
  }
  const idle = byArea.get(IDLE_AREA) ?? 0;
  byArea.delete(IDLE_AREA);
  const busy = sampled - idle;
  const ms = (us: number): number => Math.round(us / 10) / 100;
  const share = (us: number): number => (busy > 0 ? us / busy : 0);
  return {
    sampledMs: ms(sampled),
    idleMs: ms(idle),
    busyMs: ms(busy),
    builtinMs: ms(builtin),
    areas: [...byArea]
      .sort((a, b) => b[1] - a[1])
      .map(([area, us]) => ({ area, ms: ms(us), share: share(us) })),
    topFunctions: [...byFunction.values()]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, args.top ?? 15)
      .map((f) => ({ ...f, ms: ms(f.ms), share: share(f.ms) })),
  };
}
