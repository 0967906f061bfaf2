import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BenchArgsError, parseBenchArgs } from "../../bench/bench-args.js";

// Two phases; T002 and T003 are one [P] run but T003 names T002's file, so maestro forces it apart.
const TASKS = `# Tasks: tiny

## Phase 1: Setup

- [ ] T001 Create the package in \`src/pkg.py\`

## Phase 2: Work

- [ ] T002 [P] Write the model in \`src/model.py\`
- [ ] T003 [P] Extend the model in \`src/model.py\`
- [ ] T004 [P] Write the docs in \`docs/guide.md\`
`;

describe("bench/run.ts --quick --only schedule", () => {
  const dir = mkdtempSync(join(tmpdir(), "maestro-bench-test-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes a results file with the stable top-level keys and benchmark 1's figures", () => {
    const corpus = join(dir, "tasks");
    const out = join(dir, "results.json");
    mkdirSync(corpus);
    writeFileSync(join(corpus, "tiny.md"), TASKS);
    const run = spawnSync(
      process.execPath,
      ["--import", "tsx", "bench/run.ts", "--quick", "--only", "schedule", "--out", out, "--corpus", corpus],
      { encoding: "utf8" },
    );
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("## 1. Schedule quality");
    const results = JSON.parse(readFileSync(out, "utf8")) as Record<string, unknown>;
    expect(Object.keys(results)).toEqual([
      "schema",
      "date",
      "quick",
      "only",
      "machine",
      "settings",
      "durationMs",
      "elapsedMs",
      "schedule",
      "execution",
      "planner",
      "git",
      "errors",
    ]);
    expect(results).toMatchObject({
      quick: true,
      only: ["schedule"],
      machine: { node: process.version },
      execution: null,
      planner: null,
      git: null,
      errors: {},
    });
    const schedule = results.schedule as {
      models: Record<string, { rows: Array<Record<string, unknown>> }>;
      forcedApart: Record<string, number>;
    };
    expect(schedule.models.equal?.rows).toEqual([
      expect.objectContaining({
        file: "tiny.md",
        tasks: 4,
        // sequential 4; spec-kit T001, then T002-T004 together: 2; maestro T001 | T002,T004 | T003: 3.
        makespans: { sequential: 4, specKit: 2, maestro: 3, limit: 3 },
        forcedApart: 1,
        parallelMarked: 3,
      }),
    ]);
    expect(schedule.forcedApart).toEqual({ parallelMarked: 3, forcedApart: 1, share: 0.333 });
  });
});

describe("parseBenchArgs", () => {
  it("reads --only in the canonical order, --quick, --out and --corpus", () => {
    expect(parseBenchArgs(["--only=git,schedule", "--quick", "--out", "r.json", "--corpus", "c"])).toEqual({
      only: ["schedule", "git"],
      quick: true,
      out: "r.json",
      corpus: "c",
    });
    expect(parseBenchArgs([]).only).toEqual(["schedule", "execution", "planner", "git"]);
  });

  it("refuses unknown benchmarks and options", () => {
    expect(() => parseBenchArgs(["--only", "schedule,speed"])).toThrow(BenchArgsError);
    expect(() => parseBenchArgs(["--fast"])).toThrow(/unknown option --fast/);
    expect(() => parseBenchArgs(["--out"])).toThrow(/--out needs a value/);
  });
});
