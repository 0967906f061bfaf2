import { describe, expect, it } from "vitest";
import { splitSentences } from "../../../../src/core/detect/statements/split-sentences.js";

const texts = (text: string): string[] => splitSentences(text).map((s) => s.text);

describe("sentence ends", () => {
  it("ends a sentence after a task's ID even when the next one opens in lower case", () => {
    expect(texts("We cloned it from OPS-41. parseRow() only needs OPS-7.")).toEqual([
      "We cloned it from OPS-41.",
      "parseRow() only needs OPS-7.",
    ]);
    expect(texts("Start after T012. then T013 follows.")).toEqual([
      "Start after T012.",
      "then T013 follows.",
    ]);
  });

  it("keeps an ordinal's stop inside its sentence", () => {
    // Must not fire: "a 2. fázis" (Hungarian: the 2nd phase) is one sentence.
    expect(texts("A 3. fázis a 2. fázis után jön.")).toEqual(["A 3. fázis a 2. fázis után jön."]);
  });
});
