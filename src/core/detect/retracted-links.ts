import { findAllReferences, findDependencyPhrases } from "../parse/extract-task-references.js";
import type { WrittenReference } from "../parse/extract-task-references.js";
import type { DetectionContext } from "./detection-context.js";
import { findMarkers } from "./statements/find-markers.js";
import { NEGATION_PARTICLES } from "./statements/words/filler-words.js";
import { foldText } from "./statements/fold-text.js";

// A link quoted in a sentence that calls it stale or says to ignore it: "Ignore the `Blocked by: SUP-130`
// on SUP-131", "The sidebar still says "blocked by #1226"; that is stale". Trackers copy links along with
// cloned tickets and keep them after plans change; the authors then take them back in words.
const RETRACTS = new RegExp(
  String.raw`(?<![\p{L}])(?:ignore|disregard|stale|obsolete|outdated|out\s+of\s+date|leftover|left\s+over|no\s+longer\s+(?:applies|holds|valid|true|needed)|(?:is|are|was|were)\s+(?:wrong|a\s+mistake|a\s+typo)|(?<=[—–:]\s*)wrong|incorrect|ignorieren|veraltet|falsch|obsol[eè]te|p[ée]rim[ée]e?|ignorer|ignorar|obsolet[oa]|desactualizad[oa]|desatualizad[oa]|ignorare|superat[oa]|errad[oa]|equivocad[oa]|err[oó]ne[oa]|sbagliat[oa]|erron[ée]e?|fout|onjuist|b[łl][ęe]dn[aey]|fel|feil|err[oò]ni[ae]?|equivocat|desfasat)(?![\p{L}])` +
    // A link said to come from an earlier draft of the list is a leftover ("it is from the first draft",
    // "Ve del primer esborrany", "viene del primer borrador").
    String.raw`|(?<![\p{L}])(?:from|of|del|de)\s+(?:an?\s+|the\s+|un\s+|d['’]un\s+)?(?:earlier|first|old|older|previous|initial|primer|antic|antiguo|anterior)\s+(?:draft|esborrany|borrador)(?![\p{L}])` +
    // Chinese and Japanese, written without spaces: a slip of the pen, wrong, void, outdated.
    String.raw`|笔误|筆誤|有误|有誤|错误|錯誤|是错的|是錯的|写错|寫錯|不对|不對|作废|作廢|已过时|已過時|誤記|誤り|間違い`,
  "iu",
);
// "Do not ignore the ...", "it is not stale": the link stands.
const NEGATED =
  /(?<![\p{L}])(?:do\s*n[o'’]t|never|not|nicht|ne\s+pas|no|não|non)\s+(?:\p{L}+\s+)?(?:ignore|disregard|stale|obsolete|outdated|wrong|ignorieren|veraltet|falsch|ignorer|ignorar|ignorare)/iu;
// A quoted stretch: backticks, straight or curly double quotes, guillemets, corner brackets (not
// apostrophes).
const QUOTED = /[`"“„«「『]([^`"”“„«»「」『』\n]{3,120})[`"”»」』]/gu;
// The link fields a sentence names as nouns: "blocked-by", "depends on", "deps", "needs", "waits for".
const LINK_FIELD = String.raw`blocked[- ]by|depends(?:[- ]on)?|deps|needs|waits[- ]for|requires`;
// "The blocked-by on GEO-139 is stale", "the depends line of T012": a link field named without quotes, as a
// noun, with the task it belongs to after it.
const FIELD_NAMED = new RegExp(
  String.raw`the\s+(${LINK_FIELD})(?:\s+(?:line|field|entry))?(?=\s+(?:on|for|of|in|at)\s)`,
  "giu",
);
// "Correction to R-23: its Blocked-by still lists R-22": a link field named as a noun that lists what it
// links, its owner named before (or the task whose text holds the sentence).
const FIELD_LISTS = new RegExp(
  String.raw`(?:its|their|the)\s+(${LINK_FIELD})(?:\s+(?:line|field|entry|list))?\s+(?:still\s+)?(?:lists|says|names|has|includes|shows|mentions|contains)\s+([^.;]{1,80})`,
  "giu",
);

// "The `7` in Dependencies is stale", "the "T012" in its depends line is wrong": one value of a link field,
// quoted (however short) and placed in the field by name; the field's owner is named after it or is the task
// whose text says it.
const VALUE_IN_FIELD = new RegExp(
  String.raw`(?:(?:the|that|this)\s+)?[\u0060"“]([^\u0060"”\n]{1,40})[\u0060"”]\s+(?:in|on|from)\s+(?:the\s+|its\s+|their\s+)?(dependencies|prerequisites|${LINK_FIELD})(?:\s+(?:line|field|entry|list))?`,
  "giu",
);

// What the table or the tracker is reported to say, up to the clause that judges it: "The table says T033
// depends on T029; that is outdated", "the ticket still claims 4.2 needs 3.1, which is wrong", "the earlier
// line saying T031 waits for T028 is wrong".
const REPORTED =
  /(?<![\p{L}])(?:table|list|row|diagram|graph|chart|plan|ticket|tracker|issue|field|line|note|sentence|bullet|statement)(?:\s+(?:above|below))?\s+(?:still\s+)?(?:says|said|saying|claims|claiming|shows|showing|lists|states|stating|that\s+says)\s+(?:that\s+)?([^;—\n]{3,120}?)(?=\s*(?:;|—|,\s*(?:but|that|which|this|it)(?![\p{L}])|\s(?:is|was)\s+(?:wrong|incorrect|outdated|stale|obsolete|a\s+mistake|a\s+typo)(?![\p{L}])|$))/giu;

// "上面 5.3 写的前置 5.1 是错的" (the prerequisite 5.1 written on 5.3 above is wrong): a link field named in
// Chinese word order, its task first, then the field and what it names, with no quotes.
const ID = String.raw`(?:\d+(?:\.\d+)+|T\d{3,}\w*)`;
const ZH_FIELD_NAMED = new RegExp(
  String.raw`(${ID})\s*(?:写的|寫的|里的|裡的|上的|的)?\s*(?:前置(?:任务|任務|条件|條件)?|依赖|依賴|前提)\s*[:：]?\s*(${ID}(?:\s*[、,，和及]\s*${ID})*)`,
  "gu",
);

/**
 * Each such field as the link it states ("5.3 前置：5.1"), to be read as a reported link is; only where the
 * clause it stands in judges it ("..., 图例颜色是错的" judges something else).
 */
function zhFieldsNamed(sentence: string): string[] {
  return [...sentence.matchAll(ZH_FIELD_NAMED)]
    .filter((m) => retracts(sentence.slice(m.index + m[0].length).split(/[，,;；。]/u)[0] ?? ""))
    .map((m) => `${m[1] ?? ""} 前置：${m[2] ?? ""}`);
}

/**
 * A link a sentence names: its words, where they stand, and how: `named` as a field's noun ("the
 * blocked-by on X"), `said` as a claim that opens with its owner ("The table says T033 depends on T029").
 */
interface NamedLink {
  words: string;
  start: number;
  end: number;
  named: boolean;
  said: boolean;
}

/** The links a sentence quotes, names as a field, or reports, in that order. */
function namedLinks(sentence: string): NamedLink[] {
  const at = (m: RegExpExecArray) => ({ start: m.index, end: m.index + m[0].length });
  return [
    ...[...sentence.matchAll(QUOTED)].map((m) => ({
      words: m[1] ?? "",
      ...at(m),
      named: false,
      said: false,
    })),
    // "blocked-by" names the field the task's text writes "blocked by".
    ...[...sentence.matchAll(FIELD_NAMED)].map((m) => ({
      words: (m[1] ?? "").replace(/-/g, " "),
      ...at(m),
      named: true,
      said: false,
    })),
    ...[...sentence.matchAll(FIELD_LISTS)].map((m) => ({
      words: `${(m[1] ?? "").replace(/-/g, " ")}: ${m[2] ?? ""}`,
      ...at(m),
      named: false,
      said: false,
    })),
    ...[...sentence.matchAll(VALUE_IN_FIELD)].map((m) => ({
      words: `${(m[2] ?? "").replace(/-/g, " ")}: ${m[1] ?? ""}`,
      ...at(m),
      named: false,
      said: false,
    })),
    ...[...sentence.matchAll(REPORTED)].map((m) => ({
      words: m[1] ?? "",
      ...at(m),
      named: false,
      said: true,
    })),
    ...zhFieldsNamed(sentence).map((words) => ({ words, start: 0, end: 0, named: false, said: true })),
  ];
}

function retracts(sentence: string): boolean {
  return RETRACTS.test(sentence) && !NEGATED.test(sentence);
}

/**
 * True when a sentence opens by judging the one before it ("... I wrote "after T055". That is wrong, ...",
 * "... escrevi "depois da T055". Está errado"): its word of retraction comes before any task it names.
 */
function opensWithRetraction(next: string | undefined): boolean {
  if (next === undefined || NEGATED.test(next)) return false;
  const word = RETRACTS.exec(next);
  return word !== null && word.index <= 24 && !/\d/.test(next.slice(0, word.index));
}

/** What the warning says, so that the statement reader does not call the sentence unreadable too. */
export const TAKES_BACK = "the list takes back the link";

// The task a quoted link belongs to, named right after it: "on SUP-131", "for T012", "of 2.3", or with the
// place it is written in ("line under T029", "field of 2.3").
const OWNER =
  /^\s*(?:(?:line|field|entry|row|note|bullet|item|link)\s+)?(?:on|for|of|in|at|under|below|beneath|auf|bei|unter|sur|sous|de|en|em|no|na|w|v|bajo|sotto)\s+/iu;

/**
 * The author's own links the list takes back (as `from\0to` keys, the EdgeSet's pair keys), each with a
 * warning quoting the words. A link is the quoted dependency phrase ("blocked by #1226"); the task it
 * belongs to is the one named right after the quote, or the task whose own text holds the sentence.
 */
export function retractedLinks(ctx: DetectionContext): Set<string> {
  const out = new Set<string>();
  const source = ctx.list.tasks[0]?.source ?? ctx.list.source;
  const read = (text: string, line: number, own: string | null, file: string): void => {
    const sentences = text.split(/(?<=[.!?])\s+|(?<=[。！？])/u);
    sentences.forEach((sentence, i) => {
      if (!retracts(sentence) && !opensWithRetraction(sentences[i + 1])) return;
      for (const [from, to] of drawnEdges(ctx, sentence)) {
        out.add(`${from}\u0000${to}`);
        ctx.warnings.push(
          `${file}:${line}: "${plain(sentence)}": ${TAKES_BACK} ${from} -> ${to} of the drawing`,
        );
      }
      for (const { words, start, end, named, said } of namedLinks(sentence)) {
        // A quote that opens with a task states a whole link ("“T038 依赖于 T039” is a slip").
        const owner = said
          ? reportedOwner(ctx, words)
          : (ownerAfter(ctx, sentence.slice(end)) ??
            ownerBefore(ctx, sentence.slice(0, start)) ??
            (named ? null : (own ?? reportedOwner(ctx, words))));
        if (owner === null) continue;
        const quoted = claimedReferences(ctx, words);
        const links = quoted.length > 0 ? resolved(ctx, quoted) : fieldLinks(ctx, owner, words, sentence);
        const restated = restatedNeeds(ctx, owner, sentences.slice(i + 1));
        for (const from of links) {
          if (from === owner) continue;
          out.add(`${owner}\u0000${from}@${line}`);
          if (restated.has(from)) continue;
          out.add(`${from}\u0000${owner}`);
          // A field states the link on a line of its own: the warning quotes it too.
          const field = ctx.byId.get(owner)?.declared.find((d) => d.id === from)?.text;
          ctx.warnings.push(
            `${file}:${line}: "${plain(sentence)}": ${TAKES_BACK} "${words}" of ${owner}` +
              `${field !== undefined && field !== words ? ` (its "${field}")` : ""}; no edge ${from} -> ${owner} from it`,
          );
        }
      }
    });
  };
  for (const note of ctx.list.notes ?? []) if (note.code === null) read(note.text, note.line, null, source);
  for (const task of ctx.list.tasks)
    for (const text of `${task.title}\n${task.body}`.split("\n")) read(text, task.line, task.id, task.source);
  return out;
}

// A word of denial, in any language read: a later sentence with one does not state a need anew ("a T056
// precisa da T054 e não da T055" keeps T055 taken back).
const DENIES = new RegExp(
  String.raw`(?<![\p{L}])(?:not|no|never|neither|nor|without|nothing(?!\s+else)|n['’]t|${NEGATION_PARTICLES.join("|")})(?![\p{L}])`,
  "iu",
);

/**
 * The tasks a later sentence of the same note says the owner needs after all ("The `after: 5.2, 5.3` on 5.4
 * is wrong, ... 5.4 needs 5.2 and nothing else from Step 5"): a sentence naming the owner first, with a word
 * of need or time and no denial. Those links are stated anew, not taken back.
 */
function restatedNeeds(ctx: DetectionContext, owner: string, later: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const sentence of later) {
    const folded = foldText(sentence);
    const refs = resolved(ctx, findAllReferences(sentence, ctx.style));
    const markers = findMarkers(folded);
    const relates = markers.some((m) => m.type === "relation") && !markers.some((m) => m.type === "parallel");
    if (refs[0] !== owner || !relates || DENIES.test(folded)) continue;
    for (const id of refs.slice(1)) out.add(id);
  }
  return out;
}

// "Die Kante T029 → T032 im Diagramm ist falsch", "the arrow T005 -> T007 is stale": an edge of a drawing
// named as a noun with its two ends.
const DRAWN_EDGE =
  /(?<![\p{L}])(?:edge|arrow|link|kante|pfeil|verbindung|fl[eè]che|arista|flecha|seta|freccia)\s+(\S+)\s*(?:→|⟶|-{1,2}>|=>)\s*(\S+)/giu;

/** The edges of a drawing a sentence names by their two ends, as (from, to) task pairs. */
function drawnEdges(ctx: DetectionContext, sentence: string): Array<[string, string]> {
  return [...sentence.matchAll(DRAWN_EDGE)].flatMap((m) => {
    const [from] = resolved(ctx, findAllReferences(m[1] ?? "", ctx.style));
    const [to] = resolved(ctx, findAllReferences(m[2] ?? "", ctx.style));
    return from !== undefined && to !== undefined ? [[from, to] as [string, string]] : [];
  });
}

/** The task named right after a quoted link ("... on SUP-131"), or null. */
function ownerAfter(ctx: DetectionContext, rest: string): string | null {
  const opening = OWNER.exec(rest);
  if (!opening) return null;
  const ref = findAllReferences(rest.slice(opening[0].length, opening[0].length + 40), ctx.style)[0];
  return ref ? (ctx.index.resolve(ref).ids[0] ?? null) : null;
}

// "BIL-229's `Blocked by: BIL-228`": the owner named just before the quote, with a possessive.
const POSSESSIVE = /['’]s\s*$/u;

// Japanese "T040 の行にある「...」" (in T040's line), "T040 の「...」": the owner, "の" and the place of the quote.
const JA_POSSESSIVE = /\s*の\s*(?:(?:行|欄|項目|記述|説明)\s*(?:にある|の)?)?\s*$/u;

// "the note on T023 ("needs T020's recorder")": the owner named by the note, line or field it is quoted from.
// The note may be named in another language ("na linha da T056", "en la línea de T056", "in der Zeile von
// T056", "nella riga di T056", "w linii 5.2"), and the author may say they wrote it ("I wrote", "eu escrevi").
const NOTE_OF =
  /(?<![\p{L}])(?:note|line|field|entry|bullet|text|linha|nota|l[ií]nea|l[ií]nia|ligne|zeile|riga|regel|linii|raden)\s+(?:on|of|for|in|da|do|de|del|di|della|von|bei|van|w|till|för)?\s*(\S+)\s*(?:,?\s*(?:(?:I|eu|yo|j['’]ai|ich|io|ik|jag)\s+)?(?:wrote|had\s+written|escrevi|escrib[ií]|[ée]crit|schrieb|habe\s+geschrieben|habe?\s+ich|ho\s+scritto|scrissi|heb\s+geschreven|schreef|napisa[łl]em|skrev|hi\s+ha\s+(?:quedat|escrit)|vaig\s+escriure|he\s+escrit)\s*)?[(:]?\s*$/iu;

// "T035 says `dep: T032`", "T012 still has "blocked by T010"", "P4.6 is marked `(depends: P4.3)`": the task
// that says, has or is marked with the quoted link.
const SAID_BY =
  /(?:^|\s)(\S+)\s+(?:still\s+)?(?:says|said|has|had|reads|lists|claims|carries|(?:is|was)\s+(?:marked|tagged|labell?ed|annotated)(?:\s+(?:with|as))?)\s*:?\s*$/iu;

// "Correction to R-23: its ...": a label ending with the task the sentence is about.
const LABEL_OF = /(\S+)\s*:\s*$/u;

/**
 * The task named right before a quoted link: with a possessive ("SUP-131's `Blocked by`"), as the one
 * saying it ("T035 says `dep: T032`"), or as the place of a note ("the note on T023 (...)"); or null.
 */
function ownerBefore(ctx: DetectionContext, before: string): string | null {
  const noted = NOTE_OF.exec(before)?.[1] ?? SAID_BY.exec(before)?.[1] ?? LABEL_OF.exec(before)?.[1];
  const noteRefs = noted === undefined ? [] : findAllReferences(noted, ctx.style);
  if (noteRefs.length === 1 && noteRefs[0]) return ctx.index.resolve(noteRefs[0]).ids[0] ?? null;
  const possessive = POSSESSIVE.test(before) ? POSSESSIVE : JA_POSSESSIVE.test(before) ? JA_POSSESSIVE : null;
  if (possessive === null) return null;
  const word = /[^\s(“"（]+$/u.exec(before.replace(possessive, ""))?.[0] ?? "";
  const refs = findAllReferences(word, ctx.style);
  return refs.length === 1 && refs[0] ? (ctx.index.resolve(refs[0]).ids[0] ?? null) : null;
}

/** The task a reported link belongs to: the one its clause opens with ("T033 depends on T029"). */
function reportedOwner(ctx: DetectionContext, words: string): string | null {
  const first = findAllReferences(words, ctx.style)[0];
  if (!first || !words.trimStart().startsWith(first.from)) return null;
  return ctx.index.resolve(first).ids[0] ?? null;
}

// A link written as a field with a colon: "(depends: P4.3)", "needs: T030", "blocked by: #12".
const FIELD_FORM =
  /(?:depends(?:\s+on)?|dependencies|deps|needs|requires|prerequisites|after|blocked\s+by|waits?\s+(?:on|for))\s*:/iu;

/**
 * The prerequisites a claimed link names: its dependency phrases, or the tasks after a field's colon, else what
 * follows the statement reader's
 * first word of need or time written before its object ("T031 waits for T028", "T038 依赖于 T039"), or
 * what precedes one written after it ("T018 に依存する").
 */
function claimedReferences(ctx: DetectionContext, words: string): WrittenReference[] {
  const phrases = findDependencyPhrases(words, ctx.style).flatMap((p) => p.references);
  if (phrases.length > 0) return phrases;
  const field = FIELD_FORM.exec(words);
  if (field) return findAllReferences(words.slice(field.index + field[0].length), ctx.style);
  const folded = foldText(words);
  const markers = findMarkers(folded);
  const wait = markers.find(
    (m) => m.type === "relation" && m.word.direction === "forward" && m.word.object === "follows",
  );
  if (wait) return findAllReferences(folded.slice(wait.end), ctx.style);
  // A postposition closes its object: "T018 に依存する" names T018.
  const closing = markers.find(
    (m) => m.type === "relation" && m.word.direction === "forward" && m.word.object === "precedes",
  );
  return closing ? findAllReferences(folded.slice(0, closing.start), ctx.style) : [];
}

function resolved(ctx: DetectionContext, refs: readonly WrittenReference[]): string[] {
  return refs.flatMap((ref) => ctx.index.resolve(ref).ids);
}

/**
 * A quoted field with no tasks in it ("SUP-131's `Blocked by` is stale; it only needs SUP-120"): every
 * task that field of the owner's own text names, but the ones the sentence still names.
 */
function fieldLinks(ctx: DetectionContext, owner: string, field: string, sentence: string): string[] {
  const name = field.replace(/[\s:：]+$/u, "").toLowerCase();
  const task = ctx.byId.get(owner);
  if (name.length === 0 || !task) return [];
  const kept = new Set(resolved(ctx, findAllReferences(sentence, ctx.style)));
  const phrases = findDependencyPhrases(`${task.title}\n${task.body}`, ctx.style).filter((p) =>
    p.text.toLowerCase().startsWith(name),
  );
  return resolved(
    ctx,
    phrases.flatMap((p) => p.references),
  ).filter((id) => !kept.has(id));
}

/** A sentence as warnings quote statements: without its code marks. */
function plain(sentence: string): string {
  return sentence.replace(/`/g, "").trim();
}
