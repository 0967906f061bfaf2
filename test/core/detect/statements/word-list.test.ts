// The word matcher every statement reader stands on: whole words, the entry listed first at one start,
// no overlaps, and every start where an entry matches looked at (not only where its last match ended).
import { describe, expect, it } from "vitest";
import { patternList } from "../../../../src/core/detect/statements/word-matcher.js";

const found = (patterns: string[], text: string): string[] =>
  patternList(patterns)
    .findAll(text)
    .map((m) => `${m.start}:${text.slice(m.start, m.end)}=${m.entry}`);

describe("WordList.findAll", () => {
  it("matches whole words only, case-insensitively", () => {
    expect(found(["after"], "Hereafter, run it After lunch")).toEqual(["18:After=after"]);
    expect(found(["before"], "beforehand")).toEqual([]);
  });

  it("at one start takes the entry listed first; matches do not overlap", () => {
    expect(found(["depends on", "depends"], "it depends on X")).toEqual(["3:depends on=depends on"]);
    expect(found(["depends", "depends on"], "it depends on X")).toEqual(["3:depends=depends"]);
    expect(found(["waits for", "for"], "waits for T001 for now")).toEqual([
      "0:waits for=waits for",
      "15:for=for",
    ]);
  });

  it("looks again inside a match that was no whole word", () => {
    // "un-blocked" starts inside the word "xun-blocked"; "-blocked" after it is a word of its own.
    expect(found(["(?:un)?-?blocked"], "xun-blocked")).toEqual(["3:-blocked=(?:un)?-?blocked"]);
  });

  it("finds words of scripts written without spaces anywhere, and skips them in text without that script", () => {
    expect(found(["之后", "after"], "T002在T001之后")).toEqual(["9:之后=之后"]);
    expect(found(["之后", "after"], "T002 after T001")).toEqual(["5:after=after"]);
  });
});
