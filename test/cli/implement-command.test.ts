import { spawn } from "node:child_process";
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { makeTempRepo, readTimeline, TIMELINE_AGENT, type TempRepo } from "../support/temp-repo.js";
import { captureIo } from "../support/run-cli.js";

let repo: TempRepo;
afterEach(() => repo?.cleanup());

const TASKS = "- [ ] T001 [P] One\n- [ ] T002 [P] Two\n- [ ] T003 Three (depends on T001)\n";

describe("maestro implement (in process)", () => {
  it("prints NDJSON events with --json and exits 0 when every task is done", async () => {
    repo = makeTempRepo({ "specs/001/tasks.md": TASKS });
    const agent = repo.script("agent.sh", TIMELINE_AGENT);
    const cap = captureIo(repo.repo, { ...process.env, TIMELINE: join(repo.root, "timeline") });
    const code = await main(
      ["implement", "specs/001/tasks.md", "--agent-cmd", agent, "--json", "--run-id", "r1"],
      cap.io,
    );
    expect(cap.err()).toBe("");
    expect(code).toBe(0);
    const events = cap
      .out()
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { type: string; time: string });
    expect(events[0]?.type).toBe("plan");
    expect(events.at(-1)).toMatchObject({ type: "run-end", status: "success", done: 3 });
    for (const e of events) expect(e.time).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(events.map((e) => e.type)).toEqual(
      expect.arrayContaining(["wave-start", "task-start", "task-end", "merge", "wave-end"]),
    );
    // The default work folder is inside .git, so nothing pollutes the work tree.
    expect(existsSync(join(repo.repo, ".git", "maestro", "r1", "logs", "T001.log"))).toBe(true);
    expect(repo.git("status", "--porcelain")).toBe("");
  });

  it("exits 1 when a task fails, with the summary naming the kept branch and log", async () => {
    repo = makeTempRepo({ "specs/001/tasks.md": TASKS });
    const agent = repo.script("agent.sh", '[ "$MAESTRO_TASK_ID" != T001 ]\n');
    const cap = captureIo(repo.repo);
    const code = await main(
      ["implement", "specs/001/tasks.md", "--agent-cmd", agent, "--run-id", "r1"],
      cap.io,
    );
    expect(code).toBe(1);
    expect(cap.out()).toContain("maestro failure: 1 done, 1 failed, 1 skipped");
    expect(cap.out()).toContain("T003 Three (depends on T001): depends on T001, which failed");
    expect(cap.out()).toMatch(/T001 {2}maestro\/r1\/T001 {2}log: .*logs\/T001\.log/);
  });

  it("runs a Task Master tasks folder by its Dependencies fields and marks each finished task done", async () => {
    const task1 =
      "# Task ID: 1\n# Title: Store\n# Status: pending\n# Dependencies: 2\n# Priority: high\n" +
      "# Description: The store.\n# Details:\n# Test Strategy:\n# Subtasks:\n" +
      "## 1. Schema [pending]\n### Dependencies: None\n### Description: The schema.\n### Details:\n" +
      "## 2. Queries [pending]\n### Dependencies: 1\n### Description: The queries.\n### Details:\n";
    const task2 =
      "# Task ID: 2\n# Title: Config\n# Status: pending\n# Dependencies: None\n# Priority: high\n" +
      "# Description: The settings.\n# Details:\n# Test Strategy:\n";
    repo = makeTempRepo({ ".taskmaster/tasks/task_001.txt": task1, ".taskmaster/tasks/task_002.txt": task2 });
    const agent = repo.script("agent.sh", TIMELINE_AGENT);
    const timeline = join(repo.root, "timeline");
    const cap = captureIo(repo.repo, { ...process.env, TIMELINE: timeline, AGENT_SLEEP: "0" });
    const code = await main(
      ["implement", ".taskmaster/tasks", "--agent-cmd", agent, "--run-id", "r1"],
      cap.io,
    );
    expect(cap.err()).toBe("");
    expect(code).toBe(0);
    expect(
      readTimeline(timeline)
        .filter((e) => e.kind === "start")
        .map((e) => e.task),
    ).toEqual(["2", "1.1", "1.2"]);
    const files = repo.git("show", "HEAD:.taskmaster/tasks/task_001.txt");
    expect(files).toContain("## 1. Schema [done]");
    expect(files).toContain("## 2. Queries [done]");
    expect(repo.git("show", "HEAD:.taskmaster/tasks/task_002.txt")).toContain("# Status: done");
    const again = captureIo(repo.repo, { ...process.env, TIMELINE: timeline });
    expect(
      await main(["implement", ".taskmaster/tasks", "--agent-cmd", agent, "--run-id", "r2"], again.io),
    ).toBe(0);
    expect(readTimeline(timeline).filter((e) => e.kind === "start")).toHaveLength(3);
  });

  it("runs Task Master's tasks.json and marks each finished task done in it", async () => {
    const subtask = (id: number, dependencies: number[]) => ({
      id,
      title: `Part ${id}`,
      dependencies,
      status: "pending",
    });
    const tasks = {
      master: {
        tasks: [
          {
            id: 1,
            title: "Store",
            status: "pending",
            dependencies: [2],
            subtasks: [subtask(1, []), subtask(2, [1])],
          },
          { id: 2, title: "Config", status: "pending", dependencies: [] },
        ],
      },
    };
    repo = makeTempRepo({ ".taskmaster/tasks/tasks.json": `${JSON.stringify(tasks, null, 2)}\n` });
    const agent = repo.script("agent.sh", TIMELINE_AGENT);
    const timeline = join(repo.root, "timeline");
    const cap = captureIo(repo.repo, { ...process.env, TIMELINE: timeline, AGENT_SLEEP: "0" });
    const path = ".taskmaster/tasks/tasks.json";
    expect(await main(["implement", path, "--agent-cmd", agent, "--run-id", "r1"], cap.io)).toBe(0);
    expect(
      readTimeline(timeline)
        .filter((e) => e.kind === "start")
        .map((e) => e.task),
    ).toEqual(["2", "1.1", "1.2"]);
    const after = JSON.parse(repo.git("show", `HEAD:${path}`)) as typeof tasks;
    const [store, config] = after.master.tasks;
    expect([store?.subtasks?.map((s) => s.status), config?.status]).toEqual([["done", "done"], "done"]);
  });

  it("exits 2 on a dirty work tree, a missing agent or a bad option, and says why", async () => {
    repo = makeTempRepo({ "specs/001/tasks.md": TASKS });
    let cap = captureIo(repo.repo);
    expect(await main(["implement", "specs/001/tasks.md"], cap.io)).toBe(2);
    expect(cap.err()).toContain("choose an agent");
    cap = captureIo(repo.repo);
    expect(
      await main(["implement", "specs/001/tasks.md", "--agent", "script", "--max-parallel", "5"], cap.io),
    ).toBe(2);
    expect(cap.err()).toContain("from 1 to 3");
    cap = captureIo(repo.repo);
    expect(await main(["implement", "specs/001/tasks.md", "--agent-cmd", "a | b"], cap.io)).toBe(2);
    expect(cap.err()).toContain('shell operator "|"');
    writeFileSync(join(repo.repo, "wip.txt"), "mine\n");
    cap = captureIo(repo.repo);
    expect(await main(["implement", "specs/001/tasks.md", "--agent", "script"], cap.io)).toBe(2);
    expect(cap.err()).toContain("uncommitted changes");
    expect(cap.err()).toContain("?? wip.txt");
  });

  it("--dry-run lists the branches and worktrees a run would create and creates none", async () => {
    repo = makeTempRepo({ "specs/001/tasks.md": TASKS });
    const cap = captureIo(repo.repo);
    expect(await main(["implement", "specs/001/tasks.md", "--dry-run", "--run-id", "r9"], cap.io)).toBe(0);
    expect(cap.out()).toContain("wave 2  T003  branch maestro/r9/T003");
    expect(cap.out()).toContain(join(repo.repo, ".git", "maestro", "r9", "worktrees", "slot-1"));
    expect(existsSync(join(repo.repo, ".git", "maestro"))).toBe(false);
    expect(repo.git("branch", "--list", "maestro/*")).toBe("");
  });

  it("--help teaches with examples and the exit codes", async () => {
    const cap = captureIo(process.cwd());
    expect(await main(["implement", "--help"], cap.io)).toBe(0);
    expect(cap.out()).toContain("--agent <preset>");
    expect(cap.out()).toContain("Examples:");
    expect(cap.out()).toContain("Exit codes: 0 every task done");
  });

  it("Ctrl-C: the tasks whose agents it stopped are cancelled, not failed, in its events", async () => {
    repo = makeTempRepo({ "specs/001/tasks.md": TASKS });
    const started = join(repo.root, "started");
    const agent = repo.script("agent.sh", `touch '${started}'\nexec sleep 60\n`);
    const cap = captureIo(repo.repo);
    const before = new Set(process.listeners("SIGINT"));
    const run = main(
      ["implement", "specs/001/tasks.md", "--agent-cmd", agent, "--json", "--run-id", "r1"],
      cap.io,
    );
    while (!existsSync(started)) await new Promise((resolve) => setTimeout(resolve, 20));
    // As a terminal's Ctrl-C reaches the CLI: its own SIGINT listener, without signalling the test runner.
    for (const listener of process.listeners("SIGINT")) if (!before.has(listener)) listener("SIGINT");
    expect(await run).toBe(1);
    const events = cap
      .out()
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { type: string; status?: string; failed?: number; cancelled?: number });
    const ends = events.filter((e) => e.type === "task-end").map((e) => e.status);
    expect(ends).toContain("cancelled");
    expect(ends).not.toContain("failed");
    expect(events.at(-1)).toMatchObject({ type: "run-end", status: "cancelled", failed: 0 });
    expect(events.at(-1)?.cancelled).toBe(ends.filter((s) => s === "cancelled").length);
  });
});

function spawnCli(args: string[], cwd: string, env: Record<string, string>) {
  // tsx is resolved from this checkout, not from the repository the CLI runs in.
  const tsx = pathToFileURL(join(process.cwd(), "node_modules/tsx/dist/loader.mjs")).href;
  const child = spawn(
    process.execPath,
    ["--import", tsx, join(process.cwd(), "test/support/cli-entry.ts"), ...args],
    {
      cwd,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let out = "";
  let err = "";
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr.on("data", (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, out: () => out, err: () => err };
}

describe("maestro implement (a real process, killed and resumed)", () => {
  it("resumes after SIGKILL mid-wave: done tasks are not re-run and no commit is lost", async () => {
    repo = makeTempRepo({
      "specs/001/tasks.md": [
        "- [ ] T001 [P] One",
        "- [ ] T002 [P] Two",
        "- [ ] T003 [P] Slow (depends on T001)",
        "- [ ] T004 [P] Quick (depends on T002)",
        "",
      ].join("\n"),
    });
    const slowFlag = join(repo.root, "slow");
    writeFileSync(slowFlag, "");
    const agent = repo.script(
      "agent.sh",
      `if [ "$MAESTRO_TASK_ID" = T003 ] && [ -f "${slowFlag}" ]; then export AGENT_SLEEP=60; else export AGENT_SLEEP=0.1; fi\n` +
        TIMELINE_AGENT.replace("#!/usr/bin/env bash\n", ""),
    );
    const timeline = join(repo.root, "timeline");
    const env = { TIMELINE: timeline };
    const args = ["implement", "specs/001/tasks.md", "--agent-cmd", agent, "--json"];

    const first = spawnCli([...args, "--run-id", "run-1"], repo.repo, env);
    // Kill it once T003 (wave 2) is running: wave 1 is merged and ticked by then.
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (readTimeline(timeline).some((e) => e.kind === "start" && e.task === "T003")) {
          clearInterval(timer);
          resolve();
        }
      }, 50);
      void first.exited.then(() => {
        clearInterval(timer);
        reject(new Error(`the CLI ended before it could be killed: ${first.err()}`));
      });
    });
    first.child.kill("SIGKILL");
    await first.exited;
    // The orphaned agent is ours to stop (a SIGKILLed parent cannot).
    const orphan = readTimeline(timeline).find((e) => e.task === "T003")?.pid;
    if (orphan) process.kill(-orphan, "SIGKILL");
    const headAfterKill = repo.git("rev-parse", "HEAD");
    expect(repo.read("specs/001/tasks.md")).toContain("- [X] T001");
    expect(repo.read("specs/001/tasks.md")).toContain("- [ ] T003");

    rmSync(slowFlag);
    const second = spawnCli([...args, "--run-id", "run-2"], repo.repo, env);
    expect(await second.exited, second.err()).toBe(0);

    const starts = readTimeline(timeline)
      .filter((e) => e.kind === "start")
      .map((e) => e.task);
    expect(starts.filter((t) => t === "T001")).toHaveLength(1);
    expect(starts.filter((t) => t === "T002")).toHaveLength(1);
    expect(starts.filter((t) => t === "T003")).toHaveLength(2);
    // No commit lost: what the killed run merged is still in the history.
    expect(() => repo.git("merge-base", "--is-ancestor", headAfterKill, "HEAD")).not.toThrow();
    expect(repo.read("specs/001/tasks.md").match(/\[X\]/g)).toHaveLength(4);
    expect(repo.git("worktree", "list").split("\n")).toHaveLength(1);
    expect(repo.git("branch", "--list", "maestro/run-2/*")).toBe("");
    expect(existsSync(join(repo.repo, ".git", "maestro", "lock.json"))).toBe(false);
    expect(repo.git("status", "--porcelain")).toBe("");
  });
});
