import { PREREQUISITE_LABEL } from "./words/column-words.js";
import { findMarkers, type Marker } from "./find-markers.js";
import { referenceGroups } from "./reference-groups.js";
import { patternList, type WordList } from "./word-matcher.js";
import { FILLER_WORDS } from "./words/filler-words.js";
import { BOTH_OR_NOTHING } from "./words/quantifier-words.js";
import type { FoundReference } from "./statement-types.js";

let fillers: WordList<string> | null = null;

/**
 * True when a cut is the comma that closes a sentence's opening word of time and its object: the first
 * comma after a reference ("After T002, T003 and T004 can run in parallel", "Feito o T044, os componentes
 * T045 e T046 ..."), or, for a singular participle, the comma after its one object ("Una vez terminada
 * T001, T002, T003 y T004 ..."). That comma separates no list items. A word of need opening a sentence
 * ("Depends on T002, T003 and T004") takes the whole list.
 */
export function endsOpeningObject(
  text: string,
  from: number,
  at: number,
  markers: readonly Marker[],
  refs: ReadonlyArray<{ start: number; end: number }>,
): boolean {
  const first = openingWordOfTime(text, from, markers);
  if (first === null || first.end > at || !/^[,，]/.test(text.slice(at))) return false;
  if (listGoesOnToState(text, at, refs)) return false;
  const inside = refs.filter((r) => r.start >= first.end && r.end <= at);
  if (first.word.oneObject === true) return inside.length === 1;
  const earlier = [...text.slice(first.end, at).matchAll(/[,，]/g)].some((c) =>
    afterReference(text, first.end + c.index, inside),
  );
  return inside.length > 0 && !earlier;
}

// A focus word before an opening word of time ("Only after T002 ...", Swedish "Först när 2.1 är klar kan
// ...", German "Erst nachdem", Dutch "Pas als", Polish "Dopiero gdy"), or one of nearness in time ("Right
// after", "Immediately after", "Direkt nach", "Gleich nach", "Juste après", "Justo después de", "Logo
// após", "Subito dopo", "Meteen na"), folded.
const FOCUS_BEFORE =
  /^\s*(?:(?:only|just|forst|først|erst|pas|dopiero|teprve|vasta|right|directly|immediately|straight|shortly|soon|direkt|gleich|unmittelbar|sofort|kurz|juste|imm?ediatement|justo|inmediatamente|logo|imediatamente|subito|direttamente|immediatamente|meteen|direct|zaraz|hned|heti)\s+)?$/i;

// A finished state said of a list of tasks ("are merged", "är klara", "fertig sind", "zijn klaar", "są
// gotowe"; "green": its checks pass), folded.
const FINISHED_STATE =
  /^\s+(?:(?:is|are|has\s+been|have\s+been|er|ar|sind|ist|zijn|sont|est|son|estan|sao|estao|jest|sa|beda)\s+(?:(?:all|both|alle|beide|fully|juz)\s+)?(?:done|merged|complete|completed|finished|ready|landed|closed|in|green|gr[üu]n|groen|grona|gr[øo]nne?|klara?|f[æe]rdige?|ferdige?|fertig|klaar|gemerged|mergade?|merget|terminee?s?|fusionnee?s?|list[oa]s?|terminad[oa]s?|concluid[oa]s?|pront[oa]s?|(?:gotow|zielon|scalon|zrobion|zmergowan|zakonczon)[aeyi]?)|(?:fertig|abgeschlossen|erledigt|gemergt|klaar|af)\s+(?:sind|ist|zijn|is))(?![a-z])/;

/**
 * True when the comma after an opening word's first object is one of a list that goes on to the state
 * the word waits for ("Once T001, T002 and T003 are merged, T004 ...", "När 4.6, 7.6 och 10.2 är klara
 * kan ..."): the opening ends after that state, not at this comma.
 */
function listGoesOnToState(
  text: string,
  at: number,
  refs: ReadonlyArray<{ start: number; end: number }>,
): boolean {
  let end = -1;
  for (const r of refs.filter((x) => x.start > at).sort((a, b) => a.start - b.start)) {
    const gap = text.slice(end < 0 ? at : end, r.start);
    if (!/^[\s,，]*(?:(?:and|und|och|og|en|et|y|e|i|a|or|oder|eller)\s+)?$/i.test(gap)) break;
    end = r.end;
  }
  return end >= 0 && FINISHED_STATE.test(text.slice(end));
}

/**
 * The word a sentence (from `from`) opens with when it is a word of time whose object follows it ("After
 * T002, ...", "Once T002 is done, ...", "Feito o T044, ..."), else null.
 */
export function openingWordOfTime(
  text: string,
  from: number,
  markers: readonly Marker[],
): Extract<Marker, { type: "relation" }> | null {
  const first = markers[0];
  if (first?.type !== "relation" || first.word.object !== "follows") return null;
  if (first.word.temporal !== true && first.word.oneObject !== true) return null;
  // "Only after T002 is merged, T004 ...": a focus word before it still opens the sentence with it.
  return FOCUS_BEFORE.test(text.slice(from, first.start)) ? first : null;
}

/**
 * "After T012, T013 can start": the clause (from `start`) opens with its relation word, then its object, a
 * comma or colon, then the subject. A relation word in the middle of a clause opens nothing; before a word
 * of time there may stand one of focus or nearness ("Right after T002: T003, T004", "Direkt nach Phase 2:
 * ..."). A pronoun right after the comma is the subject ("Only after group 2 is merged: it calls the
 * handlers of 2.4": the task the words are about, not 2.4).
 */
export function opensOnObject(
  text: string,
  start: number,
  marker: Marker | undefined,
  groups: ReadonlyArray<ReadonlyArray<{ start: number; end: number }>>,
): boolean {
  const first = groups[0];
  const second = groups[1]?.[0];
  if (!first || !second || !marker) return false;
  const words = text.slice(start, marker.start).replace(/^[^:]*:/, "");
  const temporal =
    marker.type === "relation" && (marker.word.temporal === true || marker.word.oneObject === true);
  if (/\p{L}{2,}/u.test(words) && !(temporal && FOCUS_BEFORE.test(words))) return false;
  const between = text.slice(first[first.length - 1]?.end ?? 0, second.start);
  const cut = /[,，、:]/.exec(between);
  if (cut === null) return false;
  const next = between.slice(cut.index + 1);
  return !PRONOUN_SUBJECT.test(next) && !ADDED_OBJECT.test(next);
}

// "Waits until groups 6 and 7 are complete, plus 11.6": a word adding to the object after the comma goes
// on with the object; no subject follows.
const ADDED_OBJECT =
  /^\s*(?:plus|as\s+well\s+as|and\s+also|along\s+with|sowie|ainsi\s+que|ademas\s+de|bem\s+como|precum\s+[șş]i|cat\s+[șş]i)\s/iu;

// A personal or demonstrative pronoun opening a clause, folded: the clause's subject.
const PRONOUN_SUBJECT =
  /^\s*(?:it|they|he|she|we|this|es|er|sie|il|elle|ils|elles|ele|ela|eles|elas|esso|essa|ella|ellos|ellas)\s/;

/**
 * True when the comma closing an opening word of time is its first comma and a list of references follows
 * it straight away, then a verb of its own ("After T001, T004 and T005 can start", "... pot începe"): that
 * list is the subject, whether or not a relation word comes after it. Not "→ after T016, T017 (...)" nor
 * "После 4.1, 4.3 и 7.2" (a list of objects, nothing after it).
 */
export function subjectFollows(
  text: string,
  from: number,
  cut: { start: number; end: number },
  refs: ReadonlyArray<{ start: number; end: number }>,
): boolean {
  const opening = text.slice(from, cut.start);
  if (/[,，]/.test(opening)) return false;
  const list = referenceGroups(
    text,
    refs.filter((r) => r.start >= cut.end),
  )[0];
  const first = list?.[0];
  const last = list?.[list.length - 1];
  if (first === undefined || last === undefined || !BOTH_OR_NOTHING.test(text.slice(cut.end, first.start)))
    return false;
  fillers ??= patternList(FILLER_WORDS);
  const after = text.slice(last.end);
  const space = /^\s+/.exec(after)?.[0].length ?? 0;
  return space > 0 && fillers.findAll(after).some((w) => w.start === space);
}

/** True when the text before a cut ends with a reference (a comma there may separate list items). */
export function afterReference(
  text: string,
  at: number,
  refs: ReadonlyArray<{ start: number; end: number }>,
): boolean {
  if (refs.length === 0) return true;
  return refs.some((r) => r.end <= at && /^[\s)）\]'’`"]*$/.test(text.slice(r.end, at)));
}

// "It needs US1, so: don't start US2 before US1 is green": a colon after a word of consequence that opens
// a clause only stresses it; it closes no label whose words would be the clause's subject.
const CONSEQUENCE_COLON =
  /(?<=[,;]\s*(?:so|therefore|hence|thus|then|daher|donc|por\s+eso|portanto|quindi))\s*[:：]/giu;

/** The text with a colon after a word of consequence read as a space ("..., so: don't ..."). */
export function consequenceColonAsSpace(folded: string): string {
  return folded.replace(CONSEQUENCE_COLON, (m) => " ".repeat(m.length));
}

/**
 * "After T001: T002, T003 and T004 can run in parallel": the colon closing a sentence's opening word of
 * time and its object stands for the comma ("After T001, T002, ..."), so the list after it is the subject;
 * with a comma, a stop or another word before it, or no word after the list, it stays a colon.
 */
export function timeColonAsComma(folded: string): string {
  const colon = /^[^:：,，;.]{1,80}[:：]/u.exec(folded);
  if (colon === null) return folded;
  const at = colon[0].length - 1;
  // The words before the colon first: most colons close a label, and the rest of the sentence is read
  // for markers only when a word of time opens it.
  const before = findMarkers(folded.slice(0, at));
  if (before.length > 1 || openingWordOfTime(folded, 0, before) === null) return folded;
  // "After T001: T002" is a label and its item: only a list with a word of its own after it is a subject.
  if (findMarkers(folded.slice(at + 1)).length === 0) return folded;
  return `${folded.slice(0, at)},${folded.slice(at + 1)}`;
}

/**
 * "After T003 these can start side by side: ...", "Once T003 is merged T004 and T005 can start": an opening
 * word of time whose object (and the state it waits for) is followed, with no comma, by a reference takes
 * the comma the author left out, at the space before that reference. A list of bare IDs with spaces alone
 * between them ("After T001 T002 T003, T004 ...") is the object; a word of "both" may stand before the
 * subject ("After T002 both T004 and T005 can start"). A sentence with a comma of its own
 * before its next word of relation keeps its commas.
 */
export function openingSpaceAsComma(folded: string, refs: readonly FoundReference[]): string {
  const markers = findMarkers(folded);
  const first = openingWordOfTime(folded, 0, markers);
  if (first === null) return folded;
  const after = refs.filter((r) => r.start >= first.end);
  const head = after[0];
  if (head === undefined || /\S/.test(folded.slice(first.end, head.start))) return folded;
  let end = head.end;
  let next = 1;
  while (next < after.length && OBJECT_GAP.test(folded.slice(end, after[next]?.start)))
    end = after[next++]?.end ?? end;
  end += FINISHED_STATE.exec(folded.slice(end))?.[0].length ?? 0;
  const subject = after[next];
  const gap = subject === undefined ? "" : folded.slice(end, subject.start);
  if (!gap.startsWith(" ") || !BOTH_OR_NOTHING.test(gap.slice(1))) return folded;
  const nextMarker = markers.find((m) => m.start > end)?.start ?? folded.length;
  if (/[,，:：]/.test(folded.slice(end, nextMarker))) return folded;
  return `${folded.slice(0, end)},${folded.slice(end + 1)}`;
}

// Separators joining list items ("T001, T002 and T003"); a space alone does not.
const SEPARATORS = String.raw`[,、/&+]|and|or|und|oder|et|ou|y|o|e|i|og|en`;
// ... in an opening word's object, several in a row ("T001, T002, and T003").
const OBJECT_GAP = new RegExp(String.raw`^(?:\s*(?:${SEPARATORS}|och))+\s*$`, "iu");

/**
 * The references before a parallel word without the object of the word of time right before them: in
 * "After Phase 2 the two stories are independent of each other", Phase 2 is what the stories wait for, not
 * one of the things side by side. With a single list there, it stays.
 */
export function withoutTimeObject(
  text: string,
  previous: Marker | undefined,
  marker: Marker,
  refs: FoundReference[],
): FoundReference[] {
  if (marker.type !== "parallel" || previous?.type !== "relation") return refs;
  if (previous.word.temporal !== true || previous.word.object !== "follows") return refs;
  // The object: the first reference and those a list separator joins to it (a space joins task IDs only:
  // "After T001 T002 ...", not "After Phase 2 the two stories").
  const joined = (a: FoundReference | undefined, b: FoundReference | undefined): boolean => {
    const gap = text.slice(a?.end ?? 0, b?.start ?? 0);
    return (
      LIST_GAP.test(gap) || (/^\s*$/.test(gap) && a?.target.level === "task" && b?.target.level === "task")
    );
  };
  let end = 1;
  while (end < refs.length && joined(refs[end - 1], refs[end])) end++;
  return end < refs.length ? refs.slice(end) : refs;
}

const LIST_GAP = new RegExp(String.raw`^\s*(?:${SEPARATORS}|和|及)\s*$`, "iu");

// A prerequisite label opening the sentence, then conditions joined by a comma and "and".
const LABEL_OPENING = new RegExp(String.raw`^\s*(?:${PREREQUISITE_LABEL})`, "iu");
const JOINED_CONDITION = /[,，](?=\s*(?:and|und|et|y|e|i|en|og|och|oraz)\s)/giu;

/**
 * "Prerequisite: T002 is green, and the dashboard from T003 is deployed", "Voraussetzung: 8.1 und 5.7
 * sind grün, und das Dashboard aus 8.3 ist eingespielt": every condition after the label is one more thing
 * needed. The comma before "and" is read as a space (one for one), so the second condition stays the
 * label's object and does not become a clause whose task the first waits for.
 */
export function labelledConditions(folded: string): string {
  if (!LABEL_OPENING.test(folded)) return folded;
  return folded.replace(JOINED_CONDITION, " ");
}
