// How a clause's verb relates its subject to its object, beyond the relation word itself: the subject's end
// rather than its start, a past that reports, a permission that binds nothing.

// Words saying that the subject's end, not its start, is what the relation binds ("cannot finish before").
export const ENDING =
  /(?:^|[^\p{L}])(?:finish(?:es|ed|ing)?|complet(?:e|es|ed|ing)|end(?:s|ed)?|wrap(?:s|ped)?\s+up|be\s+(?:done|finished|completed|closed)|terminer|finir|achever|terminar|concluir|completar|закончить|завершить)(?:$|[^\p{L}])/iu;

// "T004 can start before Phase 2", "4.1 可以在第 3 组之前做完": a permission to go first binds nothing; the
// subject need not wait for the object. ("US2 can start after US1" still waits: only "before" is permitted.)
export const PERMITTED =
  /(?:^|[^\p{L}])(?:can|could|may|might|kann|k[öo]nnen|peut|peuvent|puede|pueden|pode|podem|pu[oò]|possono|kunnen|mag|mogen|можно|может|могут)(?:$|[^\p{L}])|可以|能够|できる|수\s*있/iu;

// A passive past between the subject and its relation word: "was defined before", "were added after".
export const PAST =
  /(?:^|[^\p{L}])(?:was|were|had\s+been)\s+(?:\p{L}+ly\s+)?\p{L}+(?:ed|en|ten|wn)(?:$|[^\p{L}])/iu;
