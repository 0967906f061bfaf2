import { describe, expect, it } from "vitest";
import { detectDependencies } from "../../../src/core/detect/detect-dependencies.js";
import { settlePhaseRoles } from "../../../src/core/detect/settle-phase-roles.js";
import { parseTaskList } from "../../../src/core/parse/parse-task-list.js";

const parse = (text: string) => parseTaskList({ kind: "file", path: "tasks.md", text });
const kinds = (text: string) => settlePhaseRoles(parse(text)).phases.map((p) => p.kind);

const STORIES = `
## Phase 3: User Story 1 - Browse the shelf
- [ ] T010 [US1] Shelf page in web/shelf.tsx
## Phase 4: User Story 2 - Lend a book
- [ ] T020 [US2] Lending form in web/lend.tsx
`;

describe("phase roles come from position and the list's own words", () => {
  it("keeps Setup and Foundational roles for phases before the stories", () => {
    const text = `## Phase 1: Setup\n- [ ] T001 Init\n## Phase 2: Foundational\n- [ ] T002 Db\n${STORIES}`;
    expect(kinds(text)).toEqual(["setup", "foundational", "story", "story"]);
  });

  it("treats a late phase whose heading says 'Foundational' as an ordinary phase", () => {
    const text = `## Phase 1: Setup\n- [ ] T001 Init\n${STORIES}\n## Phase 5: Foundational charts for the dashboard\n- [ ] T030 Charts in web/charts.tsx\n`;
    expect(kinds(text)).toEqual(["setup", "story", "story", "other"]);
    const { edges } = detectDependencies(parse(text));
    expect(edges.filter((e) => e.from === "T030")).toEqual([]);
  });

  it("treats a Setup or Polish heading out of place as an ordinary phase", () => {
    const text = `## Phase 1: Polish the old theme\n- [ ] T001 Theme\n${STORIES}\n## Phase 5: Setup of the export job\n- [ ] T030 Job\n`;
    expect(kinds(text)).toEqual(["other", "story", "story", "other"]);
  });

  it("makes a phase Foundational when its own text says every story waits for it", () => {
    const text = `## Phase 1: Core plumbing\n\nNone of the user stories may begin before this phase is finished.\n\n- [ ] T001 Db pool in src/db.ts\n${STORIES}`;
    expect(kinds(text)).toEqual(["foundational", "story", "story"]);
    const { edges } = detectDependencies(parse(text));
    expect(edges.find((e) => e.from === "T001" && e.to === "T020")?.reason).toMatch(
      /blocks every user story/,
    );
  });

  it("does not read a suggestion or a later phase's words as that declaration", () => {
    const suggestion = `## Phase 1: Core plumbing\n\nIdeally this could be done before all stories, for example on day one.\n\n- [ ] T001 Db\n${STORIES}`;
    expect(kinds(suggestion)).toEqual(["other", "story", "story"]);
    const late = `${STORIES}\n## Phase 5: Shared widgets\n\nEvery story waits for this phase.\n\n- [ ] T030 Widgets\n`;
    expect(kinds(late)).toEqual(["story", "story", "other"]);
  });
});

describe("two phases of one story keep their order", () => {
  const SPLIT_STORY = `
## Phase 1: Setup
- [ ] T001 Init
## Phase 2: User Story 1 - Invoices API
- [ ] T010 [US1] Invoice endpoint in api/invoices.ts
## Phase 3: User Story 1 - Invoices screen
- [ ] T020 [US1] Invoice screen in web/invoices.tsx
## Phase 4: User Story 2 - Reminders
- [ ] T030 [US2] Reminder job in jobs/remind.ts
`;

  it("makes the story's later phase wait for its earlier one", () => {
    const { edges } = detectDependencies(parse(SPLIT_STORY));
    const edge = edges.find((e) => e.from === "T010" && e.to === "T020");
    expect(edge?.kind).toBe("phase");
    expect(edge?.reason).toMatch(/continues US1 after "Phase 2: User Story 1 - Invoices API"/);
  });

  it("leaves different stories of the stage independent", () => {
    const { edges } = detectDependencies(parse(SPLIT_STORY));
    const between = edges.filter((e) => ["T010", "T020", "T030"].includes(e.from) && e.to === "T030");
    expect(between).toEqual([]);
    expect(edges.filter((e) => e.from === "T030")).toEqual([]);
  });
});

describe("a phase is a story's when its tasks carry that story's label, whatever its heading's language", () => {
  const phase = (heading: string, ...tasks: string[]) => `## ${heading}\n${tasks.join("\n")}\n`;
  const BEFORE = phase("Fase 1: Preparazione", "- [ ] T001 Crea il progetto");
  const CATALOGUE = phase(
    "Fase 2: Storia utente 1 - Catalogo",
    "- [ ] T010 [US1] Catalogo in app/catalog.ts",
    "- [ ] T011 [US1] Pagina in app/catalog-page.ts",
  );
  const CART = phase("Fase 3: Storia utente 2 - Carrello", "- [ ] T020 [US2] Carrello in app/cart.ts");
  const settled = (text: string) => settlePhaseRoles(parse(text)).phases;

  it("reads a phase whose tasks all carry one story's label as that story's phase", () => {
    const phases = settled(BEFORE + CATALOGUE + CART);
    expect(phases.map((p) => [p.kind, p.story])).toEqual([
      ["setup", null],
      ["story", "US1"],
      ["story", "US2"],
    ]);
    const { edges } = detectDependencies(parse(BEFORE + CATALOGUE + CART));
    expect(edges.filter((e) => e.to === "T020").map((e) => e.from)).toEqual(["T001"]);
  });

  it("does not read a phase whose tasks carry several stories' labels as a story's", () => {
    const finish = phase(
      "Fase 4: Rifiniture",
      "- [ ] T030 [US1] Testi del catalogo in app/catalog.md",
      "- [ ] T031 [US2] Testi del carrello in app/cart.md",
    );
    const phases = settled(BEFORE + CATALOGUE + CART + finish);
    // "Rifiniture" (finishing) names the role its place allows; the labels make no story of it.
    expect(phases[3]?.kind).toBe("polish");
    const { edges } = detectDependencies(parse(BEFORE + CATALOGUE + CART + finish));
    expect(edges.filter((e) => e.to === "T030").map((e) => e.from)).toEqual(["T011", "T020"]);
  });

  it("does not read a phase with a few labelled tasks among unlabelled ones as a story's", () => {
    const mixed = phase(
      "Fase 4: Documentazione",
      "- [ ] T030 [US2] Guida al carrello in docs/cart.md",
      "- [ ] T031 Guida generale in docs/guide.md",
    );
    expect(settled(BEFORE + CATALOGUE + CART + mixed)[3]?.kind).toBe("other");
  });

  it("reads a phase with a priority marker as a story's when most of its tasks carry that one story", () => {
    const orders = phase(
      "Fase 4: Ordini (Priorità: P3)",
      "- [ ] T040 [US3] Ordini in app/orders.ts",
      "- [ ] T041 [US3] Storico in app/history.ts",
      "- [ ] T042 Dati di prova in fixtures/orders.json",
    );
    expect(settled(BEFORE + CATALOGUE + CART + orders)[3]).toMatchObject({ kind: "story", story: "US3" });
  });

  it("does not read a priority marker alone, or with only a few labelled tasks, as a story", () => {
    const bare = phase("Fase 4: Ordini (P3)", "- [ ] T040 Ordini in app/orders.ts");
    expect(settled(BEFORE + CATALOGUE + CART + bare)[3]?.kind).toBe("other");
    const few = phase(
      "Fase 4: Ordini (P3)",
      "- [ ] T040 [US3] Ordini in app/orders.ts",
      "- [ ] T041 Storico in app/history.ts",
      "- [ ] T042 Dati di prova in fixtures/orders.json",
    );
    expect(settled(BEFORE + CATALOGUE + CART + few)[3]?.kind).toBe("other");
  });

  it("keeps a role the heading's words give, and keeps a story's two phases in order", () => {
    const polish = phase("Phase 4: Polish", "- [ ] T030 [US2] Cart copy in app/cart.md");
    expect(settled(BEFORE + CATALOGUE + CART + polish)[3]?.kind).toBe("polish");
    const more = phase("Fase 4: Storia utente 1 - Filtri", "- [ ] T050 [US1] Filtri in app/filters.ts");
    const { edges } = detectDependencies(parse(BEFORE + CATALOGUE + CART + more));
    expect(edges.filter((e) => e.to === "T050").map((e) => e.from)).toEqual(["T001", "T011"]);
  });
});
