import { describe, expect, it } from "vitest";
import { saidUnder, twoStoriesIn } from "./plan-helpers.js";

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

  it("still reads the rule the same words state without the condition", () => {
    // Must not fire: "my order" stated as a rule, and "waits for", carry no condition of "you".
    expect(said("Sıra: T002 → T004.")).toEqual(["T002>T004"]);
    expect(said("T005, T003'ten sonra yapılır.")).toEqual(["T003>T005"]);
  });
});

describe("Turkish: the object with its case ending before the word, the subject set off by a comma", () => {
  it.each([
    // depends on, waits for, needs, after, once done
    ["T004, T002'ye bağlıdır.", ["T002>T004"]],
    ["T005 T003'e bağımlıdır.", ["T003>T005"]],
    ["T004, T001'i bekler.", ["T001>T004"]],
    ["T005, T002'ye ihtiyaç duyar.", ["T002>T005"]],
    ["T003, T001'den sonra başlar.", ["T001>T003"]],
    ["T002 tamamlandıktan sonra T005 başlar.", ["T002>T005"]],
    ["T001 bitince T004 başlayabilir.", ["T001>T004"]],
    // before, blocks: the subject goes first
    ["T005, T002'den önce bitmeli.", ["T005>T002"]],
    ["T003, T004'ü engeller.", ["T003>T004"]],
    // the ending on the last item of a list covers the list; the comma closes the subject
    ["T005, T001 ve T002'ye bağlıdır.", ["T001>T005", "T002>T005"]],
    ["T004 ve T005, T001'e bağlıdır.", ["T001>T004", "T001>T005"]],
    ["T004 ve T005 T002'yi bekler.", ["T002>T004", "T002>T005"]],
    // every item of the object with its own ending: the items without one are the subject
    ["T005, T001'e ve T002'ye bağlıdır.", ["T001>T005", "T002>T005"]],
    ["T004 T003'ü ve T001'i bekler.", ["T001>T004", "T003>T004"]],
    // an aside in brackets between the subject and its object
    ["T004 (rapor ekranı) T002'den sonra gelir.", ["T002>T004"]],
  ])("orders: %s", (sentence, expected) => {
    expect(said(sentence).sort()).toEqual(expected);
  });

  it.each([
    // "does not depend on", "does not wait for", "independent of", "at the same time"
    "T004, T002'ye bağlı değildir.",
    "T004, T001'i beklemez.",
    "T005, T003'ten bağımsızdır.",
    "T002 ve T003 aynı anda yürütülebilir.",
    // "optional": "isteğe bağlı"; "if you like, after T002" is a hedge
    "T004 isteğe bağlıdır.",
    "İstenirse T005, T002'den sonra yazılır.",
    // "sonra" alone is "then", not "after": "first T001, then T004" is no postposition with an object
    "T001 bitti, sonra T004 yazıldı.",
    // an English word ending like the ablative before "once" stays the English "once"
    "The guide is written once more by T004.",
    // an object with its endings and no subject names no waiting task
    "T001'e ve T002'ye bağlıdır.",
  ])("binds nothing: %s", (sentence) => {
    expect(said(sentence)).toEqual([]);
  });

  it("does not take an ID with a case ending for the subject", () => {
    // T005's own words: "must pass the tests in T002 and blocks T004"
    expect(said("T005: T002'deki testleri geçirmeli ve T004'ü engeller.")).toContain("T005>T004");
  });

  it("keeps English contractions and possessives as they were", () => {
    expect(said("T004 and T005 need T002's client.").sort()).toEqual(["T002>T004", "T002>T005"]);
  });
});

describe("Turkish: stories and stages", () => {
  const stories = twoStoriesIn(
    [
      "Aşama 1: Kurulum",
      "Aşama 2: Kullanıcı Hikayesi 1 - Kitap ödünç ver (Öncelik: P1)",
      "Aşama 3: Kullanıcı Hikayesi 2 - Kitap iade et (Öncelik: P2)",
    ],
    "Bağımlılıklar",
  );

  it.each([
    "US2, US1'e bağlıdır.",
    "Hikaye 2, Hikaye 1'den sonra başlar.",
    "Aşama 3, Aşama 2'yi bekler.",
    "US1 tamamlandıktan sonra US2 başlayabilir.",
  ])("orders the second story after the first: %s", (sentence) => {
    expect(stories(sentence)).toEqual(["T002>T004", "T002>T005", "T003>T004", "T003>T005"]);
  });

  it.each(["US2, US1'e bağlı değildir.", "US1 ve US2 aynı anda geliştirilebilir."])(
    "binds nothing: %s",
    (sentence) => {
      expect(stories(sentence)).toEqual([]);
    },
  );
});

describe("Turkish: a genitive and a companion", () => {
  it("takes an ID with a genitive for the owner of what is needed", () => {
    // "T005 cannot be written without T002's parse function"
    expect(said("T005, T002'nin parse fonksiyonu olmadan yazılamaz.")).toEqual(["T002>T005"]);
  });

  it("does not take an ID with 'ile' (with) for the subject", () => {
    // T005's own words: "can run in parallel with T003, but must be finished before T004"
    const notes = "T005: T003 ile paralel yürütülebilir, ancak T004'ten önce bitirilmeli.";
    expect(said(notes)).toContain("T005>T004");
    expect(said(notes)).not.toContain("T003>T004");
  });
});

describe("Turkish: lists joined by 'ile', what is in a task, a genitive subject", () => {
  it("joins two names with 'ile' into one subject, and reads 'the types in T001' as T001", () => {
    expect(said("T002 ile T004, T001'deki tiplere bağlı.")).toEqual(["T001>T002", "T001>T004"]);
    // "ile" before no name names a companion, and "in parallel with" binds nothing
    expect(said("T004, T002 ile paralel yürüyebilir.")).toEqual([]);
  });

  it("takes a genitive before a verb made a noun for that verb's subject", () => {
    expect(said("T004'ün T002'den önce bitmesi gerekiyor.")).toEqual(["T004>T002"]);
    // a list whose last name carries the case ending stays one object
    expect(said("T005, T003 ve T004'e bağlı.")).toEqual(["T003>T005", "T004>T005"]);
  });
});

describe("Turkish: a condition on who works, and a suggestion", () => {
  it.each([
    // "If you are working alone, my suggested order: T002 → T004"
    "Yalnız çalışıyorsanız önerdiğim sıra: T002 → T004.",
    // "If you like, T005 can also be done after T003"
    "İsterseniz T005, T003'ten sonra da yapılabilir.",
    // "Suggestion: T004 after T001"
    "Öneri: T004, T001'den sonra.",
  ])("binds nothing: %s", (sentence) => {
    expect(said(sentence)).toEqual([]);
  });

  it("still reads the rule the same words state without the condition", () => {
    // Must not fire: "my order" stated as a rule, and "waits for", carry no condition of "you".
    expect(said("Sıra: T002 → T004.")).toEqual(["T002>T004"]);
    expect(said("T005, T003'ten sonra yapılır.")).toEqual(["T003>T005"]);
  });
});
