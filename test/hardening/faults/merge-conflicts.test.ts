import { describe, expect, it } from "vitest";
import {
  expectNothingLost,
  maestroBranches,
  mergedTasks,
  ofType,
  startCase,
  useFaultCases,
} from "./fault-harness.js";

useFaultCases("merge-conflicts");

/** Each task does what `$<TASK>_DOES` says to `shared.txt` (append, rewrite, delete, binary). */
const AGENT = `#!/usr/bin/env bash
set -euo pipefail
what="$(printenv "\${MAESTRO_TASK_ID}_DOES" || echo append)"
case "$what" in
  append) echo "line from $MAESTRO_TASK_ID" >> shared.txt ;;
  rewrite) echo "rewritten by $MAESTRO_TASK_ID" > shared.txt ;;
  delete) git rm --quiet shared.txt ;;
  binary) printf 'bin\\0%s\\0' "$MAESTRO_TASK_ID" > blob.bin ;;
  rename) git mv shared.txt "moved-by-$MAESTRO_TASK_ID.txt" ;;
esac
`;

function conflictCase(files: Record<string, string>, does: Record<string, string>) {
  const c = startCase({ "shared.txt": "first line\n", ...files });
  const agent = c.repo.script("agent.sh", AGENT);
  const env: Record<string, string> = {};
  for (const [task, what] of Object.entries(does)) env[`${task}_DOES`] = what;
  return { c, run: () => c.run({ agent: { command: [agent] }, env: c.env(env) }) };
}

describe("merge conflicts", () => {
  it("a conflict is re-run on top of the merged result; the first attempt stays as a branch", async () => {
    const { c, run } = conflictCase({ "specs/001/tasks.md": "- [ ] T001 [P] A\n- [ ] T002 [P] B\n" }, {});
    const summary = await run();
    expect(summary.status).toBe("success");
    expect(mergedTasks(c.repo)).toEqual(["T001", "T002"]);
    expect(maestroBranches(c.repo)).toEqual(["maestro/test-run/T002/attempt-1"]);
    expect(c.repo.git("show", "maestro/test-run/T002/attempt-1:shared.txt")).toBe(
      "first line\nline from T002",
    );
    expectNothingLost(c);
  });

  for (const [name, does] of [
    ["modify/delete", { T001: "rewrite", T002: "delete" }],
    ["delete/modify", { T001: "delete", T002: "rewrite" }],
    ["binary/binary", { T001: "binary", T002: "binary" }],
    ["rename/rename", { T001: "rename", T002: "rename" }],
    ["rename/delete", { T001: "rename", T002: "delete" }],
  ] as const) {
    it(`a ${name} conflict is aborted cleanly and handled like any other`, async () => {
      const { c, run } = conflictCase(
        { "specs/001/tasks.md": "- [ ] T001 [P] A\n- [ ] T002 [P] B\n", "blob.bin": "base\0" },
        does,
      );
      const summary = await run();
      expect(ofType(c.events, "run-end")).toHaveLength(1);
      expect(summary.done).toContain("T001");
      expect(ofType(c.events, "merge").map((e) => `${e.task}:${e.result}`)).toEqual(
        expect.arrayContaining(["T001:merged", "T002:conflict"]),
      );
      // A second attempt on top of T001 either merges or fails for its own reason; either way it ends.
      expect([...summary.done, ...summary.failed].sort()).toEqual(["T001", "T002"]);
      expect(maestroBranches(c.repo)).toContain("maestro/test-run/T002/attempt-1");
      expectNothingLost(c);
    });
  }

  it("a second conflict fails the task; both attempts stay, the rest of the run goes on", async () => {
    const { c, run } = conflictCase(
      {
        "specs/001/tasks.md": [
          "- [ ] T001 [P] Rewrite",
          "- [ ] T003 [P] Rewrite again (depends on T001)",
          "- [ ] T002 [P] Rewrite too",
          "- [ ] T004 [P] Independent (depends on T001)",
          "",
        ].join("\n"),
      },
      { T001: "rewrite", T002: "rewrite", T003: "rewrite", T004: "binary" },
    );
    const summary = await run();
    expect(summary.failed).toEqual(["T002"]);
    expect(summary.done.sort()).toEqual(["T001", "T003", "T004"]);
    expect(ofType(c.events, "task-end").find((e) => e.task === "T002" && e.status === "failed")?.reason).toBe(
      "merge conflict again (shared.txt)",
    );
    expect(maestroBranches(c.repo)).toEqual([
      "maestro/test-run/T002/attempt-1",
      "maestro/test-run/T002/attempt-2",
    ]);
    expectNothingLost(c);
  });
});
