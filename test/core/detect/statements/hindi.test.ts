import { describe, expect, it } from "vitest";
import { detect, pairs, saidUnder, serial } from "./plan-helpers.js";

// Five [P] tasks, T001 to T005, and one bullet under a Hindi heading ("निर्भरताएँ", dependencies).
const said = saidUnder("Phase 1: भंडार", "निर्भरताएँ");

describe("Hindi statements: postpositions after their object, the verb and its negation last", () => {
  it.each([
    ["T003 को T001 के बाद ही शुरू करें।", ["T001>T003"]],
    ["T001 के बाद T003 शुरू करें।", ["T001>T003"]],
    ["T004 पूरी तरह T002 पर निर्भर है।", ["T002>T004"]],
    ["T005 को T003 का इंतज़ार करना होगा।", ["T003>T005"]],
    ["T005 को T003 का इंतजार करना होगा।", ["T003>T005"]],
    ["T002 से पहले T004 पूरा करना होगा।", ["T004>T002"]],
    ["जब तक T001 merge न हो, T003 शुरू नहीं होगा।", ["T001>T003"]],
    ["T003 को T001 merge होने तक रुकना होगा।", ["T001>T003"]],
    ["T004 को तभी उठाएँ जब T002 पूरा हो।", ["T002>T004"]],
    ["T005 तभी शुरू होगा जब T001 से T003 तक सब कुछ merge हो चुका हो।", ["T001>T005", "T002>T005", "T003>T005"]],
    ["T004 और T005 को T002 के बाद करें।", ["T002>T004", "T002>T005"]],
  ])("%s", (sentence, expected) => {
    expect(said(sentence)).toEqual(expected);
  });

  it.each([
    // "If there is time, do T004 after T003", "Suggestion: T004 after T003"
    "अगर समय हो तो T004 को T003 के बाद करें।",
    "सुझाव: T004 को T003 के बाद करें।",
    // "When T001's API changes, the docs change": no task after "when".
    "जब T001 का API बदलता है, तो docs बदलते हैं।",
    // "T003 does not depend on T002"
    "T003, T002 पर निर्भर नहीं है।",
  ])("makes no edge: %s", (sentence) => {
    expect(said(sentence)).toEqual([]);
  });

  it("ends a sentence at the danda", () => {
    // "T002 is the base of the plan. Do T004 after T003."
    expect(said("T002 योजना की नींव है। T004 को T003 के बाद करें।")).toEqual(["T003>T004"]);
  });

  it("takes back the listing order between tasks said not to wait for each other", () => {
    const notes = "## नोट्स\n\n- T003, T002 पर निर्भर नहीं है।\n- T004 को T003 का इंतज़ार नहीं करना है।\n";
    const order = pairs(serial(["T001", "T002", "T003", "T004"], notes), "order");
    expect(order).not.toContain("T002>T003");
    expect(order).not.toContain("T003>T004");
    expect(order).toContain("T001>T002");
  });
});

describe("Hindi in a numbered list", () => {
  const kiro = (intro: string): string =>
    [
      "# योजना",
      "",
      `- ${intro}`,
      "",
      "- [ ] 1. डेटा",
      "  - [ ] 1.1 App in backend/a/apps.py",
      "- [ ] 2. API",
      "  - [ ] 2.1 View in backend/b/views.py",
      "- [ ] 3. Jobs",
      "  - [ ] 3.1 Task in backend/c/tasks.py",
      "- [ ] 4. UI",
      "  - [ ] 4.1 Page in web/d.vue",
      "",
    ].join("\n");
  const edges = (intro: string): string[] =>
    detect(kiro(intro))
      .edges.map((e) => `${e.from}>${e.to}`)
      .sort();

  it("reads a group list joined by और and a range written X से Y तक", () => {
    // "Only when everything from group 1 to 3 is merged does group 4 start."
    expect(edges("Group 4 तभी शुरू होगा जब group 1 से 3 तक सब कुछ merge हो चुका हो।")).toEqual(
      expect.arrayContaining(["1.1>4.1", "2.1>4.1", "3.1>4.1"]),
    );
    // "After group 1, groups 2, 3 and 4."
    expect(edges("Group 1 के बाद group 2, 3 और 4।")).toEqual(
      expect.arrayContaining(["1.1>2.1", "1.1>3.1", "1.1>4.1"]),
    );
  });

  it("reads a group named with the Hindi word for it", () => {
    // "Group 4 starts after group 1" with "समूह" (group); with the disclaimer no other order is left.
    const intro = "क्रमांक सिर्फ़ पढ़ने के लिए हैं। सूची से काम का क्रम तय नहीं होता। समूह 4, समूह 1 के बाद।";
    expect(edges(intro)).toEqual(["1.1>4.1"]);
  });

  it("drops the groups' listing order when the list says its numbering sets no order", () => {
    // "The numbers are only for reading; the list does not set the order of the work."
    const disclaimed = edges("क्रमांक सिर्फ़ पढ़ने के लिए हैं। सूची से काम का क्रम तय नहीं होता।");
    expect(disclaimed).toEqual([]);
    // Must not fire: a sentence about the order of one group's steps says nothing of the list.
    expect(edges("Group 2 के भीतर क्रम ज़रूरी है।")).toContain("2.1>3.1");
  });
});

describe("Hindi collectives", () => {
  it.each([
    // "after the models of both T001 and T002 are made": "दोनों" (both) stands for the list before it,
    // and the English noun after it says what of them
    ["T004 को T001 और T002 दोनों के models बनने के बाद करें।", ["T001>T004", "T002>T004"]],
  ])("%s", (sentence, expected) => {
    expect(said(sentence)).toEqual(expected);
  });

  it("does not take a collective across a sentence's end", () => {
    // "T001 and T002 are both ready. Then T004 after the views."
    expect(said("T001 और T002 दोनों तैयार हैं। फिर T004 को views के बाद करें।")).toEqual([]);
  });
});
