import { describe, expect, it } from "vitest";
import { orderLeftUnder, saidUnder } from "./plan-helpers.js";

// Five [P] tasks, T001 to T005, and one bullet of notes written in Malay.
const said = saidUnder("Fasa 1: Kerja", "Kebergantungan");
// Five unmarked tasks (listing order chains them) and one bullet.
const orderLeft = orderLeftUnder("Peluang Selari");

describe("Malay statements", () => {
  it("reads 'dahulu'/'dulu' (first) and 'terakhir' (last) after the task, a passive verb allowed between", () => {
    expect(said("T002 dahulu; tugas lain menyusul.")).toEqual([
      "T002>T001",
      "T002>T003",
      "T002>T004",
      "T002>T005",
    ]);
    expect(said("T005 dikerjakan terakhir.")).toEqual(["T001>T005", "T002>T005", "T003>T005", "T004>T005"]);
    // "seperti dahulu" (as before) places nothing.
    expect(said("Seperti dahulu, T003 memerlukan T001.")).toEqual(["T001>T003"]);
  });

  it("reads 'selepas' (after) and 'sebaik sahaja' (as soon as) as words of time", () => {
    expect(said("T004 dibuat selepas T002.")).toEqual(["T002>T004"]);
    // The task that waits is the one that starts, not the one whose end it waits for.
    expect(said("T004 boleh dimulakan sebaik sahaja T002 siap tanpa menunggu baki fasa ini.")).toEqual([
      "T002>T004",
    ]);
  });

  it("reads 'serentak', 'seiring' and 'bermula bersama' as side by side", () => {
    expect(orderLeft("T002 dan T003 boleh dijalankan serentak.")).not.toContain("T002>T003");
    expect(orderLeft("T004 boleh berjalan seiring dengan T003.")).not.toContain("T003>T004");
    expect(orderLeft("T002, T003 dan T004 boleh bermula bersama.")).not.toContain("T003>T004");
    // "bersama dengan" (together with) a thing is no claim about tasks.
    expect(orderLeft("T003 dibuat bersama dengan dokumentasinya.")).toContain("T002>T003");
  });

  it("reads 'kecuali' (except) and 'pengecualiannya ialah' (the exception is)", () => {
    expect(said("T003, T004 dan T005 memerlukan T001, kecuali T004.")).toEqual(["T001>T003", "T001>T005"]);
    expect(said("T003, T004 dan T005 memerlukan T001. Pengecualiannya ialah T005.")).toEqual([
      "T001>T003",
      "T001>T004",
    ]);
    // "selain itu" (besides that) excepts nothing.
    expect(said("T003 dan T004 memerlukan T001. Selain itu, T005 memerlukan T002.")).toEqual([
      "T001>T003",
      "T001>T004",
      "T002>T005",
    ]);
  });

  it("reads 'yang' after an excepted task as a relative clause about that task", () => {
    expect(said("T003 dan T004 boleh bermula bersama, kecuali T004, yang memerlukan T001.")).toEqual([
      "T001>T004",
    ]);
    expect(
      said("T003 tidak bergantung pada T001, kecuali T004 (laporan) yang baru boleh dimulakan selepas T001."),
    ).toEqual(["T001>T004"]);
  });
});
