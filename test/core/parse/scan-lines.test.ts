import { describe, expect, it } from "vitest";
import { scanLines } from "../../../src/core/parse/scan-lines.js";

describe("scanLines", () => {
  it("tracks backtick and tilde fences with their length and info string", () => {
    const doc = scanLines(["a", "````sh", "```", "still code", "````", "~~~", "x", "~~~", "b"].join("\n"));
    expect(doc.lines.map((l) => l.role)).toEqual([
      "text",
      "open",
      "code",
      "code",
      "close",
      "open",
      "code",
      "close",
      "text",
    ]);
    expect(doc.fences[0]).toMatchObject({ open: 2, close: 5, info: "sh", body: ["```", "still code"] });
    expect(doc.fences[1]).toMatchObject({ open: 6, close: 8, info: "" });
  });

  it("does not close a backtick fence with tildes, and runs an unclosed fence to the end", () => {
    const doc = scanLines("```\n~~~\n- [ ] T001 not a task\n");
    expect(doc.lines.map((l) => l.role)).toEqual(["open", "code", "code"]);
    expect(doc.fences[0]?.close).toBeNull();
  });

  it("treats inline code with a backtick info string as text, and keeps 1-based numbers with CRLF", () => {
    const doc = scanLines("```a`b```\r\nline two\r\n");
    expect(doc.lines.map((l) => [l.number, l.role, l.text])).toEqual([
      [1, "text", "```a`b```"],
      [2, "text", "line two"],
    ]);
  });
});
