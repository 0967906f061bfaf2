// Words by which an author says a task does not edit a path, or does not use it at all.

// "X (read-only)", "X (reads it, changes nothing)": the author says the path is not edited.
export const READ_ONLY_NOTE =
  /^[`"']?\s*\(\s*(?:read[- ]only|reads?\b|reference only|unchanged|not (?:edited|changed|modified)|no changes|do not (?:edit|change|modify))/i;
// "do not modify src/db/schema.ts (owned by T005)", "without touching X", "X itself is not edited":
// the author forbids or denies writing it; the task at most reads it. Only an instruction: "the user
// does not see the edit button in X" describes the product.
export const NOT_EDITED_BEFORE =
  /\b(?:do\s+not|don['’]t|must\s+not|mustn['’]t|should\s+not|shouldn['’]t|never|without|no\s+need\s+to)\s+(?:modify(?:ing)?|edit(?:ing)?|chang(?:e|ing)|touch(?:ing)?|alter(?:ing)?|updat(?:e|ing)|rewrit(?:e|ing))\s+(?:(?:the|any|this|that|existing)\s+)?(?:[\w-]+\s+){0,2}?(?:(?:in|of)\s+)?[`"'([]?$/i;
// "nothing is imported from X", "it does not depend on X", "it doesn't touch X", "independent of X": the
// task does not even read it. ("Do not touch X" is an instruction about editing, above.)
export const NOT_USED_BEFORE =
  /\b(?:(?:nothing|none)\s+(?:of\s+it\s+)?(?:is|are|gets?)\s+(?:imported|read|used|taken|copied)\s+from|(?:(?:does|do|did|is|are)\s+not|doesn['’]t|don['’]t|isn['’]t|aren['’]t|never)\s+(?:(?:need|depend|rely|build|draw)(?:s|ing)?\s+(?:on|upon|from)|need|require|import|read|use)|(?:does\s+not|doesn['’]t|did\s+not|didn['’]t)\s+(?:even\s+)?touch|independent\s+of|no\s+dependency\s+on)\s+(?:the\s+)?[`"'([]?$/i;
// The same denial after the path, where the language puts the verb last: Turkish "X'ye bağlı değildir"
// (is not bound to X), Japanese "X に依存しない" (does not depend on X).
export const NOT_USED_AFTER =
  /^[`"')\]]?\s*(?:['’]\p{L}{0,3}\s+ba[gğ]l[ıi]\s+de[gğ]il|に(?:は)?依存(?:しない|しません|していない))/iu;
export const NOT_EDITED_AFTER =
  /^[`"')\]]?\s*(?:itself\s+)?(?:is|are|stays?|remains?)\s+(?:not\s+(?:edited|modified|changed|touched|altered)|untouched|unchanged)\b/i;
