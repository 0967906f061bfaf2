import { describe, expect, it } from "vitest";
import { detectDependencies } from "../../../src/core/detect/detect-dependencies.js";
import { parseTaskList } from "../../../src/core/parse/parse-task-list.js";

// Setup, Foundational, two stories, and a Polish phase whose first task is a guide (T006) and whose
// other tasks (T007, T008) come after it in listing order.
const list = (guide: string, notes = ""): string =>
  [
    "# Tasks",
    "## Phase 1: Setup",
    "- [ ] T001 Create the workspace",
    "## Phase 2: Foundational",
    "- [ ] T002 Shared money type in src/money.ts",
    "## Phase 3: User Story 1 - Pay (Priority: P1)",
    "- [ ] T003 [US1] Payment form in src/pay/form.tsx",
    "## Phase 4: User Story 2 - Refund (Priority: P2)",
    "- [ ] T004 [US2] Refund flow in src/refund/flow.ts",
    "- [ ] T005 [US2] Refund emails in src/refund/mail.ts",
    "## Phase 5: Polish",
    `- [ ] T006 Operator guide in docs/operator.md ${guide}`,
    "- [ ] T007 Metrics in src/metrics.ts",
    "- [ ] T008 Run the quickstart end to end",
    notes,
    "",
  ].join("\n");

const plan = (text: string) => detectDependencies(parseTaskList({ kind: "file", path: "tasks.md", text }));
const into = (text: string, id: string): string[] =>
  plan(text)
    .edges.filter((e) => e.to === id)
    .map((e) => e.from)
    .sort();

describe("a task freed from whole phases by the list's words", () => {
  it("waits for the stage before them when its own note says it need not wait for the stories", () => {
    const text = list("— this task does not need to wait for any user story");
    expect(into(text, "T006")).toEqual(["T002"]);
    const { warnings } = plan(text);
    expect(
      warnings.some((w) =>
        /tasks\.md:\d+: "this task does not need.*": T006 does not wait for "Phase 3/.test(w),
      ),
    ).toBe(true);
  });

  it("keeps the tasks after it in its phase after the stories", () => {
    const text = list("— this task does not need to wait for any user story");
    expect(into(text, "T007")).toEqual(["T003", "T005", "T006"]);
  });

  it("is freed by a statement between phases that excepts it", () => {
    const text = list("", "\n## Dependencies\n\n- Polish (Phase 5): after all user stories, except T006.\n");
    expect(into(text, "T006")).toEqual(["T002"]);
  });

  it("is freed by a sentence saying it needs only an earlier phase, in any language", () => {
    const rule = "- Polish (Phase 5): not before every user story is finished.";
    const only = (sentence: string) => list("", `\n## Dependencies\n\n${rule}\n- ${sentence}\n`);
    expect(into(only("The one exception is T006, which depends only on Phase 2."), "T006")).toEqual(["T002"]);
    expect(into(only("Undtagelsen er T006, som kun afhænger af Fase 2."), "T006")).toEqual(["T002"]);
    // Must not fire: "only" before the task qualifies the subject, not what the task needs.
    expect(into(only("Only T006 depends on Phase 2."), "T006")).toEqual(["T002", "T003", "T005"]);
    // Must not fire: an "only" of time says when T006 starts, not that nothing else is needed.
    expect(into(only("T006 can only start after Phase 2."), "T006")).toEqual(["T002", "T003", "T005"]);
    expect(into(only("T006 depends on Phase 2."), "T006")).toEqual(["T002", "T003", "T005"]);
  });

  it("is freed by a sentence fixing its start at the end of an earlier phase", () => {
    const rule = "- Polish (Phase 5): not before every user story is finished.";
    const soon = (sentence: string) => list("", `\n## Dependencies\n\n${rule}\n- ${sentence}\n`);
    for (const sentence of [
      "T006 can be picked up any time after Phase 2.",
      "The guide (T006) can begin as soon as Phase 2 is merged.",
      "T006 starts right after Phase 2.",
      // Hungarian, with the adverb after the phase: "after phase 2 any time"; accents folded away
      "T006: a 2. fázis után bármikor elkezdhető.",
      "T006 kann jederzeit nach Phase 2 beginnen.",
    ])
      expect(into(soon(sentence), "T006"), sentence).toEqual(["T002"]);
    // Must not fire: a start after the phase with no word fixing it, or "any time" in another clause.
    for (const sentence of [
      "T006 starts after Phase 2.",
      "T006 waits for Phase 2, and T007 can be picked up any time.",
      "As soon as Phase 2 is merged, T006 is unblocked.",
    ])
      expect(into(soon(sentence), "T006"), sentence).toEqual(["T002", "T003", "T005"]);
  });

  it("frees each task of a selection said to start as soon as an earlier phase is done", () => {
    const rule = "- Polish (Phase 5): not before every user story is finished.";
    const soon = (sentence: string) => list("", `\n## Dependencies\n\n${rule}\n- ${sentence}\n`);
    // T006 and T008, leaving out T007 listed between them: each named for itself.
    const picked = soon("The following can start as soon as Phase 2 is merged: T006 T008.");
    expect(into(picked, "T006")).toEqual(["T002"]);
    expect(into(picked, "T008")).toEqual(["T002"]);
    // Must not fire: a start after the phase with no word fixing it keeps the stories and the order.
    const after = soon("The following start after Phase 2: T006 T008.");
    expect(into(after, "T006")).toEqual(["T002", "T003", "T005"]);
    expect(into(after, "T008")).toEqual(["T002", "T007"]);
  });

  it("starts a run of the list at that point and keeps the run's own order", () => {
    const rule = "- Polish (Phase 5): not before every user story is finished.";
    const run = list(
      "",
      `\n## Dependencies\n\n${rule}\n- T007-T008 can start as soon as Phase 2 is merged.\n`,
    );
    // T007 does not wait for T006, listed before the run; T008 still follows T007 inside it.
    expect(into(run, "T007")).toEqual(["T002"]);
    expect(into(run, "T008")).toEqual(["T002", "T007"]);
  });

  it("is freed by a parallel claim that sets it beside every task of those phases", () => {
    const text = list(
      "",
      "\n## Dependencies\n\n- T006 can be picked up right after Phase 2, alongside all user stories.\n",
    );
    expect(into(text, "T006")).toEqual(["T002"]);
    // Beside one task of US2 only: still after the stories.
    const one = list("", "\n## Dependencies\n\n- T006 can run alongside T004.\n");
    expect(into(one, "T006")).toEqual(["T003", "T005"]);
  });

  it("stays after the stories when its note frees it from one task only, or says nothing", () => {
    expect(into(list("— it does not need to wait for T004"), "T006")).toEqual(["T003", "T005"]);
    expect(into(list(""), "T006")).toEqual(["T003", "T005"]);
  });
});
