import { describe, expect, it } from "vitest";
import { speckit, statementPairs } from "./plan-helpers.js";

// Five tasks side by side in one phase, so only what the notes say orders them.
const bench = (note: string): string[] =>
  statementPairs(
    speckit([["Phase 1: Shelving", ["T001", "T002", "T003", "T004", "T005"]]], `## Notes\n\n- ${note}\n`),
  );

describe("a task the sentence only points at", () => {
  it("is no object of a relation when a cross-reference governs it", () => {
    expect(bench("T005 needs T003, see T004 for the shelf layout.")).toEqual(["T003>T005"]);
    expect(bench("T005 depends on T003, compare T002 and T004.")).toEqual(["T003>T005"]);
    expect(bench("T005 needs T003 (cf. T004) and T002.")).toEqual(["T002>T005", "T003>T005"]);
  });

  it("is no object when the sentence contrasts with it or names it instead", () => {
    expect(bench("T005 waits for T003, unlike T004.")).toEqual(["T003>T005"]);
    expect(bench("T005 waits for T003 instead of T004.")).toEqual(["T003>T005"]);
  });

  it("is no subject when a contrast governs it, but the list after the comma is", () => {
    expect(bench("Unlike T004, T005 and T002 need T003.")).toEqual(["T003>T002", "T003>T005"]);
  });

  it("is compared with, so it is no object, but as a subject it shares the statement", () => {
    expect(bench("T005 needs the same fixtures as T004.")).toEqual([]);
    expect(bench("T005 waits for T003, like T004.")).toEqual(["T003>T005"]);
    expect(bench("As with T004, T005 waits for T003.")).toEqual(["T003>T004", "T003>T005"]);
  });

  it("is no object when it stands in a relative clause set off by a comma that relates nothing", () => {
    expect(bench("T005 waits for T003, which replaces T004.")).toEqual(["T003>T005"]);
  });

  it("reads the same in other languages", () => {
    expect(bench("T005 braucht T003, siehe T004 für das Layout.")).toEqual(["T003>T005"]);
    expect(bench("T005 depende de T003, a diferencia de T004.")).toEqual(["T003>T005"]);
    expect(bench("T005 cần T003, xem T004 để biết bố cục.")).toEqual(["T003>T005"]);
  });

  it("compares with a task modelled on, in other languages too", () => {
    expect(bench("T005 needs T003, modelled on T004.")).toEqual(["T003>T005"]);
    expect(bench("T005 tarvitsee T003:n, rakenne samanlainen kuin T004:n.")).toEqual(["T003>T005"]);
    expect(bench("A T005 a T003-ra vár, a T004 mintájára.")).toEqual(["T003>T005"]);
    expect(bench("Η T005 χρειάζεται την T003, όπως η T004.")).toEqual(["T003>T005"]);
    expect(bench("T005 dépend de T003, semblable à T004.")).toEqual(["T003>T005"]);
  });

  it("reads a word of time inside such a phrase as part of it, and one outside as a relation", () => {
    expect(bench("T005 needs T003, modelled after T004.")).toEqual(["T003>T005"]);
    expect(bench("T005 braucht T003, nach dem Muster von T004.")).toEqual(["T003>T005"]);
    expect(bench("T005 braucht T003, nach Art von T004.")).toEqual(["T003>T005"]);
    expect(bench("T005 runs after T004, modelled on T002.")).toEqual(["T004>T005"]);
    expect(bench("T005 kommt nach T004, ähnlich wie T002.")).toEqual(["T004>T005"]);
  });

  it("does not fire on examples of what is needed, on a relative clause that relates, or on a plain list", () => {
    expect(bench("T005 needs shelving tasks like T003 and T004.")).toEqual(["T003>T005", "T004>T005"]);
    expect(bench("T005 needs T003, which needs T004.")).toEqual(["T003>T005", "T004>T003"]);
    expect(bench("T005 needs T003, T004 and T002.")).toEqual(["T002>T005", "T003>T005", "T004>T005"]);
    expect(bench("T005 needs the shelf from T003 and the labels from T004.")).toEqual([
      "T003>T005",
      "T004>T005",
    ]);
  });
});

describe("a task named for the manner of the work", () => {
  it("is compared with, not needed: 'in the same style as' in Portuguese, Spanish and Italian", () => {
    expect(bench("T005 precisa de T003, no mesmo estilo de T004.")).toEqual(["T003>T005"]);
    expect(bench("T005 necesita T003, con el mismo formato de T004.")).toEqual(["T003>T005"]);
    expect(bench("T005 richiede T003, nello stesso stile di T004.")).toEqual(["T003>T005"]);
  });

  it("is needed when the words name the very thing it makes", () => {
    expect(bench("T005 precisa da mesma conexão de T004.")).toEqual(["T004>T005"]);
  });
});

describe("a recommendation written as a verb", () => {
  it("binds nothing", () => {
    expect(bench("Recomenda-se rodar T005 depois de T003. Não é obrigatório.")).toEqual([]);
    expect(bench("Se recomienda hacer T005 después de T003.")).toEqual([]);
    expect(bench("Si raccomanda di fare T005 dopo T003.")).toEqual([]);
    // Must not fire: the same order stated plainly binds.
    expect(bench("Rodar T005 depois de T003.")).toEqual(["T003>T005"]);
  });
});
