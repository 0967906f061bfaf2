import { describe, expect, it } from "vitest";
import { westernDigits } from "../../../src/core/parse/western-digits.js";

describe("digits of every script", () => {
  it("reads each script's digits as the ASCII digits they are, one character for one", () => {
    for (const [written, read] of <Array<[string, string]>>[
      ["فاز ۳ و ٤", "فاز 3 و 4"],
      ["পর্ব ১২", "পর্ব 12"],
      ["चरण ३", "चरण 3"],
      ["ระยะ ๙", "ระยะ 9"],
      ["フェーズ２", "フェーズ2"],
      ["ಹಂತ ೦", "ಹಂತ 0"],
    ])
      expect(westernDigits(written)).toBe(read);
  });

  it("leaves ASCII, letters and digits outside the Basic Multilingual Plane as they are", () => {
    expect(westernDigits("T001 in src/a2.ts")).toBe("T001 in src/a2.ts");
    expect(westernDigits("Ⅲ ① 𝟓")).toBe("Ⅲ ① 𝟓");
  });
});
