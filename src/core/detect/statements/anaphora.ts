import { findMarkers } from "./find-markers.js";
import { referenceGroups } from "./reference-groups.js";
import { openingWordOfTime } from "./time-openings.js";
import type { FoundReference } from "./statement-types.js";

// Words standing for the tasks a sentence before named together: "T011 needs both", "T012 follows
// them", "les deux", "ambos", "beide", "оба", "两者". "Both files" or "them all in src/" name other things:
// the word must end its phrase (punctuation, the end, or "of them"). "Either" is the subject of its verb
// ("T003 and T004 read its client, so T002 goes before either starts").
const ANAPHOR =
  /(?<![\p{L}\p{N}])(?:(?:both(?:\s+of\s+them)?|them|the\s+two|these\s+two|all\s+of\s+them|les\s+deux|ambos|ambas|los\s+dos|as\s+duas|os\s+dois|beide|оба|обе|两者|二者|这两个)(?=\s*(?:[.,;:!?)]|$))|either(?:\s+of\s+them)?(?=\s+(?:starts?|begins?|is|gets|lands|runs|can|may)(?![\p{L}])))/iu;

// "These three migrations are merged", "te trzy migracje są scalone": a number before the subject's verb
// says how many tasks the words stand for (a list of three, a range of three); a noun may follow it.
const COUNTS: Readonly<Record<string, number>> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  dwa: 2,
  dwie: 2,
  trzy: 3,
  cztery: 4,
  piec: 5,
};
const COUNTED = new RegExp(
  String.raw`(?<![\p{L}])(?:these|those|the|te|ci|tych)\s+(${Object.keys(COUNTS).join("|")})(?:\s+\p{L}+)?(?=\s+(?:are|were|have|sa|beda|zostana|zostaly)(?![\p{L}]))`,
  "iu",
);

// Where a clause may end before the word: a comma, or a conjunction ("builds either 5.1 or 5.2 and
// therefore needs both").
const CLAUSE_BOUNDARY = /,|(?<![\p{L}])(?:and|so|but|therefore|thus|hence)(?![\p{L}])/gu;

/**
 * Resolves a word such as "both" or "them" to the tasks named together before it (the last list of two
 * or more task IDs), as a reference at the word's place: in an earlier clause of its own sentence ("T002
 * and T003 read the schema, so it goes before both", "builds either 5.1 or 5.2 and therefore needs
 * both"), else in the sentence before ("T011 needs both"). Only task IDs count: "them" after a sentence
 * about files or stories stays unread.
 */
export function resolveAnaphora(
  folded: string,
  local: readonly FoundReference[],
  previous: { folded: string; refs: readonly FoundReference[] } | null,
): FoundReference[] {
  const word = ANAPHOR.exec(folded) ?? COUNTED.exec(folded);
  if (word === null || local.some((r) => r.start < word.index + word[0].length && word.index < r.end))
    return [...local];
  const count = word[1] === undefined ? null : (COUNTS[word[1]] ?? null);
  const boundary = Math.max(
    -1,
    ...[...folded.slice(0, word.index).matchAll(CLAUSE_BOUNDARY)].map((m) => m.index),
  );
  const earlier = local.filter((r) => r.end <= boundary);
  const source = earlier.length > 0 ? { folded, refs: earlier } : previous;
  if (source === null) return [...local];
  const lists = referenceGroups(source.folded, source.refs)
    .filter((g) => g.every((r) => r.target.level === "task"))
    .map((g) => g.flatMap((r) => (r.target.level === "task" ? r.target.ids : [])));
  const ids = lists.filter((l) => (count === null ? l.length >= 2 : l.length === count)).at(-1);
  if (ids === undefined) return [...local];
  const reference: FoundReference = {
    start: word.index,
    end: word.index + word[0].length,
    target: { level: "task", ids, written: word[0] },
  };
  return [...local, reference].sort((a, b) => a.start - b.start);
}

// "it" ending its phrase ("T013 follows it.", "... before it too."): never the subject of its own clause
// (that would be "itself"), so it stands for a task an earlier clause of the sentence named. Chinese
// "它" and Japanese "それ" count only as the object of a word of waiting or order ("不必等它完成", "在它之后",
// "それを待つ"): as a subject ("它依赖 T031") they are the task the words are about.
// "that one" and "the latter" ending their phrase stand for a task the same way ("... as 2.1, so it comes
// after that one"), as do the Greek "εκείνη", "αυτό" ("..., οπότε γράφεται μετά από εκείνη").
const IT =
  /(?<![\p{L}\p{N}'’])(?:it|that\s+one|the\s+latter|εκε[ίι]ν(?:η|ο|ον|ην|ης|ου)|αυτ(?:[όο]ν?|[ήη]ν?))(?=(?:\s+(?:too|also|as\s+well|again|first))?\s*(?:[.;:!?)·]|$))|(?<=(?:等待?|依赖于?|依靠|晚于|早于|在))它(?!们)|それ(?=\s*(?:を待|に依存|の(?:完了|後|あと)))/iu;

const DEMONSTRATIVE = /^(?:that\s+one|the\s+latter|εκε[ίι]ν)/iu;
const GREEK_PRONOUN = /^αυτ/u;

const ORDER_WORD_BEFORE =
  /(?<![\p{L}])(?:wait(?:s|ed|ing)?\s+for|after|before|behind|until|till|on|μετ[άα](?:\s+(?:από|απο|το|τη|την|τον))?|πριν(?:\s+(?:από|απο))?)\s+$/iu;

const RELATIVE_OPENING = /^\s*(?:which|that|who)\s/iu;

// Where a clause ends before the pronoun: a comma, half or full width.
// Not the comma of the Greek "ό,τι" (whatever).
const COMMA = /[，、]|(?<!(?:^|[^\p{L}])[όο]),|(?<=(?:^|[^\p{L}])[όο]),(?!τι)/gu;

function lastComma(folded: string, before: number): number {
  return Math.max(-1, ...[...folded.slice(0, before).matchAll(COMMA)].map((m) => m.index));
}

/**
 * Resolves "it" to the subject of the nearest clause ahead of it that names a task, its first task
 * ("Unless T012 is skipped, T013 follows it": T012; "T014 is blocked by T011 only, but T013 goes before it
 * too": T014, the subject, not the T011 its clause names last). Without a single task there, or with no
 * comma ahead, it stays unread. `ownText`: the words are a task's own.
 */
export function resolveIt(
  folded: string,
  local: readonly FoundReference[],
  ownText = false,
): FoundReference[] {
  const word = IT.exec(folded);
  if (word === null) return [...local];
  // In a task's own text "it" is mostly what the task makes ("nothing imports it"): only as the object of
  // a word of waiting or order does it stand for a task named before.
  const spelled = !/^(?:它|それ)$/u.test(word[0]);
  if (ownText && spelled && !ORDER_WORD_BEFORE.test(folded.slice(0, word.index))) return [...local];
  const comma = lastComma(folded, word.index);
  const earlier = local.filter((r) => r.end <= comma);
  const last = earlier[earlier.length - 1];
  if (comma < 0 || last === undefined) return [...local];
  const clauseStart = lastComma(folded, last.start) + 1;
  // "..., except T005, which reads the T003 bench and so goes after it": a relative pronoun makes the task
  // before the comma the subject of the clause "it" stands in, so "it" is what that clause named since.
  const relative = RELATIVE_OPENING.test(folded.slice(comma + 1, word.index));
  // "that one", "the latter", "εκείνη" point at the task last named. Greek drops a subject pronoun, so
  // "αυτήν" in a clause with no subject of its own ("Η T042 ... όπως και η T023, άρα μπαίνει μετά από
  // αυτήν") is never the subject that clause goes on with, but the other task named.
  const opening = earlier.find((r) => r.start >= clauseStart);
  const ownSubject = local.some((r) => r.start > comma && r.end <= word.index);
  const subject = relative
    ? local.filter((r) => r.start > comma && r.end <= word.index).at(-1)
    : DEMONSTRATIVE.test(word[0])
      ? last
      : GREEK_PRONOUN.test(word[0]) && !ownSubject
        ? earlier.length > 1
          ? last
          : undefined
        : opening;
  if (subject?.target.level !== "task" || subject.target.ids.length !== 1) return [...local];
  const reference: FoundReference = {
    start: word.index,
    end: word.index + word[0].length,
    target: { ...subject.target, written: word[0] },
  };
  return [...local, reference].sort((a, b) => a.start - b.start);
}

// Words standing for a list a colon brings after them: "After T001, these can start together: T002, T003",
// "the following tasks can run in parallel: ...", "estas podem começar: ...", "las siguientes tareas ...",
// "les tâches suivantes ...", "folgende Aufgaben ...", "以下任务可以同时开始：...", "这些可以同时开始：...".
const CATAPHOR =
  /(?<![\p{L}])(?:these(?:\s+tasks)?|the\s+following(?:\s+tasks)?|(?:estas|estes|estos)(?:\s+(?:tarefas|tareas))?|(?:as|os|las|los|le)\s+seguent[ei]|(?:as|os)\s+seguintes(?:\s+tarefas)?|(?:las|los)\s+siguientes(?:\s+tareas)?|(?:les\s+taches\s+)?suivantes|(?:les|ces)\s+taches|queste|folgende(?:\s+aufgaben)?)(?![\p{L}])|以下(?:的)?(?:任务|任務)?|这些(?:任务)?|這些(?:任務)?/iu;

/**
 * Resolves a word such as "these" or "the following" before a colon to the task IDs the colon brings, as a
 * reference at the word's place: the list after the colon is its subject. Without a colon after it, or with
 * anything but task IDs after the colon, it stays unread.
 */
export function resolveCataphora(folded: string, local: readonly FoundReference[]): FoundReference[] {
  const word = CATAPHOR.exec(folded);
  if (word === null) return resolveDroppedSubject(folded, local);
  if (local.some((r) => r.start < word.index + word[0].length && word.index < r.end)) return [...local];
  const colon = /[:：]/.exec(folded.slice(word.index));
  const ids = colon === null ? null : idsAfter(folded, local, word.index + colon.index);
  if (ids === null) return [...local];
  const reference: FoundReference = {
    start: word.index,
    end: word.index + word[0].length,
    target: { level: "task", ids, written: word[0] },
  };
  return [...local, reference].sort((a, b) => a.start - b.start);
}

/**
 * The task IDs after a colon, when only task IDs are named there; an aside may name what they belong to
 * ("T015, T016 (US1), T023 (US2)").
 */
function idsAfter(folded: string, local: readonly FoundReference[], colon: number): string[] | null {
  const after = local.filter((r) => r.start > colon && !inAside(folded, colon, r.start));
  if (after.length === 0 || after.some((r) => r.target.level !== "task")) return null;
  return after.flatMap((r) => (r.target.level === "task" ? r.target.ids : []));
}

/** True when a place after `from` lies inside parentheses opened after `from`. */
function inAside(folded: string, from: number, at: number): boolean {
  let depth = 0;
  for (const c of folded.slice(from, at))
    depth += c === "(" || c === "（" ? 1 : c === ")" || c === "）" ? -1 : 0;
  return depth > 0;
}

/**
 * "Depois de T003, podem começar ao mesmo tempo: T004 e T005": a language that drops its pronouns leaves
 * the clause after an opening word of time with a verb and no subject before the colon. The list the colon
 * brings is that subject, as after "these": a reference with no words of its own, right after the comma.
 * Only a clause with a word of its own (of parallel work, say) needs it; one that names anything before its
 * colon, or an opening that is no word of time, stays as it is.
 */
function resolveDroppedSubject(folded: string, local: readonly FoundReference[]): FoundReference[] {
  const colon = /[:：]/.exec(folded)?.index ?? -1;
  const comma = colon < 0 ? -1 : lastComma(folded, colon);
  if (comma < 0 || !local.some((r) => r.end <= comma)) return [...local];
  // Without a word of its own there ("After T003, two more: T004 and T005") the list is read as the subject.
  if (
    local.some((r) => r.start > comma && r.start < colon) ||
    findMarkers(folded.slice(comma, colon)).length === 0
  )
    return [...local];
  const ids = idsAfter(folded, local, colon);
  if (ids === null || openingWordOfTime(folded, 0, findMarkers(folded.slice(0, comma))) === null)
    return [...local];
  const reference: FoundReference = {
    start: comma + 1,
    end: comma + 1,
    target: { level: "task", ids, written: folded.slice(colon + 1).trim() },
  };
  return [...local, reference].sort((a, b) => a.start - b.start);
}
