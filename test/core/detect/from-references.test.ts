import { describe, expect, it } from "vitest";
import { detectDependencies } from "../../../src/core/detect/detect-dependencies.js";
import { parseTaskList } from "../../../src/core/parse/parse-task-list.js";

// A Kiro plan: group 1 makes things, task 2.1's own detail bullet says `words`.
const own = (words: string): string[] =>
  detectDependencies(
    parseTaskList({
      kind: "file",
      path: "tasks.md",
      text: [
        "# Implementation Plan",
        "",
        "- [ ] 1. Core",
        "  - [ ] 1.1 Errors in src/errors.kt",
        "  - [ ] 1.2 Hooks in panel/hooks.ts",
        "- [ ] 2. Screens",
        "  - [ ] 2.1 Stock table in panel/table.tsx",
        `    - ${words}`,
        "",
      ].join("\n"),
    }),
  )
    .edges.filter((e) => e.kind === "explicit")
    .map((e) => `${e.from}>${e.to}`)
    .sort();

describe("what a task takes from another, named in its own words", () => {
  it("reads a code name glossed with the task that makes it", () => {
    expect(own("reads the rows from useStock (1.2)")).toEqual(["1.2>2.1"]);
    expect(own("reads the rows from `useStock` (1.2)")).toEqual(["1.2>2.1"]);
  });

  it("reads the Polish 'z' (from) before a task, bare or glossing a code name", () => {
    expect(own("mapuje kody — wyjątki z 1.1")).toEqual(["1.1>2.1"]);
    expect(own("dane z useStany (1.2)")).toEqual(["1.2>2.1"]);
  });

  it("reads no need in 'z' after a word of company: beside, together with", () => {
    expect(own("może iść równolegle z 1.2")).toEqual([]);
    expect(own("razem z 1.1 tworzy moduł")).toEqual([]);
    // a plain word before a parenthesis is no code name
    expect(own("reads the rows from the cache (see 1.2 for its size)")).toEqual([]);
  });

  it("reads a phrase after a parenthesis its clause has closed", () => {
    expect(own("czas bierze z `Props.ttl` (1.2), wyjątki z 1.1")).toEqual(["1.1>2.1", "1.2>2.1"]);
  });

  it("reads what a task follows: 'according to', 'według', 'selon', 'gemäß' before a task", () => {
    expect(own("columns laid out according to 1.2")).toEqual(["1.2>2.1"]);
    expect(own("DTO według 1.1")).toEqual(["1.1>2.1"]);
    expect(own("colonnes selon 1.2")).toEqual(["1.2>2.1"]);
    // not before a number that names no task
    expect(own("columns laid out according to RFC 4180")).toEqual([]);
  });

  it("reads the Scandinavian 'från' and 'fra' before a task, with a list joined by 'och' or 'og'", () => {
    expect(own("läser raderna från 1.1 och 1.2")).toEqual(["1.1>2.1", "1.2>2.1"]);
    expect(own("bruker feilene fra 1.1")).toEqual(["1.1>2.1"]);
    // not the Italian "fra ... e ..." (between), nor after a word of difference
    expect(own("sceglie fra 1.1 e 1.2 in base al tenant")).toEqual([]);
    expect(own("helt oberoende från 1.2")).toEqual([]);
  });

  it("reads what a task works through, glossed with its task: 'via `name` (1.2)'", () => {
    expect(own("hämtar raderna via `StockRepository` (1.2)")).toEqual(["1.2>2.1"]);
  });

  it("reads no need in a thing from another task named to compare with", () => {
    expect(own("resembles the hook from 1.2, but keeps its own state")).toEqual([]);
    expect(own("liknar kroken från 1.2")).toEqual([]);
  });
});
