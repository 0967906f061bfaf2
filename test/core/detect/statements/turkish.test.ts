import { describe, expect, it } from "vitest";
import { saidUnder } from "./plan-helpers.js";

const said = saidUnder("Faz 1: Çalışma", "Bağımlılıklar");

describe("Turkish: a converb of 'without' before a negated verb", () => {
  it.each([
    ["T002 tamamlanmadan T004'e geçilmez.", ["T002>T004"]],
    ["T003 bitmeden T005 başlanamaz.", ["T003>T005"]],
    ["T001 olmadan T005 yazılamaz.", ["T001>T005"]],
  ])("orders: %s", (sentence, pairs) => {
    expect(said(sentence)).toEqual(pairs);
  });

  it.each([
    // "T004 can be started without T002 too": the verb is not negated
    "T002 olmadan da T004 başlatılabilir.",
    // a word that only ends like the converb, in an English sentence
    "The Ramadan banner copy is reviewed with T004.",
  ])("binds nothing: %s", (sentence) => {
    expect(said(sentence)).toEqual([]);
  });
});
