import type { Clause } from "./clause-types.js";
import { referenceGroups } from "./reference-groups.js";
import type { FoundReference } from "./statement-types.js";
import { patternList, type WordList } from "./word-matcher.js";
import {
  POINTER_POSTPOSITIONS,
  POINTER_WORDS,
  SIMILARITY_OPENINGS,
  SIMILARITY_POSTPOSITIONS,
  SIMILARITY_WORDS,
} from "./words/pointer-words.js";

interface PointerWords {
  before: WordList<string>;
  openings: WordList<string>;
  after: WordList<string>;
}

let pointers: PointerWords | null = null;
let similarities: PointerWords | null = null;

// What may stand between a pointing word and the list it governs: fillers ("see also task T004", "voir
// la T012"), or a short noun phrase ending in a preposition ("the same as the label in T018", "compare
// the handler of T007", "stejně jako štítek v T018").
const OPEN = String.raw`[\s"'\x60«“(（[:：]*`;
const FILLER = String.raw`(?:the|a|an|task|tasks|step|steps|also|la|le|les|l'|el|los|las|o|os|as|das|die|der|den|dem|il|lo|az|η|ο|το|την|τον|της|του|τα|τις|οι)`;
const PREPOSITION = String.raw`(?:in|of|from|at|for|by|with|to|on|v|ve|z|ze|w|we|de|du|des|do|da|di|del|della|dans|en|em|na|no|von|im|aus|bei|van|uit|av|fran|dari|из|в|у|з|із|от|của|trong|ở|tại)`;
const WORD = String.raw`(?![\p{L}])`;
const BRIDGE = new RegExp(
  String.raw`^${OPEN}(?:(?:${FILLER}|${PREPOSITION})${WORD}${OPEN})*$|^${OPEN}(?:${FILLER}${WORD}\s+)?(?:[\p{L}\w'’-]+\s+){1,3}${PREPOSITION}${WORD}${OPEN}(?:${FILLER}${WORD}${OPEN})*$`,
  "iu",
);

// Right before ", like T007": a comma, a dash, a bracket, or the clause's start.
const AFTER_PAUSE = /(?:^|[,，;(（—–]|\s-)\s*$/u;

// A relative clause set off by a comma ("T005 waits for T003, which replaces T004") describes what it
// follows: what it names is no object of the main clause's verb.
const RELATIVE_ASIDE =
  /[,，]\s*(?:which|who|whose|que|qui|dont|cuy[oa]s?|cuj[oa]s?|welche[rsmn]?|dat|ktery|ktera|ktere|care|som|yang|котор\p{L}*|який|яка|яке|які)(?![\p{L}])/iu;

const OPENS_RELATIVE = new RegExp(String.raw`^\s*${RELATIVE_ASIDE.source}`, "iu");

/**
 * The clause's references without those it only points at: a list governed by a word that sends the
 * reader elsewhere or contrasts ("see T004", "unlike T018", "T004を参照"), a list compared with
 * (", like T007", "the same as T012") unless it stands as the subject, or a list in a relative clause set
 * off by a comma that relates nothing itself. A list goes as a whole ("see T004 and T005"), but the list
 * a relation word follows is its subject after the first comma ("Unlike T004, T005 needs T003").
 */
export function withoutPointedAt(clause: Clause): FoundReference[] {
  const { pointers, similarities } = pointerLists();
  const { text, markers } = clause;
  const out: FoundReference[] = [];
  let previousEnd = clause.start;
  for (const group of referenceGroups(text, clause.refs)) {
    const start = group[0]?.start ?? 0;
    const end = group[group.length - 1]?.end ?? start;
    const markerEnd = markers.reduce((e, m) => (m.end <= start && m.end > e ? m.end : e), clause.start);
    const gap = text.slice(Math.max(previousEnd, markerEnd), start);
    const after = text.slice(end, end + 12);
    const relates = markers.some((m) => m.start >= end);
    // "Like T004 it waits for T003": a pronoun after the compared list is the subject.
    const subject =
      !PRONOUN_NEXT.test(text.slice(end)) &&
      markers.some((m) => m.start >= end && !/[,;.]/.test(text.slice(end, m.start)));
    // "See T002, which lands before T003": what the relative clause relates is the list pointed at.
    if (relates && OPENS_RELATIVE.test(text.slice(end))) out.push(...group);
    else if (points(pointers, gap, after) || (RELATIVE_ASIDE.test(gap) && !relates))
      out.push(...(subject ? afterFirstComma(text, group) : []));
    else if (!points(similarities, gap, after) || subject) out.push(...group);
    previousEnd = end;
  }
  return out;
}

const PRONOUN_NEXT = /^\s*,?\s*(?:it|they|this\s+one|these|those)(?![\p{L}])/iu;

// A run of task IDs in a task's own text: "T004", "T004 and T005", "2.3, 2.4".
const ID_RUN =
  /(?<![\w.])(?:T\d+[a-z]?|\d+(?:\.\d+)+)(?:(?:\s*[,/&+]\s*|\s+(?:and|or|e|y|et|und|a|i|и|та|và)\s+)(?:T\d+[a-z]?|\d+(?:\.\d+)+))*(?![\w])/giu;

// "wie in 1.3 festgelegt" (as laid down in 1.3): what 1.3 defines is followed, not compared with.
const DEFINED_THERE = /^\s+(?:festgelegt|definiert|beschrieben|vereinbart|spezifiziert)(?![a-z])/;

/**
 * A task's own (folded) text with every run of task IDs it only points at or compares with blanked out
 * ("xem T031 để biết ...", "stejně jako štítek v T018", "T004を参照"), lengths kept: a mention there is
 * no need.
 */
export function withoutPointedIds(text: string): string {
  const { pointers, similarities } = pointerLists();
  let out = text;
  let previousEnd = 0;
  for (const run of text.matchAll(ID_RUN)) {
    const end = run.index + run[0].length;
    const gap = text.slice(previousEnd, run.index);
    const after = text.slice(end, end + 16);
    const compared = points(similarities, gap, after) && !DEFINED_THERE.test(after);
    if (points(pointers, gap, after) || compared)
      out = out.slice(0, run.index) + " ".repeat(run[0].length) + out.slice(end);
    previousEnd = end;
  }
  return out;
}

/** The word lists that point at a task and that compare with one, compiled once. */
function pointerLists(): { pointers: PointerWords; similarities: PointerWords } {
  pointers ??= wordsOf(POINTER_WORDS, [], POINTER_POSTPOSITIONS);
  similarities ??= wordsOf(SIMILARITY_WORDS, SIMILARITY_OPENINGS, SIMILARITY_POSTPOSITIONS);
  return { pointers, similarities };
}

function wordsOf(
  before: readonly string[],
  openings: readonly string[],
  after: readonly string[],
): PointerWords {
  return { before: patternList(before), openings: patternList(openings), after: patternList(after) };
}

/** True when a word governs the list: before it with only fillers between, or right after it. */
function points(words: PointerWords, gap: string, after: string): boolean {
  const governs = (list: WordList<string>, placed: (before: string) => boolean): boolean =>
    list.findAll(gap).some((m) => BRIDGE.test(gap.slice(m.end)) && placed(gap.slice(0, m.start)));
  return (
    governs(words.before, () => true) ||
    governs(words.openings, (before) => AFTER_PAUSE.test(before)) ||
    words.after.findAll(after).some((m) => /^[\s"'`」）)]*$/u.test(after.slice(0, m.start)))
  );
}

/** The references of a list after the first comma between two of them (none when no comma parts them). */
function afterFirstComma(text: string, group: readonly FoundReference[]): FoundReference[] {
  const at = group.findIndex((r, i) => i > 0 && /[,，]/.test(text.slice(group[i - 1]?.end, r.start)));
  return at < 0 ? [] : group.slice(at);
}
