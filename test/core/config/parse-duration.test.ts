import { describe, expect, it } from "vitest";
import { parseDuration } from "../../../src/core/config/parse-duration.js";

describe("parseDuration", () => {
  it("reads units, combinations and bare minutes", () => {
    expect(parseDuration("30m")).toBe(1_800_000);
    expect(parseDuration("90s")).toBe(90_000);
    expect(parseDuration("1h30m")).toBe(5_400_000);
    expect(parseDuration("500ms")).toBe(500);
    expect(parseDuration("2")).toBe(120_000);
    expect(parseDuration(1.5)).toBe(90_000);
  });

  it("refuses what is not a positive duration", () => {
    for (const bad of ["", "soon", "30 minutes", "0m", "-5m", "1h 30m", "1d"])
      expect(parseDuration(bad)).toBeNull();
    expect(parseDuration(0)).toBeNull();
  });
});
