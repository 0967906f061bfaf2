import { describe, expect, it } from "vitest";
import { TaskListError } from "../../../src/core/errors.js";
import { parseTaskList } from "../../../src/core/parse/parse-task-list.js";

const phase = (...texts: string[]) =>
  parseTaskList({
    kind: "directory",
    path: "ph",
    files: texts.map((text, i) => ({ path: `ph/02-0${i + 1}-PLAN.md`, text })),
  });
const refusal = (text: string): TaskListError => {
  try {
    phase(text);
  } catch (error) {
    if (error instanceof TaskListError) return error;
    throw error;
  }
  throw new Error("expected the plan to be refused");
};

const FENCED = [
  "```yaml",
  "phase: 02-api",
  "wave: 2",
  "depends_on: [02-02]",
  "files_modified:",
  "  - api/routes.go",
  "```",
  "",
  "<objective>",
  "Serve the routes.",
  "</objective>",
].join("\n");

describe("GSD frontmatter in a fenced yaml block", () => {
  it("is read like `---` frontmatter: wave, dependencies with their line, files, title and body", () => {
    const list = phase(FENCED, "---\nwave: 1\n---\n\n<objective>\nStore data.\n</objective>\n");
    const task = list.tasks[0];
    expect(task).toMatchObject({
      id: "02-01",
      title: "Serve the routes.",
      authorWave: 2,
      files: ["api/routes.go"],
    });
    expect(task?.declared).toEqual([{ id: "02-02", line: 4, text: "depends_on: 02-02" }]);
    expect(task?.body.startsWith("<objective>")).toBe(true);
    expect(list.phases[0]?.title).toBe("02-api");
  });

  it("accepts `---` markers just inside the fence, a ~~~yml fence and blank lines above it", () => {
    const marked = FENCED.replace("```yaml\n", "```yaml\n---\n").replace("\n```\n", "\n---\n```\n");
    expect(phase(marked).tasks[0]?.authorWave).toBe(2);
    const tilde = "\n\n" + FENCED.replace("```yaml", "~~~yml").replace("\n```\n", "\n~~~\n");
    expect(phase(tilde).tasks[0]?.declared.map((d) => [d.id, d.line])).toEqual([["02-02", 6]]);
  });

  it("names the file line of a YAML error inside the fence, and an unclosed fence", () => {
    const broken = refusal("```yaml\nwave: 1\ndepends_on: [02-01\n```\n");
    expect([broken.file, broken.line]).toEqual(["ph/02-01-PLAN.md", 3]);
    expect(broken.message).toMatch(/invalid YAML frontmatter/);
    const open = refusal("\n```yaml\nwave: 1\n");
    expect([open.line, open.message]).toEqual([2, expect.stringMatching(/never closed/)]);
  });

  it("does not fire for a yaml block below other text, or a fence of another language", () => {
    expect(refusal("# Plan\n\n```yaml\nwave: 1\n```\n").message).toMatch(/must start with YAML frontmatter/);
    expect(refusal('```json\n{"wave": 1}\n```\n').message).toMatch(/must start with YAML frontmatter/);
  });
});
