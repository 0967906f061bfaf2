import { describe, expect, it } from "vitest";
import { ThrottledWriter } from "../../../src/adapters/github/throttled-writer.js";
import type { Timers } from "../../../src/adapters/github/timers.js";

/** A clock that moves only when told, firing due timers in order. */
function manualTimers(): Timers & { advance(ms: number): Promise<void> } {
  let now = 0;
  let next = 1;
  const timers = new Map<number, { at: number; callback: () => void }>();
  return {
    now: () => now,
    setTimeout: (callback, ms) => {
      timers.set(next, { at: now + ms, callback });
      return next++;
    },
    clearTimeout: (handle) => void timers.delete(handle as number),
    async advance(ms) {
      const end = now + ms;
      for (;;) {
        const due = [...timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].callback();
        await flushMicrotasks();
      }
      now = end;
      await flushMicrotasks();
    },
  };
}

async function flushMicrotasks(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

describe("ThrottledWriter", () => {
  it("writes the first change at once, then at most one write per interval, with the latest state", async () => {
    const timers = manualTimers();
    const writes: Array<{ at: number; state: number }> = [];
    let state = 0;
    const writer = new ThrottledWriter(
      () => Promise.resolve(void writes.push({ at: timers.now(), state })),
      timers,
      3000,
    );
    state = 1;
    writer.changed();
    await flushMicrotasks();
    for (let i = 2; i <= 10; i++) {
      state = i;
      writer.changed();
      await timers.advance(200);
    }
    // Ten changes over 1.8 s: one write at 0, the next exactly 3 s after it with the latest state.
    expect(writes).toEqual([{ at: 0, state: 1 }]);
    await timers.advance(1200);
    expect(writes).toEqual([
      { at: 0, state: 1 },
      { at: 3000, state: 10 },
    ]);
    // Quiet: no more writes.
    await timers.advance(10_000);
    expect(writes).toHaveLength(2);
    // A change after a quiet spell is written at once.
    state = 11;
    writer.changed();
    await flushMicrotasks();
    expect(writes.at(-1)).toEqual({ at: 13_000, state: 11 });
  });

  it("never overlaps writes, and flush writes the final state after the one in flight", async () => {
    const timers = manualTimers();
    const log: string[] = [];
    let release: () => void = () => {};
    const writer = new ThrottledWriter(
      () => {
        log.push("start");
        return new Promise<void>((resolve) => (release = () => (log.push("end"), resolve())));
      },
      timers,
      3000,
    );
    writer.changed();
    await timers.advance(5000);
    writer.changed();
    await timers.advance(5000);
    expect(log).toEqual(["start"]);
    const flushed = writer.flush(() => Promise.resolve(void log.push("final")));
    release();
    await flushed;
    expect(log).toEqual(["start", "end", "final"]);
    // After flush nothing more is written.
    writer.changed();
    await timers.advance(10_000);
    expect(log).toEqual(["start", "end", "final"]);
  });

  it("reports a failed intermediate write and goes on", async () => {
    const timers = manualTimers();
    const errors: unknown[] = [];
    let calls = 0;
    const writer = new ThrottledWriter(
      () => (++calls === 1 ? Promise.reject(new Error("502")) : Promise.resolve()),
      timers,
      3000,
      (e) => errors.push(e),
    );
    writer.changed();
    await flushMicrotasks();
    writer.changed();
    await timers.advance(3000);
    expect(errors).toHaveLength(1);
    expect(calls).toBe(2);
  });
});
