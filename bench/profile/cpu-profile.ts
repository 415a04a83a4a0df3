// The V8 CPU profile format (`node --cpu-prof`, DevTools' .cpuprofile) and the time each of
// its nodes spent on the CPU, optionally only within given windows of the clock.

/** One frame of the call tree; `url` is empty for V8 builtins and the pseudo-frames. */
export interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

export interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

/** Timestamps are CLOCK_MONOTONIC in µs: the clock of `process.hrtime` in every process. */
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  /** The node on top of the stack at each sample. */
  samples: number[];
  /** µs from the previous sample (the first: from startTime). */
  timeDeltas: number[];
}

/** A span of the monotonic clock in µs, `endUs` excluded. */
export interface ClockWindow {
  startUs: number;
  endUs: number;
}

/** The monotonic clock in µs, as CPU profiles stamp their samples. */
export function monotonicMicros(): number {
  return Number(process.hrtime.bigint() / 1000n);
}

/**
 * Self time in µs of each node id. A sample counts for the time until the next sample
 * (the last one: until the profile's end), as DevTools and speedscope count it. With
 * `windows`, only samples taken inside one of them count.
 */
export function selfTimes(
  profile: CpuProfile,
  windows?: readonly ClockWindow[],
): Map<number, number> {
  const times = new Map<number, number>();
  const { samples, timeDeltas } = profile;
  let at = profile.startTime;
  for (let i = 0; i < samples.length; i++) {
    at += timeDeltas[i] ?? 0;
    const next = i + 1 < samples.length ? at + (timeDeltas[i + 1] ?? 0) : profile.endTime;
    const id = samples[i];
    if (id === undefined) continue;
    if (windows && !windows.some((w) => at >= w.startUs && at < w.endUs)) continue;
    times.set(id, (times.get(id) ?? 0) + Math.max(0, next - at));
  }
  return times;
}

/** Each node's parent id (the root has none). */
export function parentsOf(profile: CpuProfile): Map<number, number> {
  const parents = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parents.set(child, node.id);
  return parents;
}
