import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../../support/run-cli.js";

// Every bad task list must stop `maestro plan` with exit code 2, print nothing on stdout (no plan that
// could be mistaken for a good one), and say on stderr what is wrong as `maestro: file:line: ...`.

const dir = mkdtempSync(join(tmpdir(), "maestro-bad-list-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function plan(
  name: string,
  bytes: Uint8Array | string | null,
): Promise<{ code: number; out: string; err: string }> {
  if (bytes !== null) writeFileSync(join(dir, name), bytes);
  return runCli(["plan", name], dir);
}

const bytes = (...parts: Array<string | number[]>): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : Buffer.from(p))));

interface BadList {
  name: string;
  content: Uint8Array | string | null;
  /** The start of the message after `maestro: `: file, and line where one applies. */
  where: string;
  says: RegExp;
}

const TENTH = "- [ ] T001 Fill the list with a long enough line of text to reach ten megabytes quickly\n";

const cases: BadList[] = [
  { name: "missing.md", content: null, where: "missing.md: ", says: /no such file or directory/ },
  { name: "empty.md", content: "", where: "empty.md: ", says: /the file is empty/ },
  { name: "blank.md", content: " \n\t\n\n", where: "blank.md: ", says: /the file is empty/ },
  {
    name: "no-tasks.md",
    content: "# Tasks\n\nJust prose, and a `- [ ] T001 code span`.\n\n```\n- [ ] T002 in a code block\n```\n",
    where: "no-tasks.md: ",
    says: /no tasks found/,
  },
  {
    name: "binary.md",
    content: bytes("- [ ] T001 a\n- [ ] T002 b\n", [0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
    where: "binary.md:3: ",
    says: /binary \(it contains a NUL byte\)/,
  },
  {
    name: "latin1.md",
    content: bytes("- [ ] T001 a\n- [ ] T002 caf", [0xe9], "\n"),
    where: "latin1.md:2: ",
    says: /not valid UTF-8/,
  },
  {
    name: "overlong.md",
    content: bytes("- [ ] T001 a\n\n- [ ] T002 ", [0xc0, 0xaf], "etc\n"),
    where: "overlong.md:3: ",
    says: /not valid UTF-8/,
  },
  {
    name: "surrogate.md",
    content: bytes("- [ ] T001 ", [0xed, 0xa0, 0x80], "\n"),
    where: "surrogate.md:1: ",
    says: /not valid UTF-8/,
  },
  {
    name: "ten-megabytes.md",
    content: TENTH.repeat(Math.ceil((10 * 1024 * 1024) / TENTH.length)),
    where: "ten-megabytes.md: ",
    says: /over the 5 MiB limit/,
  },
  {
    name: "duplicate.md",
    content: "- [ ] T001 a\n- [ ] T002 b\n- [ ] T001 c\n",
    where: "duplicate.md:3: ",
    says: /duplicate task ID T001: T001 is already at line 1/,
  },
  {
    name: "duplicate-full-width.md",
    content: "- [ ] T001 a\n- [ ] T\uff10\uff10\uff11 b\n",
    where: "duplicate-full-width.md:2: ",
    says: /duplicate task ID T001 \(written with look-alike or invisible characters\)/,
  },
  {
    name: "duplicate-disguised-but-named.md",
    content: "- [ ] T001 a\n- [ ] T\uff10\uff10\uff11 a copy of T001\n",
    where: "duplicate-disguised-but-named.md:2: ",
    says: /duplicate task ID T001 \(written with look-alike or invisible characters\)/,
  },
  {
    name: "duplicate-math-digits.md",
    content: "- [ ] T001 a\n- [ ] T\u{1d7ce}\u{1d7ce}\u{1d7cf} b\n",
    where: "duplicate-math-digits.md:2: ",
    says: /duplicate task ID T001 \(written with look-alike/,
  },
  {
    name: "duplicate-zero-width.md",
    content: "- [ ] T001 a\n\n- [ ] T0\u200b01 b\n",
    where: "duplicate-zero-width.md:3: ",
    says: /duplicate task ID T001 \(written with look-alike or invisible characters\)/,
  },
  {
    name: "duplicate-word-joiner.md",
    content: "### T001: a\n\n### T\u206000\u200d1: b\n",
    where: "duplicate-word-joiner.md:3: ",
    says: /duplicate task ID T001/,
  },
  {
    name: "cyrillic-t.md",
    content: "- [ ] T001 a\n- [ ] \u0422002 b\n",
    where: "cyrillic-t.md:2: ",
    says: /look-alike letter \(U\+0422\)/,
  },
  {
    name: "unknown-dependency.md",
    content: "- [ ] T001 a\n- [ ] T002 b (depends on T999)\n",
    where: "unknown-dependency.md:2: ",
    says: /T002 says "depends on T999", but T999 is not a task in this list/,
  },
  {
    name: "unknown-declared.md",
    content: "### T001: a\n\n### T002: b\n\n**Depends**: T001, T404\n",
    where: "unknown-declared.md:5: ",
    says: /T404 is not a task in this list/,
  },
  {
    name: "unknown-range.md",
    content: "- [ ] T001 a\n- [ ] T002 b (after T200-T210)\n",
    where: "unknown-range.md:2: ",
    says: /T200-T210 is not a task in this list/,
  },
  {
    name: "malformed-empty-box.md",
    content: "- [ ] T001 a\n- [] T002 b\n",
    where: "malformed-empty-box.md:2: ",
    says: /`\[\]` is not a checkbox/,
  },
  {
    name: "malformed-glued-bullet.md",
    content: "- [ ] T001 a\n-[ ] T002 b\n",
    where: "malformed-glued-bullet.md:2: ",
    says: /no space between the bullet and the checkbox/,
  },
  {
    name: "malformed-glued-id.md",
    content: "- [ ] T001 a\n- [ ]T002 b\n",
    where: "malformed-glued-id.md:2: ",
    says: /glued to its checkbox/,
  },
  {
    name: "malformed-mark.md",
    content: "- [ ] T001 a\n\n- [y] T002 b\n",
    where: "malformed-mark.md:3: ",
    says: /`\[y\]` is not a checkbox maestro reads/,
  },
  {
    name: "malformed-no-bullet.md",
    content: "- [ ] T001 a\n[ ] T002 b\n",
    where: "malformed-no-bullet.md:2: ",
    says: /no list bullet/,
  },
  {
    name: "malformed-short-id.md",
    content: "- [ ] T001 a\n- [ ] T02 b\n",
    where: "malformed-short-id.md:2: ",
    says: /T02 is not a task ID/,
  },
  {
    name: "malformed-checklist.md",
    content: "- [ ] Write the docs\n- []  Publish them\n",
    where: "malformed-checklist.md:2: ",
    says: /`\[\]` is not a checkbox/,
  },
  {
    name: "malformed-deep-heading.md",
    content: "### T001: a\n\n####### T002: b\n",
    where: "malformed-deep-heading.md:3: ",
    says: /at most 6 `#`/,
  },
  {
    name: "malformed-glued-heading.md",
    content: "### T001: a\n\n###T002: b\n",
    where: "malformed-glued-heading.md:3: ",
    says: /no space after the `#`s/,
  },
  {
    name: "conflict-markers.md",
    content: "- [ ] T001 a\n<<<<<<< HEAD\n- [ ] T002 b\n=======\n- [ ] T002 c\n>>>>>>> other\n",
    where: "conflict-markers.md:2: ",
    says: /unresolved merge-conflict marker/,
  },
];

describe("maestro plan refuses bad task lists with file and line", () => {
  it.each(cases)("$name", async ({ name, content, where, says }) => {
    const { code, out, err } = await plan(name, content);
    expect(out).toBe("");
    expect(code).toBe(2);
    expect(err.startsWith(`maestro: ${where}`), err).toBe(true);
    expect(err).toMatch(says);
    expect(err.split("\n").filter(Boolean)).toHaveLength(1);
  });
});

describe("maestro plan refuses cycles and self-dependencies", () => {
  it("a task that depends on itself, in its text or its Depends field", async () => {
    for (const [name, text, line] of [
      ["self.md", "- [ ] T001 a\n- [ ] T002 b (depends on T002)\n", 2],
      ["self-field.md", "### T001: a\n\n**Depends**: T001\n", 3],
    ] as const) {
      const { code, out, err } = await plan(name, text);
      expect(out).toBe("");
      expect(code).toBe(2);
      expect(err).toContain(`dependency cycle: ${line === 2 ? "T002 -> T002" : "T001 -> T001"}`);
      expect(err).toContain(`(${name}:${line})`);
      expect(err).toContain("depends on itself");
    }
  });

  it("a cycle of three stated dependencies names every step with its line", async () => {
    const { code, out, err } = await plan(
      "cycle3.md",
      "- [ ] T001 a (after T003)\n- [ ] T002 b (depends on T001)\n- [ ] T003 c (after T002)\n",
    );
    expect(out).toBe("");
    expect(code).toBe(2);
    expect(err).toMatch(/^maestro: dependency cycle: T00\d -> T00\d .* -> T00\d .* -> T00\d /);
    for (const line of [1, 2, 3]) expect(err).toContain(`cycle3.md:${line})`);
  });

  it("a range in a Depends field that includes the task itself is not a self-dependency", async () => {
    const { code, err } = await plan(
      "range.md",
      "### T001: a\n\n### T002: b\n\n### T003: c\n\n**Depends**: T001-T003\n",
    );
    expect(err).toBe("");
    expect(code).toBe(0);
  });
});
