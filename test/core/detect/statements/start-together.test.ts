import { describe, expect, it } from "vitest";
import { pairs, saidUnder, serial, speckit } from "./plan-helpers.js";

// Five tasks without [P]: listing order chains them unless a sentence sets some side by side.
const unmarked = ["T001", "T002", "T003", "T004", "T005"];
const edges = (note: string): string[] => pairs(serial(unmarked, `## Notes\n\n- ${note}\n`)).sort();

const chain = ["T001>T002", "T002>T003", "T003>T004", "T004>T005"];
// T003 and T004 side by side, each after T002 and before T005.
const together = ["T001>T002", "T002>T003", "T002>T004", "T003>T005", "T004>T005"];

describe("'together' after a verb of starting or running", () => {
  it("sets the tasks side by side, in English and in the Romance languages and German", () => {
    expect(edges("T003 and T004 can start together.")).toEqual(together);
    expect(edges("T003 e T004 podem começar juntas.")).toEqual(together);
    expect(edges("T003 y T004 pueden arrancar juntas.")).toEqual(together);
    expect(edges("T003 et T004 peuvent démarrer ensemble.")).toEqual(together);
    expect(edges("T003 e T004 possono partire insieme.")).toEqual(together);
    expect(edges("T003 und T004 können zusammen starten.")).toEqual(together);
  });

  it("keeps what the tasks wait for when a word of time opens the sentence", () => {
    expect(edges("Depois de T002, podem começar juntas: T003 e T004.")).toEqual(together);
  });

  it("reads the list after the colon when asides name the story of its tasks", () => {
    // Unmarked tasks, a setup task and two stories: listing order chains each story's tasks.
    const stories = (note: string): string[] =>
      pairs(
        speckit(
          [
            ["Phase 1: Setup", ["T001"]],
            ["Phase 2: User Story 1 - Borrow", ["T002", "T003", "T004"]],
            ["Phase 3: User Story 2 - Return", ["T005", "T006"]],
          ],
          `## Notes\n\n- ${note}\n`,
          { parallel: false },
        ),
      ).sort();
    // The range's tasks start together too, not one after the other.
    const side = ["T001>T002", "T001>T003", "T001>T004", "T001>T005", "T001>T006"];
    expect(stories("After T001, these can start together: T002–T004 (US1), T005–T006 (US2).")).toEqual(side);
    expect(stories("Depois de T001, podem começar juntas: T002–T004 (US1) e T005–T006 (US2).")).toEqual(side);
  });

  it("sets nothing side by side for things merged, shipped or done together with another", () => {
    expect(edges("T003 and T004 must be merged together.")).toEqual(chain);
    expect(edges("T003 and T004 ship together in the release.")).toEqual(chain);
    expect(edges("T003 runs together with T004 in the nightly job.")).toEqual(chain);
  });
});

describe("a step of a sequence whose names go together", () => {
  // Five [P] tasks: no listing order, so only what the sentence says orders them.
  const said = saidUnder("Phase 1: Catalogue", "Order");
  const both = ["T001>T004", "T002>T004"];

  it("puts every name of the step before the next step, in several languages", () => {
    expect(said("T001 and T002 together, then T004.")).toEqual(both);
    expect(said("T001 and T002 can run in parallel, then T004.")).toEqual(both);
    expect(said("T001 and T002 side by side, followed by T004.")).toEqual(both);
    expect(said("T001 y T002 juntas, luego T004.")).toEqual(both);
    expect(said("T001 und T002 zusammen, danach T004.")).toEqual(both);
    expect(said("T001 и T002 заедно, после T004.")).toEqual(both);
    expect(said("T001 和 T002 一起，然后 T004。")).toEqual(both);
    expect(said("T001 と T002 を一緒に、その後 T004。")).toEqual(both);
  });

  it("reads a Chinese or Japanese 'then' after a full-width comma as it reads one after a comma", () => {
    expect(said("T001 和 T002，然后 T004。")).toEqual(both);
  });

  it("frees the step's members from listing order", () => {
    expect(edges("T001 and T002 together, then T004.")).toContain("T001>T004");
    expect(edges("T001 and T002 together, then T004.")).not.toContain("T001>T002");
  });

  it("chains nothing when words other than 'together' stand between the step and 'then'", () => {
    expect(said("T001 and T002 touch the same schema, then T004 reads it.")).toEqual([]);
    expect(said("T001 and T002 together cover the API; the docs can then follow.")).toEqual([]);
  });
});
