import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkOutTarget } from "../../src/github/check-out-target.js";
import { defaultRunner } from "../../src/github/default-runner.js";
import { openProgress } from "../../src/github/open-progress.js";
import { resolveRunSettings } from "../../src/github/resolve-run-settings.js";
import { runEngine } from "../../src/github/run-engine.js";
import { RunStopped } from "../../src/github/run-stopped.js";
import type { Runner } from "../../src/github/runner.js";
import { fakeRunner } from "../support/fake-runner.js";
import { expectQuietNetwork, stepFixture, type StepFixture } from "./step-fixture.js";

let f: StepFixture;
afterEach(() => expect(expectQuietNetwork(f)).toEqual([]));

async function engine(): Promise<Awaited<ReturnType<typeof runEngine>>> {
  const run = f.context();
  const progress = await openProgress(run);
  const settings = await resolveRunSettings(run);
  return runEngine(run, await checkOutTarget(run), "specs/001-demo/tasks.md", settings, progress);
}

/**
 * Two tasks one after the other, so the second gets the first one's slot: T001 leaves a file in an ignored
 * folder, T002 commits whether it found it.
 */
const LEAVE_THEN_LOOK = {
  "specs/001-demo/tasks.md": "- [ ] T001 Fill the cache\n- [ ] T002 Look at the cache (depends on T001)\n",
  ".gitignore": "cache/\n",
};
const LEAVE_THEN_LOOK_AGENT = [
  "#!/bin/sh",
  'if [ "$MAESTRO_TASK_ID" = T001 ]; then mkdir -p cache && echo left > cache/left.txt; fi',
  "if [ -e cache/left.txt ]; then found=present; else found=absent; fi",
  'echo "$found" > "seen-$MAESTRO_TASK_ID.txt"',
  "",
].join("\n");

describe("running the engine", () => {
  it("pushes each merged wave to the branch as it goes", async () => {
    const runner = fakeRunner();
    f = stepFixture({ runner });
    const { summary, pushError } = await engine();
    expect(pushError).toBeNull();
    expect(summary.done).toEqual(["T001", "T002", "T003", "T004"]);
    expect(f.remote.show("feature", "specs/001-demo/tasks.md")).toContain("- [x] T004");
    expect(runner.calls[0]).toMatchObject({ maxParallel: 3, failFast: false, dryRun: false });
    expect(runner.calls[0]?.signal?.aborted).toBe(false);
  });

  it("a push that finds the pull request closed stops the run as a cancel, whatever the engine does with it", async () => {
    // As the real engine does: a rejected onWaveMerged stops the run, and the summary comes back.
    const runner: Runner = async (options) => {
      await options.onWaveMerged?.({ wave: 1, head: "" }).catch(() => undefined);
      return { status: "failure", done: [], failed: [], skipped: ["T002"], waves: 1, kept: [] };
    };
    f = stepFixture({ runner });
    f.gh.pull(7, "feature", { state: "closed" });
    const { summary, pushError } = await engine();
    expect(summary.skipped).toEqual(["T002"]);
    expect(pushError).toBeInstanceOf(RunStopped);
    expect(pushError).toMatchObject({
      title: "Stopped: the pull request was closed",
      conclusion: "cancelled",
    });
  });

  it.each([
    { config: "clean-ignored: true\n", found: "absent" },
    { config: "clean-ignored: false\n", found: "present" },
    { config: null, found: "present" },
  ])(
    "passes .github/maestro.yml's clean-ignored to the real engine ($config): T001's ignored file is $found for T002 in its slot",
    async ({ config, found }) => {
      const agent = join(mkdtempSync(join(tmpdir(), "maestro-agent-")), "agent.sh");
      writeFileSync(agent, LEAVE_THEN_LOOK_AGENT, { mode: 0o755 });
      f = stepFixture(
        {
          runner: defaultRunner,
          agents: { command: [agent], defaultPreset: "claude", allowedPresets: ["claude"] },
        },
        LEAVE_THEN_LOOK,
      );
      f.gh.config = config;
      const { summary } = await engine();
      expect(summary.done).toEqual(["T001", "T002"]);
      expect(f.remote.show("feature", "seen-T002.txt")).toBe(found);
    },
  );
});
