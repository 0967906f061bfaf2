import { BN_GENITIVE, BN_POSSESSED, BN_POSSESSIVE_AND } from "./words/bengali-words.js";
import { JA_POSSESSIVE_AND } from "./words/japanese-words.js";
import { KO_LOCATIVE, KO_POSSESSIVE_AND } from "./words/korean-words.js";
import { TR_GENITIVE, TR_NOMINAL_SUBJECT, TR_WITH } from "./words/turkish-words.js";
import { UR_SOURCE } from "./words/urdu-words.js";
import { RELATIVE_PRONOUNS } from "./relative-clauses.js";
import type { FoundReference, Target } from "./statement-types.js";

// Two references belong to one list ("T010, T011 and T012", "US1 e US2", "US7+8 + US2", "T012、T013",
// Korean "T056·T057" with a middle dot)
// when only separators, conjunctions and a few filler words stand between them.
// Hindi joins with "और", "तथा", "एवं" (and), "या" (or); Urdu with "اور" (and), "یا" (or); Bengali with "ও",
// "এবং", "আর" (and), "বা", "অথবা" (or), its case ending glued on with a hyphen ("T006 ও T009-এর").
// Czech and Slovak "a" (and) never follows a comma; there it is the Portuguese article ("Concluídas T015 e
// T016, a T019 pode começar": the list ends at the comma). Hungarian joins with "és" and hangs a case ending
// on each ID with a hyphen ("a T008-tól és a T009-től"); Turkish after an apostrophe ("T003'e ve T004'e"), but
// never after a genitive ("T018'in T016'dan önce": T018's ... before T016), and with "ile" (with) between two
// names ("T016 ile T018": T016 and T018; "T029 ile paralel" names a companion).
const LIST_GAP =
  /^(?:[\s,;&+/|、，・·()（）]|-[\p{L}\p{M}]{1,6}(?![\p{L}\p{M}])|['’](?!n?[ıiuü]n\s)\p{L}{1,6}(?![\p{L}])|\b(?:and|or|e|y|et|und|и|the|both|all|of|tasks?|plus|with|(?<![,，]\s*)a|es|i|och|og|en|dan|ve|ile|oraz|va|ani|nebo|eller|atau|ou|lub|albo|ni|nor|nem)\b|(?<![\p{L}])(?:і|й|та|або|[șş]i)(?![\p{L}])|(?<![\u0900-\u097F])(?:और|तथा|एवं|या)(?![\u0900-\u097F])|(?<![\u0600-\u06FF])(?:اور|یا)(?![\u0600-\u06FF])|(?<![\u0980-\u09FF])(?:ও|এবং|আর|বা|অথবা)(?![\u0980-\u09FF])|และ|和|及|与|と|や|및|과|와|및|이나|或)*$/iu;

// Items each named and glossed with their IDs in brackets: "the UI tests (T020–T030) and the API tests
// (T054–T070)", "ルーター（5.3）、ワーカー（6.3）" (the router (5.3), the worker (6.3)).
const GLOSSED_ITEM_GAP =
  /^[)）]\s*(?:[,、，]\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+|と|や)\s*(?:the\s+)?[^\s,、，;.。()（）]+(?:\s+[^\s,、，;.。()（）]+){0,2}\s*[(（]$/iu;

// A relative clause set off by commas between two items is an aside about the first; the list goes on after
// it: "After T017, T023, which builds the store, and T024 can start" (T023 and T024 start after T017).
const RELATIVE_ASIDE_GAP = new RegExp(
  String.raw`^[,，]\s*(?:${RELATIVE_PRONOUNS}|whose)\s[^,，;:.()]*[,，]\s*(?:and|or|et|ou|y|e|o|und|oder|i|a|и|или)?\s*$`,
  "iu",
);

const BN_AND = /(?<![\u0980-\u09FF])(?:ও|এবং|আর|বা|অথবা)(?![\u0980-\u09FF])/u;
const CASE_ENDING = /^-[\p{L}\p{M}]{1,6}(?![\p{L}\p{M}])/u;

// Turkish hangs a case ending on an ID after an apostrophe ("US1'e", "T008'den"), and in a list on its last
// item only ("US1 ve US2'ye": on US1 and US2). English contractions ("T005's") are none.
const APOSTROPHE_ENDING = /^['’](?!(?:s|t|d|ll|re|ve|m)(?![\p{L}]))\p{L}{1,6}(?![\p{L}])/u;
const JOINED = /(?:^|[^\p{L}])(?:ve|ile|veya|ya\s+da)(?![\p{L}])/u;

/** Splits references (in text order) into lists: runs separated only by list separators. */
export function referenceGroups<R extends { start: number; end: number }>(
  text: string,
  refs: readonly R[],
): R[][] {
  const groups: R[][] = [];
  let current: R[] = [];
  for (const ref of refs) {
    const last = current[current.length - 1];
    // A parenthesis between two references ("T002-T006 (DB chain) and T009") does not break the list; a
    // case ending on one and not the other ("A T010 a T008-tól ...") does: the items of a list share theirs,
    // except in Bengali, which puts it on the last item only ("T033 ও T034-এর পরে": after T033 and T034).
    const gap = last ? text.slice(last.end, ref.start) : "";
    if (
      last &&
      ((!LIST_GAP.test(gap.replace(/\([^()]*\)|（[^（）]*）/g, " ")) &&
        ![KO_POSSESSIVE_AND, JA_POSSESSIVE_AND, BN_POSSESSIVE_AND, GLOSSED_ITEM_GAP, RELATIVE_ASIDE_GAP].some(
          (p) => p.test(gap),
        )) ||
        (CASE_ENDING.test(gap) !== CASE_ENDING.test(text.slice(ref.end)) && !BN_AND.test(gap)) ||
        otherBengaliCase(gap, text.slice(ref.end)))
    ) {
      groups.push(current);
      current = [];
    }
    current.push(ref);
  }
  if (current.length > 0) groups.push(current);
  return groups.flatMap((group) => splitTopic(text, group));
}

// A Bengali case ending glued to an ID: "T013-কে" (the one who must), "T010-এর" (of T010).
const BN_CASE = /^-?([\u0980-\u09FF]{1,6})(?![\u0980-\u09FF])/u;

/** "T013-কে T010-এর জন্য অপেক্ষা করতে হবে": two IDs in different cases are no list (subject and object). */
function otherBengaliCase(gap: string, after: string): boolean {
  const [a, b] = [BN_CASE.exec(gap)?.[1], BN_CASE.exec(after)?.[1]];
  return a !== undefined && b !== undefined && a !== b;
}

/**
 * A Turkish list whose last item alone carries a case ending holds the relation's object, and before it,
 * up to a comma, its subject (Turkish sets the subject off with a comma): "US3, US1 ve US2'ye bağlıdır"
 * (US3 depends on US1 and US2), "T003 ve T004, T002'ye" (T003 and T004 on T002), "T003 ve T004 T002'ye"
 * (no comma: the bare space, an aside in brackets aside), "T003 ve T004'e" (all of it the object); a list
 * whose items each carry the ending is the object after the items without it ("T005, T003'e ve T004'e"). Where a comma follows a joined
 * list ("A, B ve C, D'ye"), that comma closes the subject; otherwise the first comma does.
 */
function splitTopic<R extends { start: number; end: number }>(text: string, group: R[]): R[][] {
  const last = group[group.length - 1];
  if (last === undefined || group.length < 2 || !APOSTROPHE_ENDING.test(text.slice(last.end))) return [group];
  const ended = group.findIndex((r) => APOSTROPHE_ENDING.test(text.slice(r.end)));
  if (ended < group.length - 1)
    return ended > 0 && endsEach(text, group.slice(ended))
      ? [group.slice(0, ended), group.slice(ended)]
      : [group];
  const gaps = group.slice(1).map((r, i) => text.slice((group[i] as R).end, r.start).replace(ASIDE, " "));
  if (/^\s+$/.test(gaps[gaps.length - 1] ?? "")) return [group.slice(0, -1), [last]];
  const firstJoin = gaps.findIndex((g) => JOINED.test(g));
  const afterJoin = gaps.findIndex((g, i) => i > firstJoin && firstJoin >= 0 && /[,，]/.test(g));
  const cut = afterJoin >= 0 ? afterJoin : gaps.findIndex((g) => /[,，]/.test(g));
  return cut < 0 ? [group] : [group.slice(0, cut + 1), group.slice(cut + 1)];
}

// An aside in brackets between the subject and its object ("T050 (the poller) T047'den sonra").
const ASIDE = /\([^()]*\)|（[^（）]*）/g;

/** Every item carries its own case ending ("T003'e ve T004'e"): one object, written out in full. */
function endsEach<R extends { end: number }>(text: string, items: readonly R[]): boolean {
  return items.every((r) => APOSTROPHE_ENDING.test(text.slice(r.end)));
}

/**
 * The groups that can be a subject: a Turkish ID with a case ending after its apostrophe plays another part
 * ("T029'daki testleri geçirmeli ve T031'i engeller": the tests in T029; the subject has no ending), as does
 * a Korean place ("그룹 1 안에서는 1.1이 끝나면 ...": within group 1), an Urdu source ("US2 میں سے", out of US2)
 * or a Turkish companion ("T029 ile", with T029), or a Japanese object ("T042 と T043 を待つが、...": を
 * marks what the verb takes).
 */
export function subjectGroups<R extends { start: number; end: number }>(text: string, groups: R[][]): R[][] {
  return groups.filter((g) => {
    const after = text.slice(g[g.length - 1]?.end ?? 0);
    return (
      (!APOSTROPHE_ENDING.test(after) || TR_NOMINAL_SUBJECT.test(after)) &&
      !/^\s*を/u.test(after) &&
      !KO_LOCATIVE.test(after) &&
      !UR_SOURCE.test(after) &&
      !TR_WITH.test(after)
    );
  });
}

// "1.3-এর টেবিল ছাড়া এটা চলবে না" (without 1.3's table it won't run): an ID with the Bengali genitive names
// whose thing the clause speaks of, never what the clause is about.
const OWNS_NEXT = new RegExp(`^${BN_GENITIVE}\\s`, "u");

/** True when the reference owns the noun after it (a genitive ending on it). */
export function ownsNoun(text: string, ref: { end: number } | undefined): boolean {
  return ref !== undefined && OWNS_NEXT.test(text.slice(ref.end));
}

/** The references after `from` that no parenthesis opened after `from` encloses. */
export function outsideParentheses<R extends { start: number }>(text: string, from: number, refs: R[]): R[] {
  return refs.filter((r) => {
    const between = text.slice(from, r.start);
    return (between.match(/[(（]/g) ?? []).length <= (between.match(/[)）]/g) ?? []).length;
  });
}

/** The targets of some references. */
export function targetsOf(refs: readonly FoundReference[]): Target[] {
  return refs.map((r) => r.target);
}

// A word in Latin letters between a postposition and its object ("sivujen" in "US4 tests ... sivujen
// jälkeen"): the object is that word. A case ending after a colon or a hyphen ("T004:n jälkeen", "a
// T009-től függ") belongs to the ID, and a particle of two letters ("is": also) stands aside; the particles
// and nouns Japanese, Chinese and Korean write between ("Phase 3 완료 필요") are left alone.
const LATIN_WORD = /(?:^|[^:'’\-\p{L}])[a-z\u00C0-\u024F]{3,}/iu;

// A verb of completion kept in English between the object and a postposition of time says what happens to
// the object ("1.3 के merge होने के बाद", after 1.3 is merged): no word of its own.
// Turkish says it with a verb of its own ("tamamlandıktan sonra", "merge edildikten sonra").
const COMPLETION =
  /(?:^|[^\p{L}])(?:merged?|done|complete[d]?|finish(?:ed)?|land(?:ed)?|ready|review(?:ed)?|approved?|deploy(?:ed)?|green|pass(?:ed|es)?|tamamlan\p{L}*|bit(?:ti|tik|mi|ir|en)\p{L}*|birle[sş]tiril\p{L}*|edil\p{L}*)(?![\p{L}])/giu;

// "T001 also has to be merged first": an adverb of addition or time is no word of its own either.
const ADDITIVE =
  /(?:^|[^\p{L}])(?:also|too|still|already|likewise|auch|aussi|tambi[eé]n|tamb[eé]m|anche|ook)(?![\p{L}])/giu;

// A collective right after the list ("1.3 और 1.4 दोनों के ...", "5.5, 5.6 और 5.7 — तीनों views बन जाने
// के बाद": both, all three; Bengali "T006 ও T009 দুটোর পরে") stands for it: the words after it say what of
// them the postposition means.
const COLLECTIVE =
  /^\s*[—–-]?\s*(?:(?:दोनों|तीनों|चारों|सभी|सब)(?![\u0900-\u097F])|(?:দুটো|দুটি|তিনটি|চারটি|সবগুলো|সব)(?:ই|র|ের)?(?![\u0980-\u09FF]))/u;

/** True when a postposition at `at` has `object` for its object: nothing but a case ending between. */
export function endsRightBefore(text: string, object: readonly FoundReference[], at: number): boolean {
  const last = object[object.length - 1];
  if (last === undefined) return false;
  const gap = text.slice(last.end, at);
  if (COLLECTIVE.test(gap) && !/[.;:।]/.test(gap)) return true;
  if (TR_GENITIVE.test(gap) && !/[.;:,]/.test(gap)) return true;
  if (BN_POSSESSED.test(gap)) return true;
  return !LATIN_WORD.test(gap.replace(COMPLETION, " ").replace(ADDITIVE, " ")) && !BN_OTHERS.test(gap);
}

// "T005 বাকি চারটি শেষ হলে" (T005 once the other four are done), "T004 এই দুটোর উপর নির্ভরশীল" (T004
// depends on these two): "the rest", "the others", "this", "that" between a reference and its
// postposition open the object themselves, as a Latin word there does.
const BN_OTHERS = /(?<![\u0980-\u09FF])(?:বাকি|অন্য|অন্যান্য|বাকিগুলো|এই|ওই|সেই)(?![\u0980-\u09FF])/u;
