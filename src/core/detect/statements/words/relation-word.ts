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
}
