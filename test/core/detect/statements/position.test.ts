import { describe, expect, it } from "vitest";
import { speckit, statementPairs } from "./plan-helpers.js";

// Every task is [P], so only what the notes say orders them inside a phase.
const phases: Array<[string, string[]]> = [
  ["Phase 1: Shelving", ["T001", "T002", "T003", "T004"]],
  ["Phase 2: Lending", ["T005", "T006"]],
];
const list = (notes: string): string => speckit(phases, `## Notes\n\n${notes}\n`);

describe("a task said to go first or last", () => {
  it("goes before every other task of its phase when nothing else was just named", () => {
    expect(statementPairs(list("- **Order**: T002 goes first."))).toEqual([
      "T002>T001",
      "T002>T003",
      "T002>T004",
    ]);
  });

  it("goes after every other task of its phase when said to come last", () => {
    expect(statementPairs(list("- T003 last."))).toEqual(["T001>T003", "T002>T003", "T004>T003"]);
  });

  it("goes first only among the tasks the sentence before it named", () => {
    expect(statementPairs(list("- T004 and T001 both write the shelf index; T004 comes first."))).toEqual([
      "T004>T001",
    ]);
  });

  it("reads the position in French and Spanish", () => {
    expect(statementPairs(list("- T001 en dernier."))).toEqual(["T002>T001", "T003>T001", "T004>T001"]);
    expect(statementPairs(list("- T001 por último."))).toEqual(["T002>T001", "T003>T001", "T004>T001"]);
  });

  it("reads nothing when a word follows ('first draft'), for a story, or as an option", () => {
    expect(statementPairs(list("- T002 first draft is under review."))).toEqual([]);
    expect(statementPairs(list("- US1 goes first."))).toEqual([]);
    expect(statementPairs(list("- With one developer, T002 could go first."))).toEqual([]);
  });
});

describe("a position said with a copula in Portuguese, Spanish and French", () => {
  it.each([
    ["- A T003 é a última de todas.", ["T001>T003", "T002>T003", "T004>T003"]],
    ["- T002 es la primera.", ["T002>T001", "T002>T003", "T002>T004"]],
    ["- T003 est la dernière.", ["T001>T003", "T002>T003", "T004>T003"]],
  ])("%s", (note, expected) => {
    expect(statementPairs(list(note))).toEqual(expected);
  });

  it("reads no position where the word goes on to a noun", () => {
    expect(statementPairs(list("- A T003 é a última tarefa de backend."))).toEqual([]);
    expect(statementPairs(list("- T002 es la primera versión del informe."))).toEqual([]);
  });
});
