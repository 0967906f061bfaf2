import { describe, expect, it } from "vitest";
import { saidUnder } from "./plan-helpers.js";

// Five [P] tasks, T001 to T005, and one bullet under an "Ordering" heading.
const said = saidUnder("Phase 1: Work", "Ordering");

describe("pictures of flow, gates and layers", () => {
  it("puts what is upstream, gating or underneath first", () => {
    expect(said("The exporter (T005) is downstream of the parser in T002.")).toEqual(["T002>T005"]);
    expect(said("T001 is upstream of T004 and T005.")).toEqual(["T001>T004", "T001>T005"]);
    expect(said("T003 is gated by T001.")).toEqual(["T001>T003"]);
    expect(said("The retry loop in T004 sits on top of the queue from T002.")).toEqual(["T002>T004"]);
    expect(said("T005 is a follow-up to T003.")).toEqual(["T003>T005"]);
  });

  it("reads a gate and a release in one clause in their own directions", () => {
    expect(said("T003 is gated on T001 and unblocks T005.")).toEqual(["T001>T003", "T003>T005"]);
  });

  it("reads the noun of 'depends on' when the dependency is had, taken or owned", () => {
    expect(said("T004 has a dependency on T001.")).toEqual(["T001>T004"]);
    expect(said("T005 takes a strict dependency on T002 and T003.")).toEqual(["T002>T005", "T003>T005"]);
    expect(said("T004's dependency on T001 is real.")).toEqual(["T001>T004"]);
  });

  it("binds nothing with a soft or weak dependency, or with none", () => {
    expect(said("T004 has a soft dependency on T001.")).toEqual([]);
    expect(said("T004 on T002: weak dependency, a placeholder will do.")).toEqual([]);
    expect(said("T004's dependency on T001 is soft.")).toEqual([]);
    expect(said("T004 has no dependency on T001.")).toEqual([]);
    // A noun with no owner is a thing, not a relation of a task.
    expect(said("Dependency on T001 tracked in the wiki.")).toEqual([]);
  });

  it("does not read a soft delete or a downstream service as a relation", () => {
    expect(said("T004 adds soft delete after T001.")).toEqual(["T001>T004"]);
    expect(said("T004 calls the downstream billing service.")).toEqual([]);
  });
});

describe("a deliberation reports an option, not a rule", () => {
  it("binds nothing when the authors say they weighed an order", () => {
    expect(said("We considered making T004 wait for T002, but it does not need to.")).toEqual([]);
    expect(said("(we thought about having T005 wait on T003; it doesn't)")).toEqual([]);
  });

  it("still binds a state called 'considered' and a rule beside a deliberation", () => {
    expect(said("T004 can start once T002 is considered done.")).toEqual(["T002>T004"]);
    expect(said("T005 waits for T003; we discussed splitting T003.")).toEqual(["T003>T005"]);
  });
});
