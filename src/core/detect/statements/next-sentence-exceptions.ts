import type { SentenceReading } from "./read-sentence.js";
import { withoutExcepted } from "./clause-exceptions.js";
import { findMarkers } from "./find-markers.js";
import { referenceGroups } from "./reference-groups.js";
import type { FoundReference, Target } from "./statement-types.js";

// A sentence that names the exceptions to the one before it: "The only exceptions are 2.1 and its test 2.7,
// which touch no database code", "The one exception: T020", "T020 is the only exception". The tasks stand
// right after the words or open the sentence; "a sub-task of group 6 that says otherwise is the exception"
// names none.
// Also in other languages, on folded text (accents dropped): "L'unica eccezione è 5.4", "Fa eccezione 5.4"
// (Italian: 5.4 is the exception), "La única excepción es T020", "Ausnahme: 5.4", "Exception : T020".
// Hungarian "Ez alól viszont kivétel T036, T040 és T043" (an exception to this, though: ...), with no copula;
// Romanian "Excepția e 4.3"; Malay and Indonesian "Pengecualiannya ialah T049", "Satu-satunya pengecualian
// adalah T049"; Slovak and Czech "Výnimka: 10.1", "Výjimkou je T020", Polish "Wyjątek: 5.4", Lithuanian
// "Išimtys — T036 ir T040" (a dash for the copula).
const EXCEPTION_WORD = String.raw`(?:exceptions?|eccezion[ei]|excepcion(?:es)?|excec(?:ao|oes)|ausnahmen?|uitzondering(?:en)?|excep[tț]i[ae]|kivetel(?:ek)?|pengecualian(?:nya)?|vynimk(?:a|ou|y)|vyjimk(?:a|ou|y)|wyjat(?:ek|kiem|ki)|isimt(?:is|ys|imi|ims))`;
// "This does not apply to 3.5", "That doesn't hold for T020", Slovak "Neplatí to pre 3.5", Czech "To neplatí
// pro 3.5", "Das gilt nicht für 5.4", "Esto no se aplica a T020", "Cela ne s'applique pas à T020": the rule
// before leaves out the tasks named right after the words.
const NOT_APPLYING = String.raw`(?:(?:but|however)\s*,?\s*)?(?:(?:this|that|it|the\s+rule)\s+(?:does\s+not|doesn['’]t)\s+(?:apply|hold)\s+(?:to|for)|(?:neplati\s+to|to\s+neplati)\s+(?:pre|pro|na)|(?:das|dies)\s+gilt\s+nicht\s+(?:fur|bei)|(?:esto|eso)\s+no\s+(?:se\s+)?aplica\s+a|(?:isso|isto)\s+nao\s+se\s+aplica\s+a|cela\s+ne\s+s['’]applique\s+pas\s+a|(?:questo|cio)\s+non\s+(?:vale|si\s+applica)\s+(?:per|a)|dit\s+geldt\s+niet\s+voor)`;
const EXCEPTION_NAMED = new RegExp(String.raw`${EXCEPTION_WORD}|^\s*${NOT_APPLYING}\s`, "i");
const EXCEPTIONS_FIRST = new RegExp(
  String.raw`^\s*(?:(?:the|its|their|l['’]|la|le|el|a|die|de)\s*)?(?:(?:only|one|single|sole|unica|einzige|seule?|enige|satu-satunya|satu)\s+)?${EXCEPTION_WORD}\s*(?::|\s[—–]|\b(?:is|are|e|este|sono|es|son|ist|sind|est|sont|ialah|adalah|je|jest|yra)\b)\s*|^\s*(?:fa|fanno)\s+eccezione\s*:?\s*|^\s*(?:ez\s+alol\s+)?(?:(?:viszont|azonban|pedig)\s+)?kivetel(?:ek)?\s*:?\s*(?=\S)`,
  "i",
);
const NOT_APPLYING_FIRST = new RegExp(
  String.raw`^\s*${NOT_APPLYING}\s+(?:(?:the\s+)?(?:sub-?)?(?:tasks?|steps?|items?)\s+)?`,
  "i",
);
// What may stand before the tasks that open such a sentence: "Subtasks 7.2 and 7.3 are the exception".
const OPENING_WORDS = /^\s*(?:(?:(?:sub-?)?tasks?|steps?|items?)\s+)?$/i;
const EXCEPTIONS_AFTER =
  /^\s*(?:is|are)\s+(?:the|its|their)\s+(?:(?:only|one|single|sole)\s+)?exceptions?\b/i;

/**
 * The tasks a sentence names as exceptions to the sentence before it, or none. Only task IDs count: "The
 * only exception is Phase 6" names no task the rule before could drop.
 */
export function exceptionsNamed(folded: string, refs: readonly FoundReference[]): Set<string> {
  const dangling = exceptionOpening(folded, refs);
  if (dangling.size > 0) return dangling;
  // Most sentences name no exception: the words are looked for before any reference is grouped.
  if (!EXCEPTION_NAMED.test(folded)) return new Set();
  const groups = referenceGroups(folded, refs);
  const first = groups[0] ?? [];
  const opening = EXCEPTIONS_FIRST.exec(folded) ?? NOT_APPLYING_FIRST.exec(folded);
  // "The only exceptions are 2.1 and its test 2.7, which ...": every task named before the clause ends.
  // A comma before another ID goes on with the list ("kivétel T036, T040 és T043: ..."); a relation word
  // ends it ("Exception: 3.2 uses nothing from group 2": group 2 is what 3.2 does without, no exception).
  const from = Math.max(opening?.[0].length ?? 0, first[0]?.start ?? 0);
  const stop = opening === null ? -1 : Math.min(clauseEnd(folded, from), wordAfter(folded, from));
  const named =
    opening !== null && first[0] !== undefined && opensList(folded, opening[0].length, first[0].start)
      ? refs.filter((r) => r.end <= stop)
      : first[0] !== undefined &&
          OPENING_WORDS.test(folded.slice(0, first[0].start)) &&
          EXCEPTIONS_AFTER.test(folded.slice(first[first.length - 1]?.end ?? 0))
        ? first
        : [];
  return new Set(named.flatMap((r) => (r.target.level === "task" ? r.target.ids : [])));
}

// "T036 (tests) and T040 (the selector)": an aside naming no task goes on with the list.
function clauseEnd(folded: string, from: number): number {
  const text = folded.slice(from).replace(/\([^()\d]*\)/g, (aside) => " ".repeat(aside.length));
  return text.search(/[;:(]|,(?!\s*[A-Z]*-?\d)|$/) + from;
}

function wordAfter(folded: string, from: number): number {
  return findMarkers(folded).find((m) => m.start >= from)?.start ?? folded.length;
}

// "The one exception is the compose file, NTF-103": what the task is, set before it by a comma.
const APPOSITIVE = /^(?:the|a|an|its|our|their)\s+[^,;:.()]{1,40},\s*$/i;

/** True when the tasks at `first` are what the exception words at `from` name, right away or after an apposition. */
function opensList(folded: string, from: number, first: number): boolean {
  return first === from || APPOSITIVE.test(folded.slice(from, first));
}

/**
 * A sentence's reading without the tasks the next sentence names as its exceptions. A group named by the
 * rule ("the UI tasks (Task 7 and Task 8)") stands for its sub-tasks, so an exception among them ("Subtasks
 * 7.2 and 7.3 are the exception") leaves the others: `leavesOf` gives a task's leaf sub-tasks.
 */
export function withoutNextExceptions(
  read: SentenceReading,
  excepted: ReadonlySet<string>,
  leavesOf: (id: string) => string[],
): SentenceReading {
  if (excepted.size === 0) return read;
  const opened = read.relations.map((r) => ({ ...r, before: open(r.before), after: open(r.after) }));
  return { ...read, relations: withoutExcepted(opened, excepted) };

  function open(targets: readonly Target[]): Target[] {
    return targets.map((t) => {
      if (t.level !== "task") return t;
      const ids = t.ids.flatMap((id) => {
        const leaves = leavesOf(id);
        return leaves.some((leaf) => excepted.has(leaf)) ? leaves : [id];
      });
      return { ...t, ids };
    });
  }
}

// "Apart from T004, nothing in Phase 3 starts before Phase 2", "Except for T010 and T011, Phase 4 waits
// for T003", "Sauf T012, ...": an exception that opens a sentence, set off by a comma, carves its tasks out
// of everything the rest of the sentence relates.
const OPENING_EXCEPTION =
  /^\s*(?:(?:with\s+the\s+)?exceptions?\s+of|except(?:\s+for)?|apart\s+from|aside\s+from|other\s+than|save\s+for|sauf|hormis|a\s+part|excepto|salvo|exceto|tranne|eccetto|a\s+parte|au(?:ß|ss)er|abgesehen\s+von|behalve|mit\s+ausnahme\s+(?:von|der|des)|a\s+l['’]exception\s+d[eu]|con\s+(?:la\s+)?excepcion\s+de|com\s+(?:a\s+)?excecao\s+de|ad\s+eccezione\s+di|met\s+uitzondering\s+van)\s+(?:(?:the\s+)?(?:tasks?|items?)\s+)?$|^\s*(?:除了?|除开|除開)\s*$/iu;

// After the tasks of an opening exception, what speaks of them alone: a colon, a relative pronoun, or the end.
const RELATIVE_AFTER =
  /^\s*[,，]\s*(?:which|who|that|que|qui|das|die|der|welche[rsm]?|che|dat|yang)(?![\p{L}])/iu;
const ABOUT_THE_EXCEPTED = new RegExp(
  String.raw`^(?:\s*(?:[:：]|[.!?]?\s*$)|${RELATIVE_AFTER.source.slice(1)})`,
  "iu",
);

/** What an opening exception carves out of its sentence. */
export interface OpeningException {
  /** The sentence's references without the exception's. */
  refs: readonly FoundReference[];
  excepted: Set<string>;
  /** The sentence with the exception blanked, when the exception states a relation of its own. */
  folded: string;
  /** That relation, to be read as a sentence of its own ("t031's wait on t029"), or null. */
  own: { folded: string; refs: FoundReference[] } | null;
}

/**
 * The tasks an opening exception names. "Apart from T031's wait on T029, none of ...": an exception whose
 * tasks own a relation ("T031's wait on T029") states that relation itself, and carves out its owner.
 */
export function openingException(folded: string, refs: readonly FoundReference[]): OpeningException {
  const none = { refs, excepted: new Set<string>(), folded, own: null };
  // The tasks the exception opens with ("Apart from T004, Phase 3 ...": the comma also joins lists).
  const group = referenceGroups(folded, refs)[0] ?? [];
  const run = group.findIndex((r) => r.target.level !== "task");
  const first = run < 0 ? group : group.slice(0, run);
  const start = first[0]?.start ?? 0;
  const end = first.at(-1)?.end ?? 0;
  if (first.length === 0 || !OPENING_EXCEPTION.test(folded.slice(0, start))) return none;
  // "Except 5.4, which needs only the repository": the relative speaks of the task excepted; the
  // exception is the sentence before's (exceptionOpening).
  if (RELATIVE_AFTER.test(folded.slice(end))) return none;
  const excepted = new Set(first.flatMap((r) => (r.target.level === "task" ? r.target.ids : [])));
  // Chinese closes the exception with "外" before its comma: "除 T052 外，...".
  if (/^\s*(?:之外|以外|外)?\s*[,，]/.test(folded.slice(end)))
    return { ...none, refs: refs.filter((r) => !first.includes(r)), excepted };
  const comma = folded.slice(end).search(/[,，]/) + end;
  if (!/^['’]s\s/.test(folded.slice(end)) || comma < end) return none;
  const inside = refs.filter((r) => r.start >= start && r.end <= comma);
  return {
    refs: refs.filter((r) => !inside.includes(r)),
    excepted,
    folded: " ".repeat(comma + 1) + folded.slice(comma + 1),
    own: {
      folded: folded.slice(start, comma),
      refs: inside.map((r) => ({ ...r, start: r.start - start, end: r.end - start })),
    },
  };
}

/**
 * "Group 5 starts once 4.1–4.4 are in – except 5.4 and 5.5: 5.4 needs only the repository", "... – mit
 * Ausnahme von 5.4: ...": a sentence that opens with an exception and then speaks only of the tasks it
 * names is the exception to the sentence before. One that goes on to a rule of its own ("Except T004, all
 * tasks wait for T001") carves out of itself only (openingException).
 */
function exceptionOpening(folded: string, refs: readonly FoundReference[]): Set<string> {
  const first = referenceGroups(folded, refs)[0] ?? [];
  const start = first[0]?.start ?? 0;
  const end = first.at(-1)?.end ?? 0;
  if (first.length === 0 || first.some((r) => r.target.level !== "task")) return new Set();
  if (!OPENING_EXCEPTION.test(folded.slice(0, start)) || !ABOUT_THE_EXCEPTED.test(folded.slice(end)))
    return new Set();
  return new Set(first.flatMap((r) => (r.target.level === "task" ? r.target.ids : [])));
}
