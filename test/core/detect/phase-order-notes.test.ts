import { describe, expect, it } from "vitest";
import { detectDependencies } from "../../../src/core/detect/detect-dependencies.js";
import { phasesInListedOrder } from "../../../src/core/detect/listing-order-disclaimed.js";
import { parseTaskList } from "../../../src/core/parse/parse-task-list.js";

const parse = (text: string) => parseTaskList({ kind: "file", path: "tasks.md", text });
const orderEdges = (text: string): string[] =>
  detectDependencies(parse(text))
    .edges.filter((e) => e.kind === "order")
    .map((e) => `${e.from}>${e.to}`);

// A plan keyed S1.1 ... with no [P] markers, whose introduction frees every phase's tasks from each other;
// the second phase's own note is the variable.
const plan = (note: string): string =>
  [
    "# Rollout plan",
    "",
    "Inside a phase, tasks are independent of each other unless a line says otherwise.",
    "",
    "## Phase 1: Storage",
    "",
    "- [ ] S1.1 Add the bucket in infra/bucket.tf",
    "- [ ] S1.2 Add the queue in infra/queue.tf",
    "",
    "## Phase 2: Release",
    "",
    note,
    "",
    "- [ ] S2.1 Canary in deploy/canary.yaml",
    "- [ ] S2.2 Dashboards in ops/dashboards.json",
    "- [ ] S2.3 Full rollout in deploy/prod.yaml",
    "",
  ].join("\n");

describe("a phase whose own note says its tasks go in the order listed", () => {
  it.each([
    "One person, tasks in the order listed, each checked on staging before the next one starts.",
    "These go one after another.",
    "Work through them in list order.",
  ])("keeps that phase's listing order, and only that phase's: %s", (note) => {
    expect(orderEdges(plan(note))).toEqual(["S2.1>S2.2", "S2.2>S2.3"]);
    expect(phasesInListedOrder(parse(plan(note))).get(1)?.quote).toBe(note);
    // The edge quotes the note that keeps the order.
    const reasons = detectDependencies(parse(plan(note))).edges.map((e) => e.reason);
    expect(reasons.some((r) => r.includes(`whose note says "${note}"`))).toBe(true);
  });

  it.each([
    // a sentence about some tasks of the phase, a denial, a note that says nothing of order
    "S2.1 and S2.2 are sequential, one after the other.",
    "The tasks here need not run in the order listed.",
    "Watch the error budget while rolling out.",
  ])("changes nothing otherwise: %s", (note) => {
    expect(orderEdges(plan(note))).toEqual([]);
  });
});
