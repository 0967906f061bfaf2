import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  findViolations,
  LIMITS,
  readSources,
  violationKey,
  type SourceFiles,
  type Violation,
} from "./support/architecture.js";

// The house rules, checked on src/ with the TypeScript compiler: no function over 80 lines, no file over
// 350, no import cycle (type-only imports included), and layers import only downwards:
// core < adapters < runner < github < cli | app | action.

/**
 * Breaches that exist today in code other engineers are rewriting (issue 11). Each entry must still be a
 * breach: when one is fixed, the test fails until the entry is removed, so this list only shrinks.
 */
// Breaches still to fix, each named (rule, file, function): none left. The list may only shrink.
const ALLOWED: ReadonlyArray<Pick<Violation, "rule" | "file" | "name">> = [];

const ROOT = join(import.meta.dirname, "..");

/** Breaches not on the allowlist, and allowlist entries that are no longer breaches. */
function judge(
  violations: readonly Violation[],
  allowed: typeof ALLOWED,
): { unexpected: string[]; stale: string[] } {
  const found = new Map(violations.map((v) => [violationKey(v), v]));
  const listed = new Set(allowed.map(violationKey));
  return {
    unexpected: [...found]
      .filter(([key]) => !listed.has(key))
      .map(([key, v]) => (v.lines === undefined ? key : `${key} (${v.lines} lines)`)),
    stale: [...listed].filter((key) => !found.has(key)),
  };
}

describe("the house rules on src/", () => {
  it("hold everywhere but on the allowlist, and every allowlist entry is still needed", () => {
    expect(judge(findViolations(readSources(ROOT)), ALLOWED)).toEqual({ unexpected: [], stale: [] });
  });
});

describe("the checks themselves", () => {
  const files = (entries: Record<string, string>): SourceFiles => new Map(Object.entries(entries));
  const body = (lines: number): string =>
    Array.from({ length: lines - 2 }, (_, i) => `  const v${i} = ${i};`).join("\n");

  it("find a function over 80 lines (a method, an arrow function) but not one of exactly 80", () => {
    const found = findViolations(
      files({
        "src/core/long.ts": [
          `export function ok(): void {\n${body(LIMITS.functionLines)}\n}`,
          `export function tooLong(): void {\n${body(LIMITS.functionLines + 1)}\n}`,
          `export const arrow = (): void => {\n${body(LIMITS.functionLines + 1)}\n};`,
          `class Engine {\n  run(): void {\n${body(LIMITS.functionLines + 1)}\n  }\n}`,
        ].join("\n"),
      }),
    );
    expect(found.filter((v) => v.rule === "function-length").map((v) => [v.name, v.lines])).toEqual([
      ["tooLong", 81],
      ["arrow", 81],
      ["Engine.run", 81],
    ]);
  });

  it("find a file over 350 lines", () => {
    const lines = (n: number): string =>
      `${Array.from({ length: n }, (_, i) => `export const c${i} = ${i};`).join("\n")}\n`;
    const found = findViolations(files({ "src/core/a.ts": lines(350), "src/core/b.ts": lines(351) }));
    expect(found).toEqual([{ rule: "file-length", file: "src/core/b.ts", name: "(file)", lines: 351 }]);
  });

  it("find an import cycle made of type-only imports and re-exports", () => {
    const found = findViolations(
      files({
        "src/cli/main.ts": `import type { Flags } from "./plan.js";\nexport type Register = (f: Flags) => void;`,
        "src/cli/plan.ts": `export type { Register } from "./main.js";\nexport interface Flags { all: boolean }`,
        "src/cli/other.ts": `import type { Flags } from "./plan.js";\nexport const x: Flags = { all: true };`,
      }),
    );
    expect(found).toEqual([
      { rule: "import-cycle", file: "src/cli/main.ts", name: "src/cli/main.ts -> src/cli/plan.ts" },
    ]);
  });

  it("find a layer importing from a layer above it, types included", () => {
    const found = findViolations(
      files({
        "src/adapters/fs/reader.ts": `import type { RunSummary } from "../../runner/options.js";\nexport let s: RunSummary;`,
        "src/runner/options.ts": `import { read } from "../adapters/fs/util.js";\nexport interface RunSummary { n: number }\nread();`,
        "src/adapters/fs/util.ts": `export function read(): void {}`,
        "src/github/flow.ts": `import type { Cli } from "../cli/main.js";\nexport let c: Cli;`,
        "src/cli/main.ts": `import type { RunSummary } from "../runner/options.js";\nexport type Cli = RunSummary;`,
      }),
    );
    expect(found.map((v) => `${v.file} -> ${v.name}`)).toEqual([
      "src/adapters/fs/reader.ts -> src/runner/options.ts",
      "src/github/flow.ts -> src/cli/main.ts",
    ]);
  });

  it("fail on a breach missing from the allowlist, and on an allowlist entry that is no longer a breach", () => {
    const breach: Violation = { rule: "function-length", file: "src/runner/x.ts", name: "run", lines: 99 };
    expect(judge([breach], [])).toEqual({
      unexpected: ["function-length src/runner/x.ts run (99 lines)"],
      stale: [],
    });
    expect(judge([], [breach])).toEqual({ unexpected: [], stale: ["function-length src/runner/x.ts run"] });
    expect(judge([breach], [breach])).toEqual({ unexpected: [], stale: [] });
  });
});
