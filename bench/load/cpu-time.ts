import { readFileSync } from "node:fs";

/** Linux's USER_HZ: /proc reports CPU time in ticks of 1/100 s. */
const CLOCK_TICKS_PER_SECOND = 100;

/** User + system CPU time of a process so far, in milliseconds (/proc/PID/stat). */
export function processCpuMs(pid: number): number {
  // Fields after the command name (which may hold spaces): utime is the 14th, stime the 15th.
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
}

/**
 * CPU time of the whole machine so far, in milliseconds summed over its cores (/proc/stat):
 * busy (every state but idle and iowait) and in all. What other tenants of a shared machine
 * run is in it too.
 */
export function machineCpuMs(): { busy: number; total: number } {
  const line = readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "";
  // cpu user nice system idle iowait irq softirq steal guest guest_nice (guest is in user).
  const [user, nice, system, idle, iowait, irq, softirq, steal] = line
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  const busy = [user, nice, system, irq, softirq, steal].reduce<number>((s, v) => s + (v ?? 0), 0);
  const total = busy + (idle ?? 0) + (iowait ?? 0);
  const ms = (ticks: number): number => (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
  return { busy: ms(busy), total: ms(total) };
}
