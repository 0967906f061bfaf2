import { hostname } from "node:os";

/** Which process this is, as a run record names it. */
export interface ProcessIdentity {
  host: string;
  pid: number;
}

/** This process. */
export function thisProcess(): ProcessIdentity {
  return { host: hostname(), pid: process.pid };
}

/** True while a process with this ID exists on this machine (signal 0 only asks). */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, it is someone else's.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
