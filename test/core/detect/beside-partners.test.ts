import { describe, expect, it } from "vitest";
import { pairs } from "./statements/plan-helpers.js";

// One phase of unmarked tasks: T003 builds on T002 in its own words; `note` says something of T004.
const kiln = (note: string): string => `# Tasks: Kiln controller

## Phase 1: Firmware

- [ ] T001 Board pin map in fw/pins.h
- [ ] T002 Thermocouple driver in fw/thermo.c
- [ ] T003 PID loop in fw/pid.c, built on the driver from T002
- [ ] T004 Door switch debounce in fw/door.c
- [ ] T005 Status LED patterns in fw/led.c

## Notes

- ${note}
`;

const orderInto = (note: string, id: string): string[] =>
  pairs(kiln(note), "order")
    .filter((p) => p.endsWith(`>${id}`))
    .sort();

describe("a task said to run beside another", () => {
  it("does not wait, by listing order, for a task its partner's own evidence comes before", () => {
    // T003 needs T002; T004 running beside T002 cannot wait for T003.
    expect(orderInto("T004 can run in parallel with T002.", "T004")).toEqual(["T001>T004"]);
    expect(orderInto("T004 puede ejecutarse en paralelo con T002.", "T004")).toEqual(["T001>T004"]);
    // Nor when the list says it need not wait for T002: waiting for T003 would wait for T002.
    expect(orderInto("T004 does not have to wait for T002.", "T004")).toEqual(["T001>T004"]);
  });

  it("still waits, by listing order, for a task that only shares a file with its partner", () => {
    // T003 edits T002's file: it goes after T002 to avoid a conflict, which is no need of T002's work.
    const text = kiln("T004 does not have to wait for T002.").replace(
      "PID loop in fw/pid.c, built on the driver from T002",
      "Sensor calibration table in fw/thermo.c",
    );
    const into = pairs(text, "order").filter((p) => p.endsWith(">T004"));
    expect(into).toEqual(["T003>T004"]);
  });

  it("still follows the listing otherwise", () => {
    expect(orderInto("The board needs care.", "T004")).toEqual(["T003>T004"]);
    // A partner that nothing listed later builds on frees nothing more than the pair itself.
    expect(orderInto("T005 can run in parallel with T004.", "T005")).toEqual(["T003>T005"]);
  });
});
