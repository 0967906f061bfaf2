import { limit, OBJECT_SPAN, time, wordsOf, type RelationWord } from "./relation-word.js";

const { follows } = wordsOf("forward");

/**
 * Swedish, Danish and Norwegian words whose subject comes after their object, as folded text writes them
 * (with the English fronted "Not until", which shares its pattern with "Ikke før" and "Inte förrän").
 */
export const NORDIC_FORWARD: readonly RelationWord[] = [
  // Swedish (folded: "beror på" reads "beror pa"); "blockeras av" is passive: blocked by
  follows(
    String.raw`beror\s+(?:bara\s+|endast\s+)?pa|kraver|behover|vantar\s+pa|bygger\s+pa|forutsatter|blockeras\s+av|anvander`,
  ),
  time(follows(String.raw`(?:forst\s+)?efter|(?:startar|borjar|paborjas)\s+nar|sa\s+snart`)),
  // Danish and Norwegian, folded ("venter på" reads "venter pa"; æ and ø stay): depends on, requires, needs,
  // waits for, is blocked by, builds on; "kan først starte, når ...": can only start when
  follows(
    String.raw`afh[æe]nger\s+(?:(?:kun|ogsa|direkte)\s+)?af|er\s+afh[æe]ngig\s+af|avhenger\s+av|kr[æe]ver|beh[øo]ver(?!\s+ikke)|har\s+brug\s+for|venter\s+pa|(?:er\s+)?blokeret\s+af|blokeres\s+af|bygger\s+videre\s+pa`,
  ),
  // Norwegian spellings: "må vente på" (must wait for, the infinitive after a modal), "trenger" (needs),
  // "er avhengig av", "blokkeres av", "bygger på"
  follows(
    String.raw`vente\s+pa|trenger(?!\s+ikke)|er\s+avhengige?\s+av|(?:er\s+)?blokkert\s+av|blokkeres\s+av|bygger\s+pa`,
  ),
  // Norwegian "etter (at)", "først etter" (after), "tidligst når" (at the earliest when)
  time(follows(String.raw`(?:f[øo]rst\s+)?etter(?:\s+at)?|tidligst\s+nar`)),
  // "Not until T002 is merged can T004 start", "Ikke før T029 er ferdig, kan T031 begynne": a fronted negated
  // "before" opens the sentence with what the rest waits for.
  time(
    follows(
      String.raw`(?<=^[\s*_>(-]*)(?:not\s+(?:until|before)|ikke\s+(?:f[øo]r|inden)|inte\s+(?:forran|innan))`,
    ),
  ),
  time(
    follows(
      String.raw`f[øo]rst\s+efter(?:\s+at)?|efter\s+at|(?:kan\s+)?(?:f[øo]rst\s+)?(?:starte|begynde|startes|begyndes|ga\s+i\s+gang)\s*,?\s*nar`,
    ),
  ),
  limit(follows(String.raw`(?<!(?:fejler|r[øo]de?)\s+)indtil`)),
  // "Når Fase 2 er færdig, ...", Swedish "(Först) när fas 2 är klar": opening the sentence with a finished
  // object, "when" is "once".
  time(
    follows(
      String.raw`(?<=^[\s*_>(-]*(?:f[øo]rst\s+)?)nar(?=\s+${OBJECT_SPAN}\b(?:er|ar)\s+(?:helt\s+)?(?:f[æe]rdige?|ferdige?|klar[ea]?|f[äa]rdig[ta]?|gr[øo]nne?|grona?|merget|mergade?|flettet|lukket)\b)`,
    ),
  ),
];
