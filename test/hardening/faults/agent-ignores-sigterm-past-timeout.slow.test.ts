import { describe, it } from "vitest";
import { useFaultCases } from "./fault-harness.js";
import { hangPastTimeout } from "./hang-scenario.js";

useFaultCases("agent-ignores-sigterm-past-timeout");

// Slow: an agent that ignores SIGTERM is given the full 5 s grace before SIGKILL.
describe("an agent that hangs past the timeout and ignores SIGTERM", () => {
  for (const background of ["stubborn", "escaped"] as const) {
    it(`is killed after the grace period (background: ${background}), leaving no process behind`, async () => {
      await hangPastTimeout(background, "stubborn");
    });
  }
});
