import { OBJECT_SPAN, time, wordsOf, type RelationWord } from "./relation-word.js";

const { follows, precedes } = wordsOf("forward");

// German adverbs standing between a verb and its preposition in the verb-second order.
const DE_ADVERBS = String.raw`(?:nur|direkt|aber|auch|jedoch|also|ebenfalls|lediglich|allein|einzig|zudem|somit|daher|nicht|noch|dann|erst)\s+`;

/** German words whose subject comes after their object ("hängt von T003 ab", "wartet auf", "sobald"). */
export const DE_FORWARD: readonly RelationWord[] = [
  // Adverbs may stand between the verb and its preposition ("hängt aber nur von T003 ab", "wartet aber auf
  // nichts"), "nicht" too: the parallel words take "hängt nicht von" first, as a denial.
  follows(String.raw`h[äa]ng(?:t|en)\s+(?:${DE_ADVERBS})*von|abh[äa]ngig\s+von`),
  follows(
    String.raw`ben[öo]tig(?:t|en)|erfordert|erfordern|braucht|brauchen|wartet\s+(?:${DE_ADVERBS})*auf|warten\s+(?:${DE_ADVERBS})*auf|baut\s+auf|bauen\s+auf`,
  ),
  // "erst, nachdem T002 gelaufen ist": German sets a comma before the subordinate clause; "erst" stays with it.
  time(follows(String.raw`(?:erst,?\s+)?nach(?:dem)?|(?:erst,?\s+)?sobald`)),
  // "Im Anschluss an 6.3 und 6.4" (following 6.3 and 6.4), "anschließend an".
  time(follows(String.raw`im\s+anschluss\s+an|anschlie(?:ß|ss)end\s+an`)),
  // "erst wenn T001 fertig ist" (only when): a start set by another's end; a bare "wenn" is also "if", so
  // only with a finished state after it ("wenn T001 abgeschlossen ist"), or a verb of being in place that
  // closes the clause ("wenn das Modell aus T001 steht", "vorliegt"; not "wenn in T001 steht, dass ...").
  time(
    follows(
      String.raw`erst,?\s+(?:dann,?\s+)?wenn|wenn(?=\s+${OBJECT_SPAN}\b(?:(?:fertig|abgeschlossen|erledigt|gr[üu]n|gemergt|gemerged|zusammengef[üu]hrt|eingespielt|ausgeliefert|bereit|vorhanden|durch|da)\s+(?:ist|sind)|(?:bereit)?steh(?:t|en)|vorlieg(?:t|en))\b(?!\s*,?\s*dass\b))`,
    ),
  ),
  // "T005 folgt auf T004": follows.
  follows(String.raw`folg(?:t|en)\s+(?:${DE_ADVERBS})*auf`),
  // "T022 wird durch T015 blockiert": the passive's agent is the object.
  follows(String.raw`(?:wird|werden)\s+(?:durch|von)(?=\s+[^.;:]{1,60}blockier(?:t|en))`),
  // "setzt 2.1 voraus": the object stands between the verb and its particle, which closes it.
  {
    ...precedes(String.raw`(?<!\bim\s)voraus(?!gesetzt)`),
    closesBracket: true,
    opensBracket: String.raw`setz(?:t|en|te|ten|e)`,
  },
  // "T031 ist nur auf T026 angewiesen" (depends on T026): the object follows "auf", the participle closes it.
  follows(String.raw`(?:ist|sind)\s+(?:${DE_ADVERBS})*auf(?=[^.;:]{1,80}?\bangewiesen\b)`),
];
