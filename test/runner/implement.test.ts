import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { RunEvent } from "../../src/core/model/run-event.js";
import { implement } from "../../src/runner/implement.js";
import { RefusedStartError } from "../../src/runner/run-errors.js";
import { runOptions } from "../support/run-options.js";
import {
  makeTempRepo,
  maxOverlap,
  readTimeline,
  TIMELINE_AGENT,
  type TempRepo,
} from "../support/temp-repo.js";

let repo: TempRepo;
afterEach(() => repo?.cleanup());

const ofType = <T extends RunEvent["type"]>(events: RunEvent[], type: T) =>
  events.filter((e): e is Extract<RunEvent, { type: T }> => e.type === type);

function worktreeCount(r: TempRepo): number {
  return r
    .git("worktree", "list", "--porcelain")
    .split("\n")
    .filter((l) => l.startsWith("worktree ")).length;
}

describe("implement: a multi-wave run", () => {
  it("runs waves in parallel (never above 3, exactly 3 when the wave allows), merges, ticks and cleans up", async () => {
    repo = makeTempRepo({
      "specs/001/tasks.md": [
        "# Tasks",
        "",
        "- [ ] T001 [P] Create `src/T001.txt`",
        "- [ ] T002 [P] Create `src/T002.txt`",
        "- [ ] T003 [P] Create `src/T003.txt`",
        "- [ ] T004 [P] Create `src/T004.txt`",
        "- [ ] T005 [P] Create `src/T005.txt`",
        "- [ ] T006 [P] Use both (depends on T001) (depends on T005)",
        "- [ ] T007 [P] Finish (depends on T006)",
        "",
      ].join("\n"),
    });
    const agent = repo.script("agent.sh", TIMELINE_AGENT);
    const events: RunEvent[] = [];
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, TIMELINE: join(repo.root, "timeline") };
    const summary = await implement(
      runOptions(repo, events, { agent: { command: [agent] }, env: { ...env, AGENT_RENDEZVOUS: "3" } }),
    );

    expect(summary.status).toBe("success");
    expect(summary.done.sort()).toEqual(["T001", "T002", "T003", "T004", "T005", "T006", "T007"]);
    expect(summary.waves).toBe(3);
    const timeline = readTimeline(join(repo.root, "timeline"));
    const wave1 = timeline.filter((e) => ["T001", "T002", "T003", "T004", "T005"].includes(e.task));
    expect(maxOverlap(timeline)).toBeLessThanOrEqual(3);
    expect(maxOverlap(wave1)).toBe(3);
    // T006 started only after both of its dependencies ended (and were merged).
    const at = (kind: string, task: string) =>
      timeline.find((e) => e.kind === kind && e.task === task)?.ms ?? NaN;
    expect(at("start", "T006")).toBeGreaterThan(Math.max(at("end", "T001"), at("end", "T005")));
    expect(at("start", "T007")).toBeGreaterThan(at("end", "T006"));

    expect(ofType(events, "wave-start").map((e) => e.wave)).toEqual([1, 2, 3]);
    expect(events[0]?.type).toBe("plan");
    expect(events.at(-1)).toMatchObject({
      type: "run-end",
      status: "success",
      done: 7,
      failed: 0,
      skipped: 0,
    });
    // Every task merged with --no-ff, its commit carrying the trailer.
    const log = repo.git("log", "--format=%s%n%b", "main");
    for (const id of ["T001", "T004", "T007"]) {
      expect(log).toContain(`maestro: merge ${id}:`);
      expect(log).toContain(`Maestro-Task: ${id}`);
    }
    expect(repo.git("rev-list", "--merges", "--count", "main")).toBe("7");
    expect(repo.read("specs/001/tasks.md").match(/- \[X\] T00\d/g)).toHaveLength(7);
    for (const id of ["T001", "T002", "T003", "T004", "T005", "T006", "T007"]) {
      expect(repo.read(`src/${id}.txt`).trim()).toBe(id);
    }
    expect(worktreeCount(repo)).toBe(1);
    expect(repo.git("branch", "--list", "maestro/*")).toBe("");
    expect(repo.git("status", "--porcelain")).toBe("");
    expect(existsSync(join(repo.root, "work", "logs", "T001.log"))).toBe(true);
  });

  it("a re-run resumes: ticked tasks are never run again", async () => {
    repo = makeTempRepo({
      "specs/001/tasks.md": "- [X] T001 Done before\n- [ ] T002 [P] Still to do\n",
    });
    const agent = repo.script("agent.sh", TIMELINE_AGENT);
    const summary = await implement(runOptions(repo, [], { agent: { command: [agent] } }));
    expect(summary.done).toEqual(["T002"]);
    expect(readTimeline(join(repo.root, "timeline")).map((e) => e.task)).toEqual(["T002", "T002"]);
  });
});

describe("implement: re-grouping", () => {
  it("re-runs a task whose merge conflicts on top of the merged result, keeping the first attempt", async () => {
    repo = makeTempRepo({
      "specs/001/tasks.md": "- [ ] T001 [P] Add a line\n- [ ] T002 [P] Add another line\n",
      "shared.txt": "first line\n",
    });
    const agent = repo.script("agent.sh", 'echo "line from $MAESTRO_TASK_ID" >> shared.txt\n');
    const events: RunEvent[] = [];
    const summary = await implement(runOptions(repo, events, { agent: { command: [agent] } }));

    expect(summary.status).toBe("success");
    expect(summary.done).toEqual(["T001", "T002"]);
    expect(ofType(events, "merge").map((e) => `${e.task}:${e.result}`)).toEqual([
      "T001:merged",
      "T002:conflict",
      "T002:merged",
    ]);
    const regroup = ofType(events, "regroup")[0];
    expect(regroup?.reason).toContain("T002 conflicted");
    expect(regroup?.after).toEqual([
      { number: 1, tasks: ["T001"] },
      { number: 2, tasks: ["T002"] },
    ]);
    expect(repo.read("shared.txt")).toBe("first line\nline from T001\nline from T002\n");
    expect(summary.kept).toEqual([
      {
        task: "T002",
        branch: "maestro/test-run/T002/attempt-1",
        log: join(repo.root, "work", "logs", "T002.log"),
      },
    ]);
    expect(repo.git("branch", "--list", "maestro/*")).toBe("maestro/test-run/T002/attempt-1");
    expect(repo.git("status", "--porcelain")).toBe("");
    expect(existsSync(join(repo.repo, ".git", "MERGE_HEAD"))).toBe(false);
  });

  it("fails a task whose re-run conflicts again, keeping both attempts", async () => {
    repo = makeTempRepo({
      "specs/001/tasks.md":
        "- [ ] T001 [P] Write\n- [ ] T003 [P] Rewrite (depends on T001)\n- [ ] T002 [P] Write too\n",
      "shared.txt": "start\n",
    });
    // Every task rewrites the same line: any two running side by side conflict.
    const agent = repo.script("agent.sh", 'echo "written by $MAESTRO_TASK_ID" > shared.txt\n');
    const events: RunEvent[] = [];
    const summary = await implement(runOptions(repo, events, { agent: { command: [agent] } }));

    expect(ofType(events, "merge").map((e) => `${e.task}:${e.result}@${e.wave}`)).toEqual([
      "T001:merged@1",
      "T002:conflict@1",
      "T003:merged@2",
      "T002:conflict@2",
    ]);
    expect(summary.failed).toEqual(["T002"]);
    expect(ofType(events, "task-end").at(-1)).toMatchObject({ task: "T002", status: "failed" });
    expect(ofType(events, "task-end").at(-1)?.reason).toBe("merge conflict again (shared.txt)");
    expect(
      repo
        .git("branch", "--list", "maestro/*")
        .split("\n")
        .map((b) => b.trim()),
    ).toEqual(["maestro/test-run/T002/attempt-1", "maestro/test-run/T002/attempt-2"]);
    expect(repo.read("shared.txt")).toBe("written by T003\n");
    expect(repo.git("status", "--porcelain")).toBe("");
  });

  it("moves a task that has not started yet when a finished task changed a file it names", async () => {
    repo = makeTempRepo({
      "specs/001/tasks.md": "- [ ] T001 [P] Set things up\n- [ ] T002 [P] Extend `src/T001.txt`\n",
    });
    const agent = repo.script("agent.sh", TIMELINE_AGENT);
    const events: RunEvent[] = [];
    const summary = await implement(
      runOptions(repo, events, { agent: { command: [agent] }, maxParallel: 1 }),
    );

    expect(summary.status).toBe("success");
    const regroup = ofType(events, "regroup")[0];
    expect(regroup?.reason).toBe("T001 changed `src/T001.txt`, which T002 names");
    expect(regroup?.before).toEqual([{ number: 1, tasks: ["T001", "T002"] }]);
    expect(regroup?.after).toEqual([
      { number: 1, tasks: ["T001"] },
      { number: 2, tasks: ["T002"] },
    ]);
    expect(ofType(events, "task-start").map((e) => `${e.task}@${e.wave}`)).toEqual(["T001@1", "T002@2"]);
  });

  it("re-runs a task after a dependency its agent reported", async () => {
    repo = makeTempRepo({
      "specs/001/tasks.md": "- [ ] T001 [P] Top layer\n- [ ] T002 [P] Base layer\n",
    });
    const agent = repo.script(
      "agent.sh",
      [
        'echo "$MAESTRO_TASK_ID" > "$MAESTRO_TASK_ID.txt"',
        'if [ "$MAESTRO_TASK_ID" = T001 ] && [ ! -f T002.txt ]; then echo \'{"dependsOn":["T002"]}\' > "$MAESTRO_REPORT_FILE"; fi',
      ].join("\n"),
    );
    const events: RunEvent[] = [];
    const summary = await implement(runOptions(repo, events, { agent: { command: [agent] } }));
    expect(summary.status).toBe("success");
    expect(ofType(events, "regroup")[0]?.reason).toContain("T001 reported it depends on T002");
    expect(ofType(events, "task-start").map((e) => `${e.task}@${e.wave}`)).toEqual([
      "T001@1",
      "T002@1",
      "T001@2",
    ]);
    expect(repo.read("T001.txt").trim()).toBe("T001");
  });
});

describe("implement: failures", () => {
  it("skips the dependents of a failed task transitively while independent tasks still run", async () => {
    repo = makeTempRepo({
      "specs/001/tasks.md": [
        "- [ ] T001 [P] Breaks",
        "- [ ] T002 [P] Works",
        "- [ ] T003 [P] Needs the broken one (depends on T001)",
        "- [ ] T004 [P] Needs T003 (depends on T003)",
        "- [ ] T005 [P] Needs the working one (depends on T002)",
        "",
      ].join("\n"),
    });
    const agent = repo.script(
      "agent.sh",
      'echo "working on $MAESTRO_TASK_ID"\nif [ "$MAESTRO_TASK_ID" = T001 ]; then echo "boom" >&2; exit 3; fi\necho ok > "$MAESTRO_TASK_ID.txt"\n',
    );
    const events: RunEvent[] = [];
    const summary = await implement(runOptions(repo, events, { agent: { command: [agent] } }));

    expect(summary.status).toBe("failure");
    expect(summary.failed).toEqual(["T001"]);
    expect(summary.done.sort()).toEqual(["T002", "T005"]);
    expect(summary.skipped.sort()).toEqual(["T003", "T004"]);
    const ends = ofType(events, "task-end");
    const failed = ends.find((e) => e.task === "T001");
    expect(failed).toMatchObject({ status: "failed", reason: "agent exited with code 3" });
    expect(failed?.tail).toContain("boom");
    expect(ends.find((e) => e.task === "T003")?.reason).toBe("depends on T001, which failed");
    expect(ends.find((e) => e.task === "T004")?.reason).toBe("depends on T003, skipped (T001 failed)");
    expect(summary.kept).toEqual([
      { task: "T001", branch: "maestro/test-run/T001", log: join(repo.root, "work", "logs", "T001.log") },
    ]);
    expect(readFileSync(join(repo.root, "work", "logs", "T001.log"), "utf8")).toContain("boom");
    expect(repo.git("branch", "--list", "maestro/*")).toBe("maestro/test-run/T001");
    expect(worktreeCount(repo)).toBe(1);
    expect(events.at(-1)).toMatchObject({
      type: "run-end",
      status: "failure",
      done: 2,
      failed: 1,
      skipped: 2,
    });
  });

  it("--fail-fast stops starting new tasks after the first failure", async () => {
    repo = makeTempRepo({
      "specs/001/tasks.md":
        "- [ ] T001 [P] Breaks\n- [ ] T002 [P] Would work\n- [ ] T003 [P] Would work too\n",
    });
    const agent = repo.script("agent.sh", 'if [ "$MAESTRO_TASK_ID" = T001 ]; then exit 1; fi\n');
    const summary = await implement(
      runOptions(repo, [], { agent: { command: [agent] }, maxParallel: 1, failFast: true }),
    );
    expect(summary.failed).toEqual(["T001"]);
    expect(summary.skipped.sort()).toEqual(["T002", "T003"]);
    expect(summary.done).toEqual([]);
  });

  it("stops later waves when --verify fails, keeping the merged commits", async () => {
    repo = makeTempRepo({
      "specs/001/tasks.md": "- [ ] T001 Create\n- [ ] T002 Then this\n",
    });
    const agent = repo.script("agent.sh", 'echo "$MAESTRO_TASK_ID" > "$MAESTRO_TASK_ID.txt"\n');
    const verify = repo.script("verify.sh", 'echo "2 tests failed" ; exit 1\n');
    const events: RunEvent[] = [];
    const summary = await implement(
      runOptions(repo, events, { agent: { command: [agent] }, verify: [verify] }),
    );

    expect(summary.status).toBe("failure");
    expect(summary.done).toEqual(["T001"]);
    expect(summary.skipped).toEqual(["T002"]);
    const verifyEvent = ofType(events, "verify")[0];
    expect(verifyEvent).toMatchObject({ wave: 1, ok: false });
    expect(verifyEvent?.output).toContain("2 tests failed");
    expect(ofType(events, "task-end").find((e) => e.task === "T002")?.reason).toMatch(
      /^verify failed after wave 1/,
    );
    expect(repo.read("T001.txt").trim()).toBe("T001");
    expect(repo.read("specs/001/tasks.md")).toContain("- [X] T001");
    expect(ofType(events, "wave-start")).toHaveLength(1);
  });

  it("fails a task whose agent exceeds the timeout", async () => {
    repo = makeTempRepo({ "specs/001/tasks.md": "- [ ] T001 Hangs\n" });
    const agent = repo.script("agent.sh", "sleep 30\n");
    const events: RunEvent[] = [];
    const summary = await implement(
      runOptions(repo, events, { agent: { command: [agent] }, taskTimeoutMs: 500 }),
    );
    expect(summary.failed).toEqual(["T001"]);
    expect(ofType(events, "task-end")[0]?.reason).toBe("agent timed out after 1s");
  });
});

describe("implement: refusals and safety", () => {
  it("refuses a dirty work tree and touches nothing", async () => {
    repo = makeTempRepo({ "specs/001/tasks.md": "- [ ] T001 Task\n" });
    repo.write("notes.txt", "uncommitted work\n");
    const events: RunEvent[] = [];
    const error = await implement(runOptions(repo, events)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RefusedStartError);
    expect((error as RefusedStartError).reason).toBe("dirty-work-tree");
    expect((error as RefusedStartError).message).toContain("?? notes.txt");
    expect(events).toEqual([]);
    expect(repo.read("notes.txt")).toBe("uncommitted work\n");
    expect(repo.git("branch", "--list", "maestro/*")).toBe("");
    expect(existsSync(join(repo.root, "work"))).toBe(false);
    expect(existsSync(join(repo.repo, ".git", "maestro", "lock.json"))).toBe(false);
  });

  it("refuses a detached HEAD and a merge in progress", async () => {
    repo = makeTempRepo({ "specs/001/tasks.md": "- [ ] T001 Task\n", "a.txt": "a\n" });
    repo.git("checkout", "--quiet", "--detach");
    await expect(implement(runOptions(repo, []))).rejects.toMatchObject({ reason: "detached-head" });
    repo.git("checkout", "--quiet", "main");
    repo.git("checkout", "--quiet", "-b", "other");
    repo.write("a.txt", "other\n");
    repo.git("commit", "--quiet", "-am", "other");
    repo.git("checkout", "--quiet", "main");
    repo.write("a.txt", "main\n");
    repo.git("commit", "--quiet", "-am", "main");
    expect(() => repo.git("merge", "other")).toThrow();
    await expect(implement(runOptions(repo, []))).rejects.toMatchObject({ reason: "operation-in-progress" });
  });

  it("gives the agent no GitHub token and the MAESTRO_* variables", async () => {
    repo = makeTempRepo({ "specs/001/tasks.md": "- [ ] T001 Show env\n" });
    const dump = join(repo.root, "agent-env.txt");
    const agent = repo.script("agent.sh", `env > "${dump}"\ncat > "${dump}.stdin"\n`);
    const summary = await implement(
      runOptions(repo, [], {
        agent: { command: [agent] },
        env: {
          PATH: process.env.PATH,
          GITHUB_TOKEN: "ghs_secret1",
          GH_TOKEN: "ghs_secret2",
          ACTIONS_RUNTIME_TOKEN: "secret3",
          WEBHOOK_SECRET: "secret4",
          MY_SETTING: "kept",
        },
      }),
    );
    expect(summary.status).toBe("success");
    const env = readFileSync(dump, "utf8");
    expect(env).not.toMatch(/secret/);
    expect(env).toContain("MY_SETTING=kept");
    expect(env).toContain("MAESTRO_TASK_ID=T001");
    expect(env).toContain("MAESTRO_TASK_TITLE=Show env");
    expect(env).toContain("MAESTRO_WAVE=1");
    expect(env).toContain("MAESTRO_RUN_ID=test-run");
    expect(env).toMatch(/MAESTRO_REPORT_FILE=.*reports\/T001\.json/);
    const promptFile = /MAESTRO_PROMPT_FILE=(.*)/.exec(env)?.[1] ?? "";
    expect(promptFile.startsWith(repo.repo + "/")).toBe(false);
    expect(readFileSync(promptFile, "utf8")).toContain("# Task T001: Show env");
    expect(readFileSync(`${dump}.stdin`, "utf8")).toContain("# Task T001: Show env");
  });

  it("plans with the repository: a task editing a file that imports another task's file waits for it", async () => {
    repo = makeTempRepo({
      "src/b.ts": "export const b = 1;\n",
      "src/a.ts": 'import { b } from "./b.js";\nexport const a = b + 1;\n',
      "specs/001/tasks.md": "- [ ] T001 [P] Change `src/a.ts`\n- [ ] T002 [P] Change `src/b.ts`\n",
    });
    const events: RunEvent[] = [];
    const summary = await implement(runOptions(repo, events, { dryRun: true }));
    expect(summary.wouldCreate?.map((w) => `${w.task}@${w.wave}`)).toEqual(["T002@1", "T001@2"]);
    const plan = ofType(events, "plan")[0]?.plan;
    expect(plan?.edges).toContainEqual(expect.objectContaining({ from: "T002", to: "T001", kind: "import" }));
  });

  it("dry run reports the branches it would create, each with the slot worktree it would take, and creates none", async () => {
    repo = makeTempRepo({ "specs/001/tasks.md": "- [ ] T001 One\n- [ ] T002 [P] Two\n- [ ] T003 Three\n" });
    const events: RunEvent[] = [];
    const summary = await implement(runOptions(repo, events, { dryRun: true }));
    expect(summary.wouldCreate).toEqual([
      // T003 has no [P]: it comes after both tasks listed before it; T001 and T002 tie on the critical
      // path, so list order decides inside wave 1.
      {
        task: "T001",
        wave: 1,
        branch: "maestro/test-run/T001",
        worktree: join(repo.root, "work", "worktrees", "slot-1"),
      },
      {
        task: "T002",
        wave: 1,
        branch: "maestro/test-run/T002",
        worktree: join(repo.root, "work", "worktrees", "slot-2"),
      },
      {
        task: "T003",
        wave: 2,
        branch: "maestro/test-run/T003",
        worktree: join(repo.root, "work", "worktrees", "slot-1"),
      },
    ]);
    expect(events.map((e) => e.type)).toEqual(["plan"]);
    expect(repo.git("branch", "--list", "maestro/*")).toBe("");
    expect(worktreeCount(repo)).toBe(1);
    expect(existsSync(join(repo.root, "work"))).toBe(false);
    expect(existsSync(join(repo.repo, ".git", "maestro"))).toBe(false);
  });

  it("delays the next task while memory is short, and says so", async () => {
    repo = makeTempRepo({ "specs/001/tasks.md": "- [ ] T001 [P] One\n- [ ] T002 [P] Two\n" });
    const agent = repo.script("agent.sh", TIMELINE_AGENT);
    let calls = 0;
    const events: RunEvent[] = [];
    const summary = await implement(
      runOptions(repo, events, {
        agent: { command: [agent] },
        env: { PATH: process.env.PATH, TIMELINE: join(repo.root, "timeline"), AGENT_SLEEP: "0.8" },
        freeMemory: () => ({ availableBytes: calls++ < 1 ? 5 : 50, totalBytes: 100 }),
      }),
    );
    expect(summary.status).toBe("success");
    const throttles = ofType(events, "throttle");
    expect(throttles.map((e) => e.task)).toEqual(["T002"]);
    expect(throttles[0]?.reason).toContain("available memory is 5%");
    const timeline = readTimeline(join(repo.root, "timeline"));
    const start2 = timeline.find((e) => e.kind === "start" && e.task === "T002")?.ms ?? 0;
    const start1 = timeline.find((e) => e.kind === "start" && e.task === "T001")?.ms ?? 0;
    // Held back for at least one memory poll (500 ms) although a slot was free.
    expect(start2 - start1).toBeGreaterThanOrEqual(400);
  });

  it("cancels on abort: running agents are killed, nothing more starts, status cancelled", async () => {
    repo = makeTempRepo({ "specs/001/tasks.md": "- [ ] T001 Slow\n- [ ] T002 Later\n" });
    const agent = repo.script("agent.sh", TIMELINE_AGENT);
    const controller = new AbortController();
    const events: RunEvent[] = [];
    const summary = await implement(
      runOptions(repo, events, {
        agent: { command: [agent] },
        env: { PATH: process.env.PATH, TIMELINE: join(repo.root, "timeline"), AGENT_SLEEP: "20" },
        signal: controller.signal,
        onEvent: (e) => {
          events.push(e);
          if (e.type === "task-start") setTimeout(() => controller.abort(), 300);
        },
      }),
    );
    expect(summary.status).toBe("cancelled");
    expect(summary.failed).toEqual(["T001"]);
    expect(summary.skipped).toEqual(["T002"]);
    expect(ofType(events, "task-end")[0]?.reason).toBe("agent stopped: run cancelled");
    expect(worktreeCount(repo)).toBe(1);
    expect(events.at(-1)).toMatchObject({ type: "run-end", status: "cancelled" });
  });
});
