import { describe, expect, it } from "vitest";
import { saidUnder } from "./plan-helpers.js";

// Five [P] tasks, T001 to T005, and one bullet under a Bengali heading ("নির্ভরতা", dependencies).
const said = saidUnder("পর্ব ১: প্রস্তুতি", "নির্ভরতা");

describe("Bengali: postpositions after the genitive ending, the verb and its negation last", () => {
  it.each([
    // "T004 is dependent on T002", "T005 depends on T001"
    ["T004 T002-এর উপর নির্ভরশীল।", ["T002>T004"]],
    ["T005 T001-এর ওপর নির্ভর করে।", ["T001>T005"]],
    // "T005 runs after both T002 and T003": the case ending on the last item only, the collective "both"
    ["T005 চলবে T002 ও T003 দুটোর পরে।", ["T002>T005", "T003>T005"]],
    // "T004 has to wait for T001": subject and object in different cases are no list
    ["T004-কে T001-এর জন্য অপেক্ষা করতে হবে।", ["T001>T004"]],
    // "T004 starts once T003 is finished", "T002 before T005"
    ["T003 শেষ হলে T004 শুরু হবে।", ["T003>T004"]],
    ["T002 T005-এর আগে করতে হবে।", ["T002>T005"]],
    // "after T001 finishes, T002, then T003": the step's own relation and the chain
    ["T001 শেষ হওয়ার পরে T002, তারপর T003।", ["T001>T002", "T001>T003", "T002>T003"]],
    // "T005 once everything from T001 to T003 is done": a range, as "T001–T003" is
    ["T001 থেকে T003 পর্যন্ত সব শেষ হলে T005।", ["T001>T005", "T002>T005", "T003>T005"]],
  ])("%s", (sentence, expected) => {
    expect(said(sentence)).toEqual(expected);
  });

  it.each([
    // "T004 does not depend on T002", "T005 need not wait for T003"
    "T004 T002-এর উপর নির্ভর করে না।",
    "T005-কে T003-এর জন্য অপেক্ষা করতে হবে না।",
    // "T002 and T003 can run together", "if you like, T005 after T003"
    "T002 আর T003 একসাথে চালানো যায়।",
    "চাইলে T005 T003-এর পরে করা যায়।",
    // "if there is time, better to run T005 once more after T003", "with one developer, T001 to T005 in list
    // order is simplest": a wish and a staffing condition
    "সময় থাকলে T003-এর পরে T005 আরেকবার চালানো ভালো।",
    "একজন ডেভেলপার হলে T001 থেকে T005 পর্যন্ত তালিকার ক্রমে যাওয়া সহজ।",
  ])("binds nothing: %s", (sentence) => {
    expect(said(sentence)).toEqual([]);
  });

  it("takes no reference for the object when other words open it ('the other four', 'these two')", () => {
    // "T005 once the other four are done", "T004 depends on both of these": never T005 or T004 first.
    expect(said("T005 বাকি চারটি শেষ হলে।")).toEqual([]);
    expect(said("T001 আর T002 তৈরি হয়েছে। T004 এই দুটোর উপরই নির্ভরশীল।")).toEqual([]);
  });

  it("does not take 'উপর' (on) or 'তারপর' (then) for 'পর' (after)", () => {
    expect(said("T004 টেবিলের উপর একটি সূচক যোগ করে, T002 দেখে।")).toEqual([]);
  });
});

describe("a step of a chain that relates on its own", () => {
  it("reads the step's relation as well as the chain", () => {
    expect(said("T002 after T001, then T003.")).toEqual(["T001>T002", "T001>T003", "T002>T003"]);
    // Must not fire: steps without a relation word of their own only chain.
    expect(said("T001, then T002, then T003.")).toEqual(["T001>T002", "T002>T003"]);
  });
});
