import { describe, expect, it } from "vitest";
import { kiroNotes } from "./plan-helpers.js";

// A Bengali Kiro plan: four set-up sub-tasks, then two of a form; the note sits under 2.2.
const notes = kiroNotes("বাস্তবায়ন পরিকল্পনা", [
  [
    "1. সেটআপ",
    [
      "1.1 কনফিগ `config/app.php`",
      "1.2 প্যাকেজ `composer.json`",
      "1.3 ভাষা `lang/bn/messages.php`",
      "1.4 বিল্ড `vite.config.js`",
    ],
  ],
  ["2. ফর্ম", ["2.1 হেল্পার `app/Support/FormHelper.php`", "2.2 ফর্ম `resources/views/form.blade.php`"]],
]);
const under22 = (note: string): string[] => notes("2.2", note);

describe("Bengali sub-task notes: the genitive on an ID owns the words after it", () => {
  it.each([
    // "needs 1.2's Guzzle client": a Latin word in the owned part is no object of its own
    ["1.2-এর Guzzle ক্লায়েন্ট লাগবে", ["1.2>2.2"]],
    // "1.1's env file and 1.4's build script are both needed"
    ["1.1-এর env ফাইল আর 1.4-এর build স্ক্রিপ্ট দুটোই দরকার", ["1.1>2.2", "1.4>2.2"]],
    // "the form is built with 2.1's helper", "the settings come from 1.1's config"
    ["2.1-এর হেল্পার দিয়েই ফর্ম বানানো হবে", ["2.1>2.2"]],
    ["সেটিংস আসবে 1.1-এর কনফিগ থেকে", ["1.1>2.2"]],
    // "2.1's router is its prerequisite"
    ["2.1-এর রাউটার এর পূর্বশর্ত", ["2.1>2.2"]],
    // "without 1.3's strings the page shows blank, so after 1.3": the owner is not the clause's subject
    ["1.3-এর স্ট্রিং ছাড়া পাতা খালি দেখাবে, তাই 1.3-এর পরে", ["1.3>2.2"]],
    // "add 2.1's handlers to routes/api.php": a sub-task owning a thing, as "the hook of 7.1" is
    ["`routes/api.php`: 2.1-এর হ্যান্ডলার যোগ করা", ["2.1>2.2"]],
  ])("%s", (note, expected) => {
    expect(under22(note)).toEqual(expected);
  });

  it("does not take a compared or separated thing for a need", () => {
    // "a layout like 2.1's form", "separate from 1.3's file"
    expect(under22("2.1-এর ফর্মের মতো লেআউট")).toEqual([]);
    expect(under22("1.3-এর ফাইল থেকে আলাদা")).toEqual([]);
  });
});

describe("Bengali sub-task notes: ranges, needs and the adverb 'আগে'", () => {
  it.each([
    // "every file from 1.1 to 1.3 must be ready": "থেকে ... পর্যন্ত" is a range, not "until"
    ["1.1 থেকে 1.3 পর্যন্ত সব ফাইল তৈরি থাকতে হবে", ["1.1>2.2", "1.2>2.2", "1.3>2.2"]],
    // "unless 1.2 and 1.4 are finished this cannot run"
    ["1.2 ও 1.4 শেষ না হলে এটা চালানো যাবে না", ["1.2>2.2", "1.4>2.2"]],
    // "so 2.1 is needed first": after a bare ID "আগে" is "first", not "before 2.1"
    ["তাই 2.1 আগে চাই", ["2.1>2.2"]],
    // "must be done before 2.1": with the genitive it is "before"
    ["2.1-এর আগে করে রাখতে হবে", ["2.2>2.1"]],
    // Bengali digits, and the word for a group
    ["১.৩-এর পরে", ["1.3>2.2"]],
    ["গ্রুপ ১-এর পরে", ["1.1>2.2", "1.2>2.2", "1.3>2.2", "1.4>2.2"]],
  ])("%s", (note, expected) => {
    expect(under22(note)).toEqual(expected);
  });

  it.each([
    // "fine even if 1.3 is not finished", "1.2 is not needed", "1.2 to 1.4 can run in parallel"
    "1.3 শেষ না হলেও চলবে",
    "1.2 দরকার নেই",
    "1.2 থেকে 1.4 পর্যন্ত সমান্তরালে চলতে পারে",
  ])("binds nothing: %s", (note) => {
    expect(under22(note)).toEqual([]);
  });
});
