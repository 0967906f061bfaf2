import { statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectNothingLost, mergedTasks, ofType, startCase, useFaultCases } from "./fault-harness.js";

useFaultCases("agent-floods-output");

/** Prints `$LINES_MB` MB of short lines, then one `$LINE_MB` MB line with no newline, then fails. */
const AGENT = `#!/usr/bin/env bash
echo x > "$MAESTRO_TASK_ID.txt"
[ "$MAESTRO_TASK_ID" = T001 ] || exit 0
yes "a line of agent chatter, over and over" | head -c $(( LINES_MB * 1048576 ))
head -c $(( LINE_MB * 1048576 )) /dev/zero | tr '\\0' 'z'
exit 1
`;

describe("an agent that prints megabytes", () => {
  it("keeps the whole log, and the tail in the event stays short", async () => {
    const c = startCase({ "specs/001/tasks.md": "- [ ] T001 [P] Chatty\n- [ ] T002 [P] Quiet\n" });
    const agent = c.repo.script("agent.sh", AGENT);
    const summary = await c.run({
      agent: { command: [agent] },
      env: c.env({ LINES_MB: "6", LINE_MB: "2" }),
    });
    expect(summary.failed).toEqual(["T001"]);
    expect(summary.done).toEqual(["T002"]);
    const log = join(c.repo.root, "work", "logs", "T001.log");
    expect(statSync(log).size).toBeGreaterThanOrEqual(8 * 1048576);
    const end = ofType(c.events, "task-end").find((e) => e.task === "T001");
    const tail = end?.tail ?? "";
    expect(tail).toContain("zzzz");
    expect(tail.length).toBeLessThanOrEqual(4_000);
    expect(tail.split("\n").length).toBeLessThanOrEqual(20);
    // Every event stays small enough to print, store or send in a check run.
    for (const e of c.events) expect(JSON.stringify(e).length).toBeLessThan(16_000);
    expect(mergedTasks(c.repo)).toEqual(["T002"]);
    expectNothingLost(c);
  });

  it("a verify command that prints megabytes gives a short output in its event", async () => {
    const c = startCase({ "specs/001/tasks.md": "- [ ] T001 Works\n" });
    const agent = c.repo.script("agent.sh", 'echo x > "$MAESTRO_TASK_ID.txt"\n');
    const verify = c.repo.script("verify.sh", "head -c 3000000 /dev/zero | tr '\\0' 'v'\nexit 1\n");
    const summary = await c.run({ agent: { command: [agent] }, verify: [verify] });
    expect(summary.status).toBe("failure");
    const output = ofType(c.events, "verify")[0]?.output ?? "";
    expect(output).toContain("vvvv");
    expect(output.length).toBeLessThanOrEqual(4_000);
    expectNothingLost(c);
  });
});
