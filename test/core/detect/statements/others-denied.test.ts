import { describe, expect, it } from "vitest";
import { detect, orderLeftUnder } from "./plan-helpers.js";

// Two stories: US1 catalogues books (T001, T002), US2 lends them (T003, T004). `loanNote` is T004's own
// words; `notes` go in a paragraph under US2's heading.
const library = (notes: string, loanNote = ", after T002 is merged"): string =>
  [
    "# Tasks",
    "",
    "## Phase 1: User Story 1 - Catalogue (Priority: P1)",
    "",
    "- [ ] T001 [P] [US1] Book record in src/catalogue/book.ts",
    "- [ ] T002 [P] [US1] Shelf index in src/catalogue/shelf.ts",
    "",
    "## Phase 2: User Story 2 - Loans (Priority: P2)",
    "",
    notes,
    "",
    "- [ ] T003 [P] [US2] Loan form in src/loans/form.ts",
    `- [ ] T004 [P] [US2] Due-date reminder in src/loans/reminder.ts${loanNote}`,
    "",
  ].join("\n");

/** `from>to` of every edge between the two stories. */
const across = (text: string): string[] =>
  detect(text)
    .edges.filter((e) => ["T001", "T002"].includes(e.from) && ["T003", "T004"].includes(e.to))
    .map((e) => `${e.from}>${e.to}`)
    .sort();

describe("a denial of the rest of a story ('nothing else in US2 waits for US1')", () => {
  it("leaves the tasks whose own words name a task of the other story, and frees the others", () => {
    const text = library("US2 reuses only T002 from US1. Nothing else in US2 waits for US1.");
    expect(across(text)).toEqual(["T002>T004"]);
    expect(detect(text).warnings.some((w) => w.includes("lets T003 run alongside"))).toBe(true);
  });

  it("reads the other orders of the words the same way", () => {
    expect(across(library("US2 reuses only T002 from US1. In US2 no other task needs US1."))).toEqual([
      "T002>T004",
    ]);
    expect(
      across(library("US2 reuses only T002 from US1. Keine andere Aufgabe in US2 wartet auf US1.")),
    ).toEqual(["T002>T004"]);
  });

  it("keeps the relation whole when no task of the story names what it waits for", () => {
    const text = library("US2 reuses only T002 from US1. Nothing else in US2 waits for US1.", "");
    expect(across(text)).toEqual(["T002>T003", "T002>T004"]);
  });

  it("takes nothing back without a word for the rest", () => {
    expect(across(library("US2 reuses only T002 from US1. Nothing in US2 waits for US1."))).toEqual([
      "T002>T003",
      "T002>T004",
    ]);
  });
});

describe("a task said to run beside every other task", () => {
  const orderLeft = orderLeftUnder("Notes");

  it.each([
    "T004 is independent of everything else in this phase.",
    "T004 can run in parallel with all the other tasks.",
    "T004 is independent of any other task.",
  ])("is free of the listing order, the tasks after it keeping their place: %s", (sentence) => {
    const left = orderLeft(sentence);
    expect(left.filter((p) => p.endsWith(">T004"))).toEqual([]);
    expect(left).toContain("T004>T005");
  });

  it.each([
    // a denial of the claim, a hedge, the members only beside each other
    "T004 is not independent of the other tasks.",
    "T004 could run in parallel with everything else if we had more people.",
    "T003 and T004 are independent of each other.",
  ])("keeps the task's listing order otherwise: %s", (sentence) => {
    expect(orderLeft(sentence).some((p) => p.endsWith(">T004"))).toBe(true);
  });
});
