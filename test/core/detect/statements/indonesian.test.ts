import { describe, expect, it } from "vitest";
import { kiroNotes } from "./plan-helpers.js";

// A Kiro plan: group 2 makes things, the note is written under 3.1.
const notes = kiroNotes("Rencana", [
  ["1. Dasar", ["1.1 Konfigurasi", "1.2 Antrean"]],
  ["2. Model", ["2.1 Pasien", "2.2 Dokter", "2.3 Jadwal"]],
  ["3. Layanan", ["3.1 Booking", "3.2 Pembatalan"]],
]);
const note = (words: string): string[] => notes("3.1", words).filter((p) => p.endsWith(">3.1"));

describe("Indonesian notes", () => {
  it("reads 's.d.' and 's/d' (up to and with) as a range, never as seconds", () => {
    expect(note("Dikerjakan setelah 2.1 s.d. 2.3")).toEqual(["2.1>3.1", "2.2>3.1", "2.3>3.1"]);
    expect(note("Dikerjakan setelah 2.1 s/d 2.3")).toEqual(["2.1>3.1", "2.2>3.1", "2.3>3.1"]);
  });

  it("reads 'kalau' (if) before an object in a finished state as 'once', and any other 'kalau' as a hedge", () => {
    expect(note("Baru dikerjakan kalau semua model (2.1 s.d. 2.3) sudah beres")).toEqual([
      "2.1>3.1",
      "2.2>3.1",
      "2.3>3.1",
    ]);
    expect(note("Kalau mau, kerjakan setelah 2.1")).toEqual([]);
  });

  it("reads what a task takes 'dari' (from) another and what it 'mengikuti' (follows)", () => {
    expect(note("Memakai kontrak dari 2.1, nama antrean mengikuti 1.2")).toEqual(["1.2>3.1", "2.1>3.1"]);
    // "lebih dari" (more than) and "mengikuti pola" (in the pattern of) name no need
    expect(note("Retry lebih dari 2.1 kali, mengikuti pola 2.2")).toEqual([]);
  });

  it("takes a relative clause with no noun before it for a subject of its own", () => {
    expect(note("Grup 3 tidak bergantung pada grup 1; yang butuh tabel cuma 2.3.")).toEqual([]);
  });
});
