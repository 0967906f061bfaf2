import { describe, it } from "vitest";
import { useFaultCases } from "./fault-harness.js";
import { hangPastTimeout } from "./hang-scenario.js";

useFaultCases("agent-hangs-past-timeout");

describe("an agent that hangs past the task timeout", () => {
  for (const background of ["none", "stubborn", "escaped", "daemon"] as const) {
    it(`is stopped and fails (background: ${background}), leaving no process behind`, async () => {
      await hangPastTimeout(background, "plain");
    });
  }
});
