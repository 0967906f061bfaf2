import { describe, it } from "vitest";
import { useFaultCases } from "./fault-harness.js";
import { conflictOfKind } from "./conflict-scenario.js";

useFaultCases("merge-conflicts-of-every-kind");

describe("merge conflicts of every kind", () => {
  for (const [name, does] of [
    ["delete/modify", { T001: "delete", T002: "rewrite" }],
    ["binary/binary", { T001: "binary", T002: "binary" }],
    ["rename/rename", { T001: "rename", T002: "rename" }],
    ["rename/delete", { T001: "rename", T002: "delete" }],
  ] as const) {
    it(`a ${name} conflict is aborted cleanly and handled like any other`, async () => {
      await conflictOfKind(does);
    });
  }
});
