import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { basename, relative } from "node:path";
import { type PeerName } from "../peers/peer-names.js";
import { selfTimes, type ClockWindow, type CpuProfile } from "./cpu-profile.js";
import { renderFlameGraph } from "./flame-graph.js";
import { summariseSelfTimes, type ProfileTotals } from "./summarise.js";

/** One peer's profile, summarised over the timed windows only. */
export interface PeerProfile extends ProfileTotals {
  peer: PeerName;
  /** Paths relative to the project root. */
  cpuProfile: string;
  flameGraph: string;
  /** The timed windows the summary covers, and their length in ms. */
  windows: number;
  windowMs: number;
  /** Responses in the windows (every operation and concurrency). */
  requests: number;
}

/**
 * Reads each peer's .cpuprofile, keeps the samples taken while it was timed (`windows`,
 * the monotonic clock of the samples), writes `<peer>.svg` beside it and summarises it.
 * A peer without a profile (it did not exit cleanly) is logged and left out, so that the
 * run's other figures are still written.
 */
export function summarisePeerProfiles(args: {
  peers: readonly {
    peer: PeerName;
    file: string;
    windows: readonly ClockWindow[];
    requests: number;
  }[];
  projectRoot: string;
  log(line: string): void;
}): PeerProfile[] {
  const found = args.peers.filter(({ peer, file }) => {
    if (existsSync(file)) return true;
    args.log(`  NO CPU PROFILE of ${peer} at ${file}: it did not exit cleanly`);
    return false;
  });
  return found.map(({ peer, file, windows, requests }) => {
    const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
    const times = selfTimes(profile, windows);
    const svg = file.replace(/\.cpuprofile$/, ".svg");
    writeFileSync(
      svg,
      renderFlameGraph({
        profile,
        selfTimes: times,
        projectRoot: args.projectRoot,
        title: `${peer}: CPU profile of the timed requests (${basename(file)})`,
      }),
    );
    return {
      peer,
      cpuProfile: relative(args.projectRoot, file),
      flameGraph: relative(args.projectRoot, svg),
      windows: windows.length,
      requests,
      windowMs: Math.round(windows.reduce((sum, w) => sum + (w.endUs - w.startUs), 0) / 1000),
      ...summariseSelfTimes({ profile, selfTimes: times, projectRoot: args.projectRoot }),
    };
  });
}
