import { describe, expect, it } from "vitest";
import { pairs, saidUnder, serial } from "./plan-helpers.js";

// Five [P] tasks and one bullet under a French heading: only the bullet orders them.
const said = saidUnder("Phase 1 : Travail", "Dépendances");

// Five unmarked tasks (listing order chains them) and one bullet: every edge into T005.
const into = (note: string): string[] =>
  pairs(serial(["T001", "T002", "T003", "T004", "T005"], `## Dépendances\n\n- ${note}\n`))
    .filter((p) => p.endsWith(">T005"))
    .sort();

// A Kiro group of three sub-tasks; the note is written under 1.3.
const kiroLog = (note: string): string =>
  `# Plan\n\n- [ ] 1. Base\n  - [ ] 1.1 Client HTTP dans \`src/http.ts\`\n  - [ ] 1.2 Cache dans \`src/cache.ts\`\n  - [ ] 1.3 Journal dans \`src/log.ts\`\n    - ${note}\n`;

describe("French words of need", () => {
  it("reads 'doit attendre', 'a besoin de' and 'ne dépend que de' as needs", () => {
    expect(said("T005 doit attendre T004.")).toEqual(["T004>T005"]);
    expect(said("T005 a besoin de T003.")).toEqual(["T003>T005"]);
    expect(said("T005 ne dépend que de T002.")).toEqual(["T002>T005"]);
  });

  it("reads 'ne ... que' as 'only': the task waits for nothing else by listing order", () => {
    expect(into("T005 ne dépend que de T002.")).toEqual(["T002>T005"]);
    expect(into("T005 n'attend que T002.")).toEqual(["T002>T005"]);
    // without it, listing order stays
    expect(into("T005 dépend de T002.")).toEqual(["T002>T005", "T004>T005"]);
  });

  it("reads an ideal or a choice that is no obligation as binding nothing", () => {
    expect(said("Idéalement, T005 après T004, pour garder le même style.")).toEqual([]);
    expect(said("T005 après T004, mais ce n'est pas une obligation.")).toEqual([]);
    expect(said("T005 après T004, c'est obligatoire.")).toEqual(["T004>T005"]);
  });

  it("reads 'ne ... ni ... ni' and 'ne ... plus' in a sub-task's notes as denials", () => {
    const notes = (note: string): string[] =>
      pairs(kiroLog(note))
        .filter((p) => p.endsWith(">1.3"))
        .sort();
    expect(notes("Reprend le client de 1.1")).toEqual(["1.1>1.3"]);
    expect(notes("Ne dépend ni de 1.1 ni de 1.2")).toEqual([]);
    expect(notes("Ne dépend plus de 1.1 depuis la révision")).toEqual([]);
  });

  it("reads 'n'a pas besoin d'attendre' as a denial", () => {
    expect(into("T005 n'a pas besoin d'attendre T004.")).toEqual(["T003>T005"]);
    expect(said("T005 ne démarre pas avant que T002 soit prêt.")).toEqual(["T002>T005"]);
  });

  it("reads 'À faire avant 1.2' (Portuguese 'A fazer antes de') in a task's note as the task's own", () => {
    const from = (note: string): string[] => pairs(kiroLog(note)).filter((p) => p.startsWith("1.3>"));
    expect(from("À faire avant 1.2, qui en a besoin pour ses dates.")).toEqual(["1.3>1.2"]);
    expect(from("A fazer antes de 1.2.")).toEqual(["1.3>1.2"]);
    // Must not fire: an English article brings in a subject of its own.
    expect(from("A worker in src/worker.ts must run before 1.2.")).toEqual([]);
  });

  it("reads 'n'attend pas' and 'n'a pas besoin de' as denials, of tasks and of whole stages", () => {
    expect(into("T005 n'attend pas T004.")).toEqual(["T003>T005"]);
    expect(into("T005 n'a pas besoin de T004 : il lit un fichier figé.")).toEqual(["T003>T005"]);
    // Must not fire: the same verbs affirmed.
    expect(into("T005 attend T004.")).toEqual(["T004>T005"]);
    expect(into("T005 a besoin de T002.")).toEqual(["T002>T005", "T004>T005"]);
    const stages = (note: string): string[] =>
      pairs(
        `# Liste\n\n## Étape 1 — Base\n\n- [ ] E1.1 Base dans lib/a.dart\n\n## Étape 2 — Synchro\n\n- [ ] E2.1 Synchro dans lib/b.dart\n\n## Étape 3 — Écrans\n\n- [ ] E3.1 Écrans dans lib/c.dart\n\n## Ordre\n\n${note}\n`,
      ).filter((p) => p.endsWith(">E3.1"));
    expect(stages("L'étape 3 n'attend pas l'étape 2.")).toEqual(["E1.1>E3.1"]);
    // A colon after the denied object gives the reason; it makes no label of the words before it.
    const own = (note: string): string[] =>
      pairs(
        `# Liste\n\n## Étape 2 — Modèles\n\n- [ ] E2.1 Modèles dans \`lib/a.dart\`.\n- [ ] E2.2 Règles dans \`firestore.rules\`. ${note}\n`,
      );
    expect(own("Ne dépend pas des modèles Dart (E2.1) : on part du schéma.")).toEqual([]);
    expect(own("N'attend pas E2.1 : rien à partager.")).toEqual([]);
    // Must not fire: affirmed, the mention stands.
    expect(own("Reprend les modèles Dart (E2.1) : mêmes champs.")).toEqual(["E2.1>E2.2"]);
    expect(stages("L'étape 3 attend l'étape 2.")).toEqual(["E2.1>E3.1"]);
  });
});
