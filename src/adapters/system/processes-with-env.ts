import { readdirSync, readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";

/** This process and its ancestors: never to be killed, whatever their environment says. */
function selfAndAncestors(): Set<number> {
  const chain = new Set<number>([process.pid]);
  let pid = process.ppid;
  while (pid > 1 && !chain.has(pid)) {
    chain.add(pid);
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      pid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    } catch {
      break;
    }
  }
  return chain;
}

/**
 * Processes (zombies excepted) whose environment holds `name=value`, read from /proc. A process that left its
 * parent's process group (setsid, a double fork) still carries the environment it inherited, so this finds
 * what a process-group kill misses. Empty where there is no /proc (not Linux); this process and its
 * ancestors never count (maestro may itself run under a process that carries the variable).
 */
export function processesWithEnv(name: string, value: string): number[] {
  const needle = `${name}=${value}\0`;
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return [];
  }
  const found: number[] = [];
  const spared = selfAndAncestors();
  for (const entry of entries) {
    if (!/^\d+$/.test(entry) || spared.has(Number(entry))) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      if (stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z")) continue;
      const environ = readFileSync(`/proc/${entry}/environ`, "latin1");
      if (environ.startsWith(needle) || environ.includes(`\0${needle}`)) found.push(Number(entry));
    } catch {
      // Gone meanwhile, or another user's process: not ours to kill either way.
    }
  }
  return found;
}

/**
 * SIGKILLs every process whose environment holds `name=value`, rescanning until none is left (a process may
 * fork while it is being killed) or `rounds` scans were made. Best effort: never throws. Returns the pids killed.
 */
export async function tryKillProcessesWithEnv(name: string, value: string, rounds = 10): Promise<number[]> {
  const killed: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const found = processesWithEnv(name, value);
    if (found.length === 0) break;
    for (const pid of found) {
      try {
        process.kill(pid, "SIGKILL");
        if (!killed.includes(pid)) killed.push(pid);
      } catch {
        // Already gone.
      }
    }
    await sleep(20);
  }
  return killed;
}
