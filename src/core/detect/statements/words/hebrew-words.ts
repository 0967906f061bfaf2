/**
 * Hebrew words of the statement reader, in one place. Hebrew joins one-letter words to the next word: "ו"
 * (and), "ה" (the), "ב" (in), "ל" (to), "מ" (from), "ש" (that), "כ" (as), before a Latin ID with a hyphen or
 * maqaf ("ב-T022", "ו-T031"). A relation word is read without the preposition its object takes ("תלוי
 * ב-T022": depends on T022; the "ב" stays with the object), and group words allow a joined letter
 * ("בסיפור משתמש 2": on user story 2). Vowel points are rare in task lists and not read. Words are matched
 * whole (word-matcher.ts counts Hebrew letters as word letters, not the maqaf).
 */
const JOINED = "[ובלמהשכ]?";

// "תלוי (ב-)" (depends on), "צריך" (needs), "דורש" (requires), "ממתין ל-" (waits for), with their feminine
// and plural forms.
export const HE_FOLLOWS = `${JOINED}(?:תלוי(?:ה|ים|ות)?|צריך|צריכה|צריכים|דורש(?:ת|ים|ות)?|ממתין(?:ה|ים|ות)?)`;
// "אחרי" (after), "לאחר (השלמת)" (after (the completion of)), "מתחיל(ה) אחרי" is "after" too.
export const HE_AFTER = `ו?(?:אחרי|לאחר)(?:\\s+(?:השלמת|סיום|מיזוג))?`;
// "חוסם (את)" (blocks), "קודם ל-" (precedes; the "ל" stays with the object): the subject first.
export const HE_BLOCKS = `ו?(?:חוסם|חוסמת|חוסמים|חוסמות)(?:\\s+את)?|ו?(?:קודם|קודמת|קודמים|קודמות)`;
// "לפני" (before).
export const HE_BEFORE = `ו?לפני`;
// "במקביל ל-" (in parallel with), "בלתי תלוי ב-" (independent of), "בו-זמנית עם" (at the same time as).
export const HE_PARALLEL_WITH = `ו?(?:במקביל|בלתי\\s+תלוי(?:ה|ים|ות)?|בו[-־]?זמנית(?:\\s+עם)?)`;
// "במקביל" (in parallel), "יחד" (together), "עצמאי" (independent).
export const HE_PARALLEL = `ו?(?:במקביל|יחד|ביחד|עצמאי(?:ת|ים|ות)?)`;
// "לא", "אין", "אינו", "אינה" (not).
export const HE_NOT = `ו?(?:לא|אין|אינו|אינה|אינם|אינן)`;
// "או" (or), "מומלץ" (recommended), "אופציונלי" (optional), "לדוגמה", "למשל" (for example), "רצוי" (preferably),
// "אפשר גם" (one could also).
export const HE_HEDGES = `ו?(?:או|מומלץ|מומלצת|אופציונלי(?:ת)?|לדוגמה|לדוגמא|למשל|רצוי|אפשר\\s+גם)`;
// "למעט", "מלבד", "חוץ מ-", "פרט ל-" (except).
export const HE_EXCEPT = `(?:למעט|מלבד|חוץ|פרט)`;
// "שלב" (phase), "שלבים" (phases), with a joined letter ("בשלב 2": in phase 2).
export const HE_PHASE = `${JOINED}(?:שלב|שלבים|שלבי)`;
// "סיפור משתמש" (user story), "סיפורי (ה)משתמש" (user stories), with a joined letter.
export const HE_STORY = `${JOINED}(?:סיפור|סיפורי|סיפורים)(?:\\s+(?:ה)?משתמש)?`;
// "כל" (all, every), "כלל" (all of).
export const HE_ALL = `ו?(?:כל|כלל)`;
