import { patternList, WordList, type WordMatch } from "./word-matcher.js";
import { BACKWARD_WORDS } from "./words/backward-words.js";
import { CHAIN_WORDS } from "./words/chain-words.js";
import { FORWARD_WORDS } from "./words/forward-words.js";
import { PARALLEL_WORDS, type ParallelWord } from "./words/parallel-words.js";
import { POINTER_WORDS, SIMILARITY_WORDS } from "./words/pointer-words.js";
import type { RelationWord } from "./words/relation-word.js";
import { PERMISSION_WORDS, SEQUENCE_WORDS } from "./words/sequence-words.js";

/** A word in a clause that relates the things around it. */
export type Marker =
  | { type: "relation"; start: number; end: number; word: RelationWord }
  | {
      type: "parallel";
      start: number;
      end: number;
      takesObject: boolean;
      unordered?: boolean;
      objectBefore?: boolean;
      names?: boolean;
    }
  | { type: "sequence"; start: number; end: number }
  | { type: "chain"; start: number; end: number };

type Found =
  | { type: "relation"; word: RelationWord }
  | { type: "parallel"; word: ParallelWord }
  | { type: "sequence" }
  | { type: "chain" };

let words: WordList<Found> | null = null;
let permission: WordList<string> | null = null;
let relations: WordList<RelationWord> | null = null;
let comparisons: WordList<string> | null = null;

function wordList(): WordList<Found> {
  words ??= new WordList<Found>(
    [
      // Negations first: "does not depend on" and "no dependencies on" contain relation words.
      ...PARALLEL_WORDS.map((word): Found => ({ type: "parallel", word })),
      { type: "sequence" },
      ...[...FORWARD_WORDS, ...BACKWARD_WORDS].map((word): Found => ({ type: "relation", word })),
      { type: "chain" },
    ],
    (f) => {
      if (f.type === "relation" || f.type === "parallel") return f.word.pattern;
      return f.type === "sequence" ? SEQUENCE_WORDS.join("|") : CHAIN_WORDS.join("|");
    },
  );
  return words;
}

/**
 * The markers of a (folded) piece of text, in order, none overlapping; negations ("does not depend on",
 * "no dependencies on") win over the relation words inside them.
 */
export function findMarkers(text: string): Marker[] {
  // A word of time inside a phrase that compares or points ("modelled after T004", "nach dem Muster
  // von", Polish "na wzór": on the model of, where Dutch "na" is "after") is part of that phrase. The
  // phrases are looked for only in text that holds a relation word: most text holds none.
  let phrases: readonly WordMatch<string>[] | null = null;
  const inPhrase = (m: { start: number; end: number }): boolean =>
    (phrases ??= comparisonPhrases(text)).some((p) => p.start <= m.start && m.end <= p.end);
  return wordList()
    .findAll(text)
    .filter((m) => m.entry.type !== "relation" || !inPhrase(m))
    .map((m): Marker => {
      const at = { start: m.start, end: m.end };
      const f = m.entry;
      if (f.type === "relation") return { type: "relation", ...at, word: f.word };
      if (f.type === "parallel")
        return {
          type: "parallel",
          ...at,
          takesObject: f.word.takesObject,
          ...(f.word.unordered ? { unordered: true } : {}),
          ...(f.word.objectBefore ? { objectBefore: true } : {}),
          ...(f.word.names ? { names: true } : {}),
        };
      return { type: f.type, ...at };
    });
}

/** Where phrases that compare with or point at something stand ("similar to", "see", "na wzór"). */
function comparisonPhrases(text: string): WordMatch<string>[] {
  comparisons ??= patternList([...POINTER_WORDS, ...SIMILARITY_WORDS]);
  return comparisons.findAll(text);
}

/** True when the text holds a relation, parallel or sequence word (chain marks aside). */
export function hasMarker(text: string): boolean {
  return findMarkers(text).some((m) => m.type !== "chain");
}

/** True when the text allows rather than requires ("can run sequentially", "pode ser feito"). */
export function isPermission(text: string): boolean {
  permission ??= patternList(PERMISSION_WORDS);
  return permission.test(text);
}

// A negation written round its verb or inside the phrase (French "ne dépend pas de", "n'attend pas", "ne
// dépend ni de"; Croatian "ne ovisi ni o"): without it the relation word is plain to see.
const SPLIT_NEGATION = /(?<![\p{L}])(?:ne|n['’]|pas|ni)(?![\p{L}])/giu;

/**
 * True when words of parallel work deny a relation ("does not depend on", "no depende de", "not blocked by",
 * "n'attend pas").
 */
export function deniesRelation(parallelWords: string): boolean {
  relations ??= new WordList<RelationWord>([...FORWARD_WORDS, ...BACKWARD_WORDS], (w) => w.pattern);
  const plain = parallelWords.replace(SPLIT_NEGATION, (w) => " ".repeat(w.length));
  return relations.test(parallelWords) || relations.test(plain.replace(/\s+/g, " ").trim());
}
