import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PlanJson } from "../../src/core/model/plan-json.js";
import { runCli } from "../support/run-cli.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "maestro-cli-"));
  await writeFile(
    join(dir, "tasks.md"),
    "## Phase 1: Setup\n\n- [ ] T001 Create `src/a.ts`\n- [ ] T002 [P] Edit `src/a.ts` (the page from US1, after T777)\n",
  );
  await writeFile(
    join(dir, "cycle.md"),
    "- [ ] T001 [P] a (after T002)\n- [ ] T002 [P] b (depends on T001)\n",
  );
  await writeFile(join(dir, "src.ts"), "");
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  return runCli(argv, dir);
}

describe("maestro plan", () => {
  it("prints waves, edges and a summary, with warnings on stderr", async () => {
    const { code, out, err } = await run("plan", "tasks.md");
    expect(code).toBe(0);
    expect(out).toContain("Wave 1 (1 task)\n  T001  Create `src/a.ts`");
    expect(out).toContain("T001 -> T002  file: both name src/a.ts (tasks.md:3, :4)");
    expect(out).toMatch(/2 tasks \(2 planned, 0 done\) · 2 waves · 1 edge \(file 1\)/);
    expect(err).toBe("maestro: warning: tasks.md:4: T777 is not a task in this list\n");
  });

  it("prints JSON with warnings inside it and nothing on stderr", async () => {
    const { code, out, err } = await run("plan", "tasks.md", "--json");
    expect(code).toBe(0);
    expect(err).toBe("");
    const json = JSON.parse(out) as PlanJson;
    expect(json.source).toBe("tasks.md");
    expect(json.waves).toEqual([
      { number: 1, tasks: ["T001"] },
      { number: 2, tasks: ["T002"] },
    ]);
    expect(json.warnings).toEqual(["tasks.md:4: T777 is not a task in this list"]);
  });

  it("prints markdown and mermaid", async () => {
    expect((await run("plan", "tasks.md", "--format", "markdown")).out).toContain(
      "| T001 | Create `src/a.ts` |",
    );
    expect((await run("plan", "tasks.md", "--format", "mermaid")).out).toMatch(/^graph TD\n/);
  });

  it("exits 2 with the message on stderr for bad input and stated cycles", async () => {
    const missing = await run("plan", "nope.md");
    expect(missing).toMatchObject({ code: 2, out: "", err: "maestro: nope.md: no such file or directory\n" });
    const cycle = await run("plan", "cycle.md");
    expect(cycle.code).toBe(2);
    expect(cycle.err).toBe(
      'maestro: dependency cycle: T001 -> T002 (explicit "depends on T001" (cycle.md:2)) -> T001 (explicit "after T002" (cycle.md:1))\n',
    );
    expect((await run("plan", "src.ts")).err).toBe("maestro: src.ts: the file is empty\n");
    expect((await run("plan", "tasks.md", "--format", "html")).code).toBe(2);
  });

  it("teaches with examples in its help", async () => {
    const { code, out } = await run("plan", "--help");
    expect(code).toBe(0);
    expect(out).toContain("$ maestro plan specs/001-login/tasks.md --json");
  });
});
