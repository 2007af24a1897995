import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * CPU time from /proc: what a server process spent (user and system) while it was under load, and how busy the
 * whole machine was. On 2 cores the load generator, PostgreSQL and Redis compete with the server, so requests/s
 * alone can hide whose CPU ran out; CPU per request is the server's own cost, whatever the others did.
 */
let ticksPerSecond: number | undefined;
function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

export interface CpuSample {
  /** Milliseconds of CPU the process used so far (user, system). */
  user: number;
  system: number;
  /** Jiffies of the whole machine (busy and total). */
  machineBusy: number;
  machineTotal: number;
}

export function sampleCpu(pid: number): CpuSample | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const tick = 1000 / clockTicks();
    const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const total = cpu.slice(0, 8).reduce((a, b) => a + b, 0);
    const idle = cpu[3] + (cpu[4] ?? 0);
    // fields[11], fields[12]: utime and stime (the 14th and 15th fields of the line).
    return { user: Number(fields[11]) * tick, system: Number(fields[12]) * tick, machineBusy: total - idle, machineTotal: total };
  } catch {
    return null; // not Linux, or the process is gone
  }
}

export interface CpuUse {
  /** Server CPU per request, in microseconds. */
  userUsPerRequest: number;
  systemUsPerRequest: number;
  /** Share of one core the server used. */
  serverCores: number;
  /** Share of the whole machine that was busy (all processes). */
  machineBusy: number;
}

export function cpuBetween(before: CpuSample | null, after: CpuSample | null, requests: number, seconds: number): CpuUse | null {
  if (!before || !after || !requests) return null;
  const user = after.user - before.user;
  const system = after.system - before.system;
  return {
    userUsPerRequest: (1000 * user) / requests,
    systemUsPerRequest: (1000 * system) / requests,
    serverCores: (user + system) / 1000 / seconds,
    machineBusy: (after.machineBusy - before.machineBusy) / (after.machineTotal - before.machineTotal || 1),
  };
}

/** How busy the whole machine is over the next `ms` milliseconds (0–1; null when /proc cannot be read). */
export async function machineBusy(ms: number): Promise<number | null> {
  const before = sampleCpu(process.pid);
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = sampleCpu(process.pid);
  if (!before || !after) return null;
  return (after.machineBusy - before.machineBusy) / (after.machineTotal - before.machineTotal || 1);
}
