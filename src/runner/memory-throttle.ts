import { setTimeout as sleep } from "node:timers/promises";
import { readFreeMemory } from "../adapters/system/read-free-memory.js";

/** Below this share of free memory, the next task waits for a running one to finish. */
export const LOW_MEMORY_SHARE = 0.1;
const MEMORY_POLL_MS = 500;

/** The machine's free memory, as `ImplementOptions.freeMemory` gives it. */
export type FreeMemory = () => { availableBytes: number; totalBytes: number };

/** The share of memory still free (0..100) when it is short, else null. */
export function memoryShortage(freeMemory: FreeMemory = readFreeMemory): number | null {
  const { availableBytes, totalBytes } = freeMemory();
  if (totalBytes <= 0 || availableBytes >= totalBytes * LOW_MEMORY_SHARE) return null;
  return Math.round((availableBytes * 100) / totalBytes);
}

/**
 * Holds a task back while `shortage()` says memory is short, polling. The first check runs now, with no
 * await before it: null means "start now", so the caller starts the task before any other task can look
 * (two tasks cannot both pass an empty gate). Otherwise `onHold` is told once and the promise ends when
 * a later check passes.
 */
export function holdWhileShort(
  shortage: () => number | null,
  onHold: (share: number) => void,
): Promise<void> | null {
  const share = shortage();
  if (share === null) return null;
  onHold(share);
  return (async () => {
    do await sleep(MEMORY_POLL_MS);
    while (shortage() !== null);
  })();
}
