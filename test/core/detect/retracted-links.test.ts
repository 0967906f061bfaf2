import { describe, expect, it } from "vitest";
import { detect } from "./statements/plan-helpers.js";

// Four tasks with their own links; `note` goes under a Notes heading, `extra` ends T004's line.
const board = (note: string, extra = "", t4File = "src/export/page.ts"): string =>
  [
    "# Tasks",
    "",
    "## Phase 1: Reports",
    "",
    "- [ ] T001 [P] Report schema in src/report/schema.ts",
    "- [ ] T002 [P] Report API in src/report/api.ts",
    "- [ ] T003 [P] Report chart in src/report/chart.ts. Depends on: T001",
    `- [ ] T004 [P] Export page in ${t4File}, blocked by T002${extra}`,
    "",
    "## Notes",
    "",
    `- ${note}`,
    "",
  ].join("\n");

const edgesOf = (text: string): string[] =>
  detect(text)
    .edges.map((e) => `${e.from}>${e.to}`)
    .sort();

describe("a link the list takes back in words", () => {
  it("is no edge when a note says to ignore it on the task named after it, and a warning says so", () => {
    const text = board("Disregard the `Depends on: T001` on T003; it came from an older plan.");
    expect(edgesOf(text)).toEqual(["T002>T004"]);
    expect(detect(text).warnings.join("\n")).toContain('takes back the link "Depends on: T001" of T003');
  });

  it("is no edge when a note names the field as a noun listing the link, its owner before a colon", () => {
    const text = board("Fix for T003: its Depends line still names T001. That is from an earlier draft.");
    expect(edgesOf(text)).toEqual(["T002>T004"]);
    expect(detect(text).warnings.join("\n")).toContain('takes back the link "Depends: T001" of T003');
    // Must not fire: nothing judges the field.
    expect(edgesOf(board("Note for T003: its Depends line names T001, on purpose."))).toEqual([
      "T001>T003",
      "T002>T004",
    ]);
  });

  it("is no edge when one value of a named link field is quoted and judged, however short the value", () => {
    const text = board("On T003: the `T001` in the Depends line is stale, the chart reads fixtures now.");
    expect(edgesOf(text)).toEqual(["T002>T004"]);
    expect(detect(text).warnings.join("\n")).toContain('takes back the link "Depends: T001" of T003');
    // In the task's own words, the task owns the field.
    const own = board("", ". The `T002` in its blocked-by line is outdated");
    expect(edgesOf(own)).toEqual(["T001>T003"]);
    // Must not fire: the value is not judged, or the judgement is denied.
    expect(edgesOf(board("On T003: the `T001` in the Depends line is deliberate."))).toEqual([
      "T001>T003",
      "T002>T004",
    ]);
    expect(edgesOf(board("", ". The `T002` in its blocked-by line is not outdated"))).toEqual([
      "T001>T003",
      "T002>T004",
    ]);
  });

  it("is no edge when a note reports what the list says and calls it outdated", () => {
    const text = board("The list says T003 depends on T001; that is outdated, T003 now draws sample data.");
    expect(edgesOf(text)).toEqual(["T002>T004"]);
    expect(detect(text).warnings.join("\n")).toContain('takes back the link "T003 depends on T001" of T003');
    // Must not fire: the report is not judged, or the words keep it.
    expect(edgesOf(board("The list says T003 depends on T001; that is right."))).toEqual([
      "T001>T003",
      "T002>T004",
    ]);
    expect(edgesOf(board("The table says T003 depends on T001; that is not outdated."))).toEqual([
      "T001>T003",
      "T002>T004",
    ]);
  });

  it("is no edge when a note names the link field without quotes, with the task it belongs to", () => {
    expect(edgesOf(board("The blocked-by on T004 is stale; ignore it."))).toEqual(["T001>T003"]);
    expect(edgesOf(board("Ignore the depends-on line of T003: the chart draws sample data."))).toEqual([
      "T002>T004",
    ]);
    // A field named with no task after it, or words that keep it: the links stand.
    expect(edgesOf(board("The blocked-by is stale somewhere; ignore it."))).toEqual([
      "T001>T003",
      "T002>T004",
    ]);
    expect(edgesOf(board("The blocked-by on T004 is not stale."))).toEqual(["T001>T003", "T002>T004"]);
  });

  it("belongs to the task named after the place the quote is written in: the line under it, its field", () => {
    expect(edgesOf(board("The `Depends on: T001` line under T003 is wrong; drop it."))).toEqual([
      "T002>T004",
    ]);
    expect(edgesOf(board("The `Depends on: T001` entry of T003 is outdated."))).toEqual(["T002>T004"]);
    // Must not fire: the place names another task, or the words keep the link.
    expect(edgesOf(board("The `Depends on: T001` line under T004 is wrong."))).toEqual([
      "T001>T003",
      "T002>T004",
    ]);
    expect(edgesOf(board("The `Depends on: T001` line under T003 is right."))).toEqual([
      "T001>T003",
      "T002>T004",
    ]);
  });

  it("is no edge when the task's own words call the quoted link stale", () => {
    const text = board("Nothing to add.", '. The ticket still says "blocked by T002", which is outdated.');
    // T004's own "blocked by T002" is the same link, quoted and taken back in the same task.
    expect(edgesOf(text)).toEqual(["T001>T003"]);
  });

  it("keeps the link when the words do not take it back", () => {
    expect(edgesOf(board("Do not ignore the `Depends on: T001` on T003."))).toEqual([
      "T001>T003",
      "T002>T004",
    ]);
    expect(
      edgesOf(board("The `Depends on: T001` on T003 is there because the chart reads the schema.")),
    ).toEqual(["T001>T003", "T002>T004"]);
  });

  it("keeps other evidence between the two tasks: a shared file still orders them", () => {
    const text = board("Nothing to add.", '. The "blocked by T002" is stale.', "src/report/api.ts");
    expect(edgesOf(text)).toEqual(["T001>T003", "T002>T004"]);
    expect(detect(text).edges.find((e) => e.to === "T004")?.kind).toBe("file");
  });

  it("belongs to the task named before the quote with a possessive", () => {
    const text = board("T003's `Depends on: T001` is out of date: the chart draws fixed sample data now.");
    expect(edgesOf(text)).toEqual(["T002>T004"]);
    // Without the possessive, the quote belongs to no task: the link stands.
    expect(edgesOf(board("A `Depends on: T001` is out of date somewhere."))).toEqual([
      "T001>T003",
      "T002>T004",
    ]);
  });

  it("belongs to the task said to be marked with it, a field's colon naming the task it needs", () => {
    const text = board("T003 is marked `(depends: T001)` above. That is stale: the chart uses sample data.");
    expect(edgesOf(text)).toEqual(["T002>T004"]);
    // Must not fire: a marked task whose link nobody judges keeps it.
    expect(edgesOf(board("T003 is marked `(depends: T001)` above, as the chart reads the schema."))).toEqual([
      "T001>T003",
      "T002>T004",
    ]);
  });

  it("keeps the part of a taken-back field that a later sentence of the note states anew", () => {
    const wide = (note: string): string => board(note).replace("Depends on: T001", "Depends on: T001, T002");
    const text = wide("The `Depends on: T001, T002` on T003 is stale. T003 needs T001 and nothing else.");
    expect(edgesOf(text)).toEqual(["T001>T003", "T002>T004"]);
    // Must not fire: a later sentence that denies keeps the whole field taken back.
    expect(
      edgesOf(wide("The `Depends on: T001, T002` on T003 is stale. T003 needs neither T001 nor T002.")),
    ).toEqual(["T002>T004"]);
  });

  it("is no edge when a note says the link comes from an earlier draft of the list", () => {
    expect(edgesOf(board("The `Depends on: T001` on T003 is from an earlier draft."))).toEqual(["T002>T004"]);
  });

  it("takes back a whole field quoted without its tasks, but the tasks the sentence still names", () => {
    const field = (note: string) =>
      board(note, ", T001 and T003").replace(
        "blocked by T002, T001 and T003",
        "Blocked by: T002, T001, T003",
      );
    expect(edgesOf(field("T004's `Blocked by` is obsolete; it only needs T001."))).toEqual([
      "T001>T003",
      "T001>T004",
    ]);
    // A field the task does not have takes back nothing.
    expect(edgesOf(field("T004's `Depends on` is obsolete."))).toEqual([
      "T001>T003",
      "T001>T004",
      "T002>T004",
      "T003>T004",
    ]);
  });

  it("is no edge when a note calls a line that says so wrong, with the claim written out", () => {
    const text = board("The note above saying T004 waits for T002 was a mistake: the page reads fixtures.");
    expect(edgesOf(text)).toEqual(["T001>T003"]);
    expect(detect(text).warnings.join("\n")).toContain('takes back the link "T004 waits for T002" of T004');
    // Must not fire: the line is reported but not judged.
    expect(edgesOf(board("The line saying T004 waits for T002 is there on purpose."))).toEqual([
      "T001>T003",
      "T002>T004",
    ]);
  });

  it("takes back an edge of a drawing named by its two ends and called wrong, in English or German", () => {
    const drawing = (note: string): string =>
      board(`${note}`).replace(
        "## Notes",
        "## Graph\n\n```mermaid\ngraph TD\n  T002 --> T003\n```\n\n## Notes",
      );
    expect(edgesOf(drawing("Correction: the arrow T002 -> T003 in the graph is wrong."))).toEqual([
      "T001>T003",
      "T002>T004",
    ]);
    expect(edgesOf(drawing("Korrektur: Die Kante T002 → T003 im Diagramm ist falsch."))).toEqual([
      "T001>T003",
      "T002>T004",
    ]);
    // Must not fire: "is not wrong".
    expect(edgesOf(drawing("Die Kante T002 → T003 im Diagramm ist nicht falsch."))).toContain("T002>T003");
  });

  it("reads a quoted note as the link of the task the note is on, and 'left over' as stale", () => {
    const text = board(
      'Correction: the note on T003 ("Depends on: T001") is left over from an earlier draft.',
    );
    expect(edgesOf(text)).toEqual(["T002>T004"]);
    // Must not fire: the note is quoted, not judged.
    expect(edgesOf(board('See the note on T003 ("Depends on: T001"): the chart reads the schema.'))).toEqual([
      "T001>T003",
      "T002>T004",
    ]);
  });

  it("reads a claim in corner brackets called wrong in Japanese, owned by the task named before it", () => {
    // "Correction: 'depends on T001' in T003's line is a leftover of an earlier version, and wrong."
    const text = board(
      "訂正: T003 の行にある「T001 に依存する」は前の版の名残で、誤り。グラフはスキーマを読まない。",
    );
    expect(edgesOf(text)).toEqual(["T002>T004"]);
    expect(detect(text).warnings.join("\n")).toContain('takes back the link "T001 に依存する" of T003');
    // Must not fire: "... is because the chart reads the schema".
    expect(edgesOf(board("補足: T003 の行にある「T001 に依存する」はグラフがスキーマを読むため。"))).toEqual([
      "T001>T003",
      "T002>T004",
    ]);
  });

  it("reads a quoted claim called a slip in Chinese, and keeps one that is not", () => {
    expect(edgesOf(board("更正：上面“T003 依赖于 T001”是笔误，图表不读模式。"))).toEqual(["T002>T004"]);
    expect(edgesOf(board("说明：上面“T003 依赖于 T001”是因为图表要读模式。"))).toEqual([
      "T001>T003",
      "T002>T004",
    ]);
  });
});

describe("a link field named in Chinese word order, without quotes", () => {
  it("is taken back when the sentence calls it wrong: the task, the field, then what it names", () => {
    expect(edgesOf(board("订正：T003 写的前置 T001 是错的，图表只读接口。"))).toEqual(["T002>T004"]);
    expect(edgesOf(board("上文 T003 的依赖 T001 写错了。"))).toEqual(["T002>T004"]);
  });

  it("stays when the sentence only explains it, or judges something else", () => {
    const kept = ["T001>T003", "T002>T004"];
    expect(edgesOf(board("说明：T003 写的前置 T001 是因为图表要读模式。"))).toEqual(kept);
    expect(edgesOf(board("T003 写的前置 T001 没问题，图例颜色是错的。"))).toEqual(kept);
  });
});

describe("a link judged wrong in the sentence after the one quoting it", () => {
  it.each([
    ['On the line of T003 I wrote "Depends on: T001". That is wrong, the chart draws sample data.'],
    [
      'Correção: na linha da T003 eu escrevi "Depends on: T001". Está errado, o gráfico usa dados de exemplo.',
    ],
    ['Korrektur: in der Zeile von T003 habe ich "Depends on: T001" geschrieben. Das ist falsch.'],
  ])("is no edge, with a warning: %s", (note) => {
    const text = board(note);
    expect(edgesOf(text)).toEqual(["T002>T004"]);
    expect(detect(text).warnings.join("\n")).toContain('takes back the link "Depends on: T001" of T003');
  });

  it("stands when the next sentence names a task before its judgement, or denies it", () => {
    expect(edgesOf(board('On the line of T003 I wrote "Depends on: T001". T004 is wrong too.'))).toContain(
      "T001>T003",
    );
    expect(edgesOf(board('On the line of T003 I wrote "Depends on: T001". That is not wrong.'))).toContain(
      "T001>T003",
    );
  });
});
