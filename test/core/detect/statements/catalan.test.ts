import { describe, expect, it } from "vitest";
import { buildPlan } from "../../../../src/core/plan/build-plan.js";
import { parseTaskList } from "../../../../src/core/parse/parse-task-list.js";
import { detect, orderLeftUnder, saidUnder, speckit } from "./plan-helpers.js";

// Five [P] tasks, T001 to T005, and one bullet under a "Dependències" heading.
const said = saidUnder("Fase 1: Feina", "Dependències");

/** The order edges a sentence leaves among five unmarked tasks (listing order chains them). */
const orderLeft = orderLeftUnder("Notes");

describe("Catalan words of waiting and going first", () => {
  it.each([
    // depends on, needs, waits for (no preposition), requires, after
    ["T004 depèn de T002.", ["T002>T004"]],
    ["T005 depèn de T001 i de T003.", ["T001>T005", "T003>T005"]],
    ["T003 necessita l'esquema de T001.", ["T001>T003"]],
    ["T005 espera T002.", ["T002>T005"]],
    ["T004 requereix T003.", ["T003>T004"]],
    ["T005 va després de T004.", ["T004>T005"]],
    // once (a singular participle has one object), until (with the "no" Catalan repeats after it)
    ["Un cop acabada la T001, T003 i T004 poden començar.", ["T001>T003", "T001>T004"]],
    ["T005 no comença fins que T002 no estigui enllestida.", ["T002>T005"]],
    // before, blocks: the subject goes first
    ["T002 s'ha de fer abans que T005.", ["T002>T005"]],
    ["T003 ha d'estar fusionada abans de T004.", ["T003>T004"]],
    ["T001 bloqueja T005.", ["T001>T005"]],
  ])("orders: %s", (sentence, expected) => {
    expect(said(sentence).sort()).toEqual(expected);
  });

  it.each([
    // for example, we recommend, better that, if there is room, an alternative, staffing as a condition
    "Per exemple, T005 pot anar després de T002.",
    "Recomanem fer T004 després de T001.",
    "Si hi ha marge, millor que T005 esperi T002.",
    "Alternativa: T004 després de T003.",
    "Amb una sola persona: T001 → T002 → T003.",
    // the noun "espera" (waiting) is no verb
    "El temps d'espera de T003 es mostra a la pantalla de T005.",
  ])("binds nothing: %s", (sentence) => {
    expect(said(sentence)).toEqual([]);
  });
});

describe("Catalan denials and parallel claims", () => {
  it("frees listing order where two tasks go 'en paral·lel', 'alhora' or one 'no depèn de' the other", () => {
    expect(orderLeft("T003 pot anar en paral·lel amb T002.")).not.toContain("T002>T003");
    expect(orderLeft("T003 i T004 es poden fer alhora.")).not.toContain("T003>T004");
    expect(orderLeft("T004 no depèn ni de T002 ni de T003.")).not.toContain("T003>T004");
    // Must not fire: a sentence that names no pair keeps the order.
    expect(orderLeft("El tauler de T003 es refresca cada 30 s.")).toContain("T002>T003");
  });

  it("carves an exception out of a rule with 'excepte' or 'tret de'", () => {
    const rest = ["T001>T002", "T001>T003", "T001>T004"];
    expect(said("Totes les tasques de la Fase 1 depenen de T001, excepte T005.").sort()).toEqual(rest);
    expect(said("Tota la Fase 1 depèn de T001, tret de T005.").sort()).toEqual(rest);
  });
});

describe("Catalan sections and corrections", () => {
  const stories = speckit(
    [
      ["Fase 1: Configuració", ["T001"]],
      ["Fase 2: Història d'usuari 1 - Carta (Prioritat: P1)", ["T002"]],
      ["Fase 3: Història d'usuari 2 - Cuina (Prioritat: P2)", ["T003"]],
    ],
    "## Estratègia d'implementació\n\n- Ordre: HU1 → HU2.\n",
  );

  it("takes a heading with its accents for the strategy section it is: nothing under it binds", () => {
    expect(detect(stories).edges.filter((e) => e.origin === "statement")).toEqual([]);
    // Must not fire: the same arrow under a heading of dependencies binds.
    const bound = stories.replace("Estratègia d'implementació", "Dependències");
    expect(
      detect(bound)
        .edges.filter((e) => e.origin === "statement")
        .map((e) => `${e.from}>${e.to}`),
    ).toEqual(["T002>T003"]);
  });

  it("takes back a task's own link the notes say comes from an earlier draft", () => {
    const list = (note: string): string =>
      [
        "# Tasques",
        "",
        "## Fase 1: Feina",
        "",
        "- [ ] T001 [P] Escriure README.md",
        "- [ ] T002 [P] Escriure docs/config.md (depèn de T001)",
        "",
        "## Notes",
        "",
        `- ${note}`,
        "",
      ].join("\n");
    const waves = (note: string): string[][] =>
      buildPlan(parseTaskList({ kind: "file", path: "tasks.md", text: list(note) })).waves.map(
        (w) => w.tasks,
      );
    expect(
      waves("Correcció: a la línia de T002 hi ha quedat «depèn de T001». Ve del primer esborrany."),
    ).toEqual([["T001", "T002"]]);
    // Must not fire: a draft named without judging the link keeps it.
    expect(waves("T002 completa el primer esborrany de la guia.")).toEqual([["T001"], ["T002"]]);
  });
});
