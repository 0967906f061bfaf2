/** A word or phrase that orders the things on its two sides. */
export interface RelationWord {
  /**
   * Regular-expression source, matched case-insensitively on text without diacritics. A pattern that
   * starts or ends with a Latin letter only matches whole words.
   */
  pattern: string;
  /**
   * "forward": the clause's subject comes after the object ("A depends on B": B, then A);
   * "backward": the subject comes first ("A blocks B": A, then B).
   */
  direction: "forward" | "backward";
  /** Where the object is written: after the word ("after B") or before it (Japanese "Bの後"). */
  object: "follows" | "precedes";
  /**
   * A word of time ("before", "after"): negated, it turns round ("A cannot start before B" puts B
   * first). Other words negated state nothing ("A need not wait for B").
   */
  temporal?: boolean;
  /**
   * A word naming the point a wait lasts to ("until"): negated or not, the subject waits for the object
   * ("A cannot start until B is merged", "A waits until B").
   */
  limit?: boolean;
  /**
   * A particle closing a verb bracket (German "A setzt B voraus"): its object stands before it, and its
   * subject before the object, never after the word as a Japanese postposition's may.
   */
  closesBracket?: boolean;
  /**
   * The finite verb that opens the bracket the word closes ("setzt" for "voraus"): every reference
   * between the two is the object.
   */
  opensBracket?: string;
  /**
   * A verb after its fronted object, in verb-second order ("Na T012 czeka tylko T030"): its subject stands
   * after it.
   */
  subjectAfter?: boolean;
  /**
   * A preposition whose verb follows its object, and a negation with it ("T041 от ИП2 не зависит": T041
   * does not depend on US2): the subject stands before the word, the negation after its object.
   */
  verbAfter?: boolean;
  /**
   * A singular participle opening the clause (Spanish "una vez terminada T001, T002 y T003 pueden ..."):
   * its object is the one reference after it; the list that follows is the subject.
   */
  oneObject?: boolean;
}

/**
 * The makers of the words of one direction: `follows` for a word written before its object ("after B"),
 * `precedes` for one written after it (Japanese "Bの後").
 */
export function wordsOf(direction: RelationWord["direction"]): {
  follows: (pattern: string) => RelationWord;
  precedes: (pattern: string) => RelationWord;
} {
  return {
    follows: (pattern) => ({ pattern, direction, object: "follows" }),
    precedes: (pattern) => ({ pattern, direction, object: "precedes" }),
  };
}

/** A word of time ("before", "after"). */
export const time = (word: RelationWord): RelationWord => ({ ...word, temporal: true });

/** A word naming the point a wait lasts to ("until"). */
export const limit = (word: RelationWord): RelationWord => ({ ...word, limit: true });

/**
 * The words between a word of time and the finished state of its object ("when T001, T002 and T003 are
 * done", "när 4.6, 7.6 och 10.2 är klara"): no clause mark, but the commas of a list of tasks and the dots
 * of their numbers.
 */
export const OBJECT_SPAN = String.raw`(?:[^,.;:]|[.,](?=\s*[a-z]*-?\d)){1,80}?`;
