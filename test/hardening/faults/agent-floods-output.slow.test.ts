import { statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectNothingLost, mergedTasks, ofType, startCase, useFaultCases } from "./fault-harness.js";

useFaultCases("agent-floods-output-256mb");

const MB = 1024 * 1024;

describe("an agent that prints 256 MB", () => {
  it("costs maestro no memory: the log gets it all, the event a short tail", async () => {
    const c = startCase({ "specs/001/tasks.md": "- [ ] T001 [P] Flood\n- [ ] T002 [P] Quiet\n" });
    const agent = c.repo.script(
      "agent.sh",
      'echo x > "$MAESTRO_TASK_ID.txt"\n[ "$MAESTRO_TASK_ID" = T001 ] || exit 0\nyes "flooding the terminal with agent chatter" | head -c 268435456\necho "the last words"\n',
    );
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    try {
      const summary = await c.run({ agent: { command: [agent] } });
      expect(summary.status).toBe("success");
    } finally {
      clearInterval(sampler);
    }
    // Output goes from the agent straight to the log file: maestro's own memory barely moves.
    expect(peak - before).toBeLessThan(64 * MB);
    expect(statSync(join(c.repo.root, "work", "logs", "T001.log")).size).toBeGreaterThan(256 * MB);
    for (const e of c.events) expect(JSON.stringify(e).length).toBeLessThan(16_000);
    expect(ofType(c.events, "task-end").find((e) => e.task === "T001")?.status).toBe("done");
    expect(mergedTasks(c.repo)).toEqual(["T001", "T002"]);
    expectNothingLost(c);
  });
});
