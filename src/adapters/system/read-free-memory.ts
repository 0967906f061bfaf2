import { freemem, totalmem } from "node:os";

/** Memory the machine (or this process's cgroup, when it has a limit) can still give, and its total. */
export function readFreeMemory(): { availableBytes: number; totalBytes: number } {
  const constrained = process.constrainedMemory();
  const total = constrained > 0 && constrained < totalmem() ? constrained : totalmem();
  // availableMemory() (Node >= 20.13) knows cgroup limits; os.freemem() reads MemAvailable on Linux.
  const available = typeof process.availableMemory === "function" ? process.availableMemory() : freemem();
  return { availableBytes: Math.min(available, total), totalBytes: total };
}
