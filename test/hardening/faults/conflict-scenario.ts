import { expect } from "vitest";
import { expectNothingLost, maestroBranches, ofType, startCase } from "./fault-harness.js";

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

/** A case whose tasks do to shared.txt what `does` says (default: append). */
export function conflictCase(files: Record<string, string>, does: Record<string, string>) {
  const c = startCase({ "shared.txt": "first line\n", ...files });
  const agent = c.repo.script("agent.sh", AGENT);
  const env: Record<string, string> = {};
  for (const [task, what] of Object.entries(does)) env[`${task}_DOES`] = what;
  return { c, run: () => c.run({ agent: { command: [agent] }, env: c.env(env) }) };
}

/** Two tasks of one wave whose changes to shared.txt conflict in the given way (T001's, T002's). */
export async function conflictOfKind(does: Record<string, string>): Promise<void> {
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
}
