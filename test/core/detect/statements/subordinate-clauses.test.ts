import { describe, expect, it } from "vitest";
import { saidUnder, pairs } from "./plan-helpers.js";

/** One phase of five [P] tasks; the sentence is a bullet of a Dependencies section. */
const said = saidUnder("Phase 1: Setup", "Dependencies");

describe("a clause of what happens meanwhile", () => {
  it("names no object of the relation before it", () => {
    expect(said("T004 can begin the moment T001 lands, while T002 and T003 are still in review.")).toEqual([
      "T001>T004",
    ]);
    expect(said("T004 needs T001 whilst T003 is being written.")).toEqual(["T001>T004"]);
    expect(said("T004 peut commencer dès que T001 est fusionnée, tandis que T002 est en relecture.")).toEqual(
      ["T001>T004"],
    );
  });

  it("reads a task's own 'there is no point (in) doing it before Y' as after Y, not before it", () => {
    const note = (words: string): string[] =>
      pairs(
        `## Phase 1: Work\n\n- [ ] T001 [P] Tests in tests/a.py\n- [ ] T002 [P] CI job in ci.yml. ${words}\n`,
      );
    expect(note("There is no point in starting it before T001 lands.")).toEqual(["T001>T002"]);
    expect(note("There's no sense adding it before T001 is merged.")).toEqual(["T001>T002"]);
    // Without the words of uselessness the order is the plain one: it goes first.
    expect(note("Start it before T001 lands.")).toEqual(["T002>T001"]);
  });

  it("reads 'the day' before a task's landing as a word of time, not 'the day after' nor a 'day-one' batch", () => {
    // The claim of parallel work after it is the subject's, not the phase's whose landing it waits for.
    expect(said("T004 and T005 can start the day T001 lands, in parallel with T002 and T003.")).toEqual([
      "T001>T004",
      "T001>T005",
    ]);
    expect(said("T004 goes in the day after T001 lands.")).toEqual(["T001>T004"]);
    expect(said("T004 joins the day-one batch with T002.")).toEqual([]);
  });

  it("keeps a relation of its own, and a word of time that covers both sides", () => {
    expect(said("T004 waits for T001, while T005 waits for T002.")).toEqual(["T001>T004", "T002>T005"]);
    expect(said("T004 dépend de T001, tandis que T005 dépend de T002.")).toEqual(["T001>T004", "T002>T005"]);
    // Must not cut: the time word after "while", or opening the sentence, covers both tasks.
    expect(said("One person takes T004 while another takes T005 once T001 is merged.")).toEqual([
      "T001>T004",
      "T001>T005",
    ]);
    expect(said("After T001, one person takes T004 while another takes T005.")).toEqual([
      "T001>T004",
      "T001>T005",
    ]);
  });
});

describe("a clause opening the sentence with a conjunction", () => {
  it("ends at the comma after its last word", () => {
    expect(said("While T002 is in review, T004 can start after T001.")).toEqual(["T001>T004"]);
    expect(said("Because T002 is slow, T004 waits for T001.")).toEqual(["T001>T004"]);
    expect(said("Even though T003 is listed first, T004 waits for T001.")).toEqual(["T001>T004"]);
  });

  it("keeps the list it opens with, and a relation of its own", () => {
    expect(said("Since T002, T003 and T005 touch the schema, T004 waits for T001.")).toEqual(["T001>T004"]);
    expect(said("Since T002 needs T003, T004 waits for T001.")).toEqual(["T001>T004", "T003>T002"]);
    // Must not cut: no conjunction opens the sentence, so the comma lists the subject.
    expect(said("T002, T003 and T005 wait for T001.")).toEqual(["T001>T002", "T001>T003", "T001>T005"]);
  });
});

describe("an opening word of time and its object", () => {
  it("closes at its first comma when a subject and its verb follow", () => {
    expect(said("After T001, T004 and T005 can start.")).toEqual(["T001>T004", "T001>T005"]);
    expect(said("Once T002 is merged, T004 and T005 can begin.")).toEqual(["T002>T004", "T002>T005"]);
  });

  it("keeps a list of objects with no verb after it", () => {
    const list = `# Tasks\n\n## Phase 1: Work\n\n${["T001", "T002", "T003"].map((id) => `- [ ] ${id} [P] Item ${id} in src/${id}.ts`).join("\n")}\n- [ ] T004 [P] Summary page in src/t004.ts\n  - After T001, T002 and T003\n`;
    expect(pairs(list, "explicit").sort()).toEqual(["T001>T004", "T002>T004", "T003>T004"]);
  });
});

describe("a negative imperative before the subject", () => {
  it("turns a word of time round, as 'cannot start before' does", () => {
    expect(said("Don't run the migration (T004) before T001 is merged.")).toEqual(["T001>T004"]);
    expect(said("Do not start T005 before T002 lands.")).toEqual(["T002>T005"]);
  });

  it("keeps its reading after a clause of need and a stressed 'so:'", () => {
    expect(said("It reuses the parser anyway, so: don't start T005 before T002 is merged.")).toEqual([
      "T002>T005",
    ]);
    // The colon after "so" only stresses: the same as without it.
    expect(said("T005 needs T003, so: T004 goes after T001.")).toEqual(
      said("T005 needs T003, so T004 goes after T001."),
    );
  });

  it("does not reach past a stop, nor read an imperative that is no negation", () => {
    expect(said("Don't forget: T004 needs T001.")).toEqual(["T001>T004"]);
    expect(said("Run T004 before T001 is merged.")).toEqual(["T004>T001"]);
  });
});

describe("a relative clause naming the maker of a thing", () => {
  it("binds the conjunct it ends, not the names of the conjuncts before it", () => {
    expect(
      said("T004 edits the schema from T001, and T005 hangs a retry on the job that T002 adds."),
    ).toEqual(["T002>T005"]);
    expect(said("T004 reads the config, and T005 wraps the client which T002 builds.")).toEqual([
      "T002>T005",
    ]);
  });

  it("keeps a list joined by ', and' whole, and a subject of several names", () => {
    expect(said("T001, T004, and T005 use the helper that T003 adds.")).toEqual([
      "T003>T001",
      "T003>T004",
      "T003>T005",
    ]);
    expect(said("T004 and T005 wrap the client that T002 builds.")).toEqual(["T002>T004", "T002>T005"]);
  });
});
