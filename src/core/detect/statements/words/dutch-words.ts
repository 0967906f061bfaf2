import { time, wordsOf, type RelationWord } from "./relation-word.js";

const { follows } = wordsOf("forward");

// Words only a Portuguese, Polish, Czech, Slovak or Tagalog sentence has among the languages that write "na"
// (folded: "não" reads "nao", "się" "sie"; Tagalog "tapos na ang T002": T002 is done); not after a dot,
// where "com" ends a domain.
const NOT_DUTCH = String.raw`(?<![a-z.])(?:nao|sao|tambem|entao|voce|estao|estiver|estiverem|que|com|uma|pelo|pela|dos|ela|ele|isso|mas|para|em|sem|quando|depois|antes|precisa|precisam|jest|sa|gdy|kiedy|sie|oraz|tylko|dopiero|ktory|ktora|ktore|przez|dla|juz|mozna|trzeba|jsou|kdyz|pouze|ktery|iba|ani|alebo|ktory|tiez|ang|ng|mga|ay|yung|hindi|muna|niya|nila)(?![a-z])`;

// An adverb standing before a verb's preposition: "wacht alleen op", "hangt ook van".
const ADVERB = String.raw`(?:alleen|nog|ook|pas|dan|eerst|enkel|slechts|wel|verder)`;

/**
 * Dutch words whose subject comes after their object, as folded text writes them ("voor" is also "for":
 * only "voordat" reads as before). A separable verb's particle may close the clause instead ("T044 hangt
 * van T041 af", "US2 bouwt op de oplosser van US1 voort"), and an adverb may stand before the preposition
 * ("wacht alleen op").
 */
export const NL_FORWARD: readonly RelationWord[] = [
  follows(
    String.raw`h[ae]ng(?:t|en)\s+af\s+van|afhankelijk\s+van|vereis(?:t|en)|bouw(?:t|en)\s+voort\s+op|hergebruik(?:t|en)`,
  ),
  follows(
    String.raw`(?:h[ae]ng(?:t|en)\s+(?:${ADVERB}\s+)*van|wacht(?:en)?\s+(?:${ADVERB}\s+)*op|bouw(?:t|en)\s+(?:${ADVERB}\s+)*op)`,
  ),
  // "US2 begint pas als US1 gemerged is": a start set by another's end ("als" alone is also "as", "if").
  time(
    follows(
      String.raw`(?:begin(?:t|nen)|start(?:en)?|kan\s+beginnen)\s+(?:pas\s+|alleen\s+|eerst\s+)?(?:als|wanneer|zodra)`,
    ),
  ),
  // A preposition takes an object, never a verb: folded Norwegian "nå kan ..." (now ... can) is no "na";
  // nor is the "na" a Polish, Czech or Slovak verb of waiting takes ("Na T012 czeka tylko T030", "na 1.1
  // nečaká"), nor the
  // Portuguese "na" (in the: "mexe em arquivos que nascem na US2") or the Polish "na" (on: "są zielone na
  // CI") of a sentence in those languages.
  time(
    follows(
      String.raw`(?:pas\s+)?nadat|(?<!${NOT_DUTCH}[^.;!?]*)(?:pas\s+)?na(?!\s+(?:kan|kunne|skal|ma|vil|er|har|blir)\b)(?![^,;:]{1,60}?\s(?:ne)?(?:czeka|ceka|caka))(?![^.;!?]*${NOT_DUTCH})|zodra`,
    ),
  ),
];
