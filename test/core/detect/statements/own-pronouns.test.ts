import { describe, expect, it } from "vitest";
import { detect, pairs, saidUnder } from "./plan-helpers.js";

// A maker task and three users of its component; every task is [P], so only evidence orders them.
const list = (notes: readonly [string, string, string]): string => `# Tasks: Kiosk

## Phase 1: Screens

- [ ] T001 [P] Create the \`Keypad\` component in src/components/Keypad.vue
- [ ] T002 [P] PIN screen in src/screens/Pin.vue ${notes[0]}
- [ ] T003 [P] Refund screen in src/screens/Refund.vue ${notes[1]}
- [ ] T004 [P] Tip screen in src/screens/Tip.vue ${notes[2]}
`;

describe("a pronoun in a task's own words stands for the task named before it", () => {
  it("reads 'it' after a word of waiting as the task named earlier in the sentence", () => {
    const text = list([
      "— its buttons look like T001's `Keypad`, but it need not wait for it",
      "— takes the spacing of T001's `Keypad`, and must not start before it",
      "— shows a `Keypad`",
    ]);
    // T002 set itself apart from the maker; T003 waits by its own words; T004 by the name it uses.
    expect(pairs(text).sort()).toEqual(["T001>T003", "T001>T004"]);
    expect(detect(text).warnings.join("\n")).toContain("T002's own words set the two apart");
  });

  it("reads Chinese 它 and Japanese それ only as the object of a word of waiting", () => {
    const text = list([
      "（按键样式可以参考 T001 的 `Keypad`，但不必等它完成）",
      "（`Keypad` の見た目は T001 に合わせるが、それを待つ必要はない）",
      "（它依赖 T001 的 `Keypad`）",
    ]);
    // 它 as the subject is the task itself: T004 depends on T001.
    expect(pairs(text).sort()).toEqual(["T001>T004"]);
  });

  it("leaves 'it' alone where it is what the task makes, or where no single task stands before it", () => {
    const text = list([
      "— follows the layout notes of T001's `Keypad`, and nothing imports it",
      "— after T001 and T004, test it",
      "— shows a `Keypad`",
    ]);
    // "nothing imports it": the screen, not T001; T003's stated order stays as written.
    expect(pairs(text).sort()).toEqual(["T001>T002", "T001>T003", "T001>T004", "T004>T003"]);
  });
});

describe("an aside is read clause by clause", () => {
  it("gives a clause without a subject the aside's own, and reads pairs side by side", () => {
    const text = `# Tasks: Kiosk

## Phase 1: Screens

- [ ] T001 [P] Receipt printer driver in src/print/driver.ts
- [ ] T002 [P] Drawer driver in src/drawer/driver.ts
- [ ] T003 [P] Receipt layout in src/print/layout.ts (reuses the margins of T001's driver, and must come after it)
- [ ] T004 [P] Drawer sensor in src/drawer/sensor.ts

## Notes

- The two drivers meet in src/app.ts, where the first listed goes first (T001 before T003, T002 before T004).
`;
    expect(pairs(text).sort()).toEqual(["T001>T003", "T002>T004"]);
  });
});

describe("'that one' and 'the latter' after a word of time", () => {
  const said = saidUnder("Phase 1: Screens", "Notes");

  it("stand for the task last named, not for the sentence's subject", () => {
    expect(said("T004 edits the same view as T002, so it comes after that one.")).toEqual(["T002>T004"]);
    expect(said("T004 reads the store of T002, so it goes after the latter.")).toEqual(["T002>T004"]);
    // "it" keeps standing for the subject of the clause before ("T005 goes before it": T004).
    expect(said("T004 reads the store of T002, but T005 goes before it.")).toEqual(["T005>T004"]);
  });
});
