import { describe, expect, it } from "vitest";
import { pairs, saidUnder, serial } from "./plan-helpers.js";

// Five [P] tasks, T001 to T005, and one bullet under a "Dependencias" heading.
const said = saidUnder("Fase 1: Trabajo", "Dependencias");

describe("Spanish and Portuguese words of waiting", () => {
  it("reads 'espera a', 'debe esperar a', 'aguarda' and 'espera pela' as a wait", () => {
    expect(said("T004 espera a T002.")).toEqual(["T002>T004"]);
    expect(said("T005 debe esperar a T002 y a T003.")).toEqual(["T002>T005", "T003>T005"]);
    expect(said("A T004 aguarda a T001.")).toEqual(["T001>T004"]);
    expect(said("A T005 espera pela T003.")).toEqual(["T003>T005"]);
  });

  it("reads 'desbloquea' as the second relation of a clause", () => {
    expect(said("T003 espera a T001 y desbloquea T005.")).toEqual(["T001>T003", "T003>T005"]);
  });

  it("reads a denial, 'ni a' joining its objects, and 'tampoco' as a negation", () => {
    // Five unmarked tasks: the denial takes back T005's listing order after T003 and T004 only.
    const edges = pairs(
      serial(
        ["T001", "T002", "T003", "T004", "T005"],
        "## Notas\n\n- T005 no espera a T003 ni a T004: puede hacerse en paralelo con ellas.\n",
      ),
    );
    expect(edges).toContain("T002>T005");
    expect(edges).toContain("T003>T004");
    expect(edges.filter((e) => e.endsWith(">T005"))).toEqual(["T002>T005"]);
    expect(said("Así que T005 tampoco espera a T002.")).toEqual([]);
    expect(said("A T004 não espera pela T002.")).toEqual([]);
  });

  it("reads the statements after an exception's colon with their own subjects", () => {
    expect(
      said(
        "La app no espera al servicio, salvo en un punto: T004 no puede empezar hasta que T002 esté lista.",
      ),
    ).toEqual(["T002>T004"]);
  });
});
