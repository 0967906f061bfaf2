import type { ListNote, TaskList } from "../model/task.js";
import { cleanLine, foldText } from "./statements/fold-text.js";

// A sentence saying the order the tasks are listed in means nothing: an order noun, a word for the list
// or its tasks, and a denial of meaning ("carries no meaning", "is not the execution order", "nicht nach
// Reihenfolge", "não é a ordem de execução"). Matched on folded text.
const ORDER =
  /\b(?:order|ordering|sequence|ordem|orden|ordre)\b|\b\p{L}*reihenfolge\b|порядо?к\p{L}*|順序|順番|顺序|순서|क्रम/iu;
const LIST_OR_TASKS =
  /\b(?:list(?:ed|ing)?|liste[dn]?|lista(?:da|das|dos)?|aufgelistet|tasks?|aufgaben|tarefas|sub-?tarefas|tareas|taches|grouped|gruppiert|agrupad[ao]s|numbers?|numbering|numbered|nummerierung|below|lines)\b|задач|групп|груп|рядк|нумерац|перечисл|タスク|リスト|任务|任務|列表|编号|編號|序号|작업|목록|सूची|क्रमांक/iu;
const DENIES_MEANING = new RegExp(
  [
    String.raw`\b(?:carr(?:y|ies)|ha(?:s|ve))\s+no\s+(?:meaning|significance)`,
    String.raw`\b(?:does|do)\s*(?:not|n't)\s+(?:matter|imply|mean|reflect|indicate|dictate|define|determine)\b`,
    String.raw`\b(?:is|are)\s*(?:not|n't)\s+(?:significant|meaningful|binding|an?\s+(?:execution|dependency)\s+order|the\s+(?:execution|work(?:ing)?|build|implementation)\s+order)`,
    // "the numbers are no execution order", "die Nummerierung ist keine Ausführungsreihenfolge"
    String.raw`\b(?:is|are)\s+no\s+(?:execution|dependency|build|work(?:ing)?|implementation)\s+order\b|\b(?:ist|sind)\s+keine\s+(?:ausfuhrungs|arbeits|bearbeitungs|umsetzungs)?reihenfolge\b`,
    // "the order of the list is reading order only", "listed for readability only"
    String.raw`\b(?:is|are)\s+(?:only\s+|just\s+|merely\s+)?(?:the\s+|a\s+)?(?:reading|display|presentation)\s+order\b|\bfor\s+(?:reading|readability|display)\s+only\b`,
    // "... comes from the chart below, not from the order of the lines"
    String.raw`\bnot\s+(?:from|by)\s+(?:the\s+)?(?:order|sequence)\s+(?:of|in)\s+(?:the\s+)?(?:lines|list|tasks|items)\b`,
    String.raw`\bnot\s+(?:in|by)\s+(?:execution\s+|dependency\s+)?order\b|\bnot\s+(?:an?\s+|the\s+)?(?:execution|dependency|build)\s+order\b|\bno\s+(?:implied|implicit)\s+order\b|\b(?:means|implies)\s+nothing\b|\bsays?\s+nothing\s+(?:about|of)\b`,
    String.raw`\bsagt\s+nichts\s+(?:uber|zur)\b|\bnicht\s+nach\s+(?:der\s+)?reihenfolge|\bkeine\s+bedeutung\b|\b(?:ist|sind)\s+nicht\s+die\s+(?:ausfuhrungs)?reihenfolge`,
    String.raw`\bnao\s+(?:e|significa|implica|indica|define)\s+(?:a\s+|uma\s+)?ordem|\bnao\s+tem\s+significado`,
    String.raw`\bno\s+(?:es|significa|implica|indica|define)\s+(?:el\s+|un\s+)?orden|\bno\s+tiene\s+significado`,
    String.raw`\bn['’]est\s+pas\s+l['’]ordre|\bn['’]implique\s+(?:pas|aucun)|\bne\s+(?:signifie|veut\s+dire)\s+rien|\bne\s+dit\s+rien\s+(?:de|sur)\b`,
    String.raw`не\s+(?:означает|задаёт|задает|определяет|является)|не\s+имеет\s+значения|не\s+по\s+порядку|ничего\s+не\s+(?:задают|задаёт|значат|значит)`,
    String.raw`не\s+(?:означає|визначає|задає)|не\s+має\s+значення|нічого\s+не\s+(?:означає|значить|значать)`,
    String.raw`意味を持たない|意味はない|不代表|无意义|의미가\s*없`,
    // Hindi: "क्रम तय नहीं होता" (does not set the order), "सिर्फ़ पढ़ने के लिए" (for reading only)
    String.raw`तय\s+नहीं\s+(?:होता|होते|करता|करते)|सिर्फ़?\s+पढ़ने\s+(?:और\s+[^।.]{0,40}?)?के\s+लिए|कोई\s+(?:अर्थ|मतलब)\s+नहीं`,
  ].join("|"),
  "iu",
);
// A sentence naming tasks, or the [P] marker, speaks of those tasks only ("the order of T004-T006 does
// not matter", "the order of [P] tasks does not matter"), not of the whole list.
const NAMES_TASKS = /\bT\d{3}|\b\d+\.\d+\b|\[P\]|\bparallel/i;

// A sentence saying the tasks, all of them or those of any one group, do not depend on each other by
// default ("Inside a step, sub-tasks are independent of each other unless a line says otherwise", "Items
// under one heading are in no particular order", "Innerhalb einer Gruppe sind die Teilaufgaben unabhängig
// voneinander"): the subject is the tasks themselves, with at most a place that is any group, never a kind
// of task or one group ("Test tasks are independent", "The Polish tasks are independent"). Folded text.
const ANY_GROUP = String.raw`(?:inside|within|in|under)\s+(?:a|an|one|each|every|any|the\s+same)\s+\p{L}+`;
const MUTUALLY_INDEPENDENT = new RegExp(
  [
    String.raw`^(?:${ANY_GROUP}\s*,?\s*)?(?:(?:the|all)\s+)?(?:sub-?tasks|tasks|items|entries)(?:\s+${ANY_GROUP})?\s+(?:are\s+(?:(?:mutually|all)\s+)?independent\b|(?:are|come|go|can\s+be\s+(?:done|worked\s+on|taken))\s+in\s+(?:no\s+(?:particular|set|fixed)|any)\s+order\b|do\s*(?:not|n't)\s+depend\s+on\s+(?:each\s+other|one\s+another))`,
    String.raw`^(?:innerhalb\s+(?:einer|eines|jeder|jedes)\s+\p{L}+\s*,?\s*)?(?:sind\s+)?(?:die\s+|alle\s+)?(?:teil)?aufgaben\s+(?:sind\s+)?(?:voneinander\s+)?unabhangig\b`,
    String.raw`^(?:dans\s+(?:une|un|chaque)\s+\p{L}+\s*,?\s*)?(?:les\s+|toutes\s+les\s+)?(?:sous-)?taches\s+sont\s+independantes\b`,
    String.raw`^(?:dentro\s+de\s+(?:un|una|cada)\s+\p{L}+\s*,?\s*)?(?:las\s+|los\s+|as\s+|os\s+)?(?:sub-?)?(?:tareas|tarefas)\s+(?:son|sao)\s+(?:independientes|independentes)\b`,
  ].join("|"),
  "iu",
);

/**
 * The sentence, with its line, in which the authors say the listing order means nothing; or null.
 * `siblingsOnly`: it says the tasks are independent of each other, which leaves a numbered list's stages
 * in the order they are listed.
 */
export function listingOrderDisclaimer(
  list: TaskList,
): { line: number; quote: string; siblingsOnly: boolean } | null {
  const denied = introSentence(
    list,
    (folded) => ORDER.test(folded) && LIST_OR_TASKS.test(folded) && DENIES_MEANING.test(folded),
  );
  if (denied) return { ...denied, siblingsOnly: false };
  const independent = introSentence(list, (folded) =>
    MUTUALLY_INDEPENDENT.test(folded.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, "").trimStart()),
  );
  return independent ? { ...independent, siblingsOnly: true } : null;
}

// A sentence saying a numbered list's top-level tasks run one after another: a word for them and an order
// phrase ("finish every sub-task of a step before starting the next step", "groups run in order",
// "Grupy wykonujemy po kolei", "Gruppen nacheinander", "los grupos van uno tras otro", "each step starts
// once the previous one is done"), with no negation.
const GROUP_WORD =
  /\b(?:steps?|groups?|stages?|milestones?|schritte?|gruppen?|grupy?|kroki?|etapas?|passos?|pasos?|groupes?|etapes?|grupos?|gruppi|gruppo|bloques?|blocos?|blocs?|passi|fasi|fases)\b|шаг|групп|груп|этап|етап|グループ|ステップ|段階|组|組|步骤|阶段|그룹|단계/iu;
const RUN_IN_ORDER = new RegExp(
  [
    String.raw`\bbefore\s+(?:starting|beginning|moving\s+on\s+to|opening)\s+the\s+next\b|\bbuilds?\s+on\s+the\s+previous\b`,
    String.raw`\b(?:run|done|worked|executed|taken|completed)\s+in\s+order\b|\bone\s+after\s+(?:another|the\s+other)\b|\bsequentially\b|\bin\s+sequence\b`,
    // Japanese "番号順に" (in number order), "前のグループが終わってから" (once the previous group is done), Chinese
    // "依次", "按顺序" (in order), Korean "순서대로", "차례로" (in order)
    String.raw`番号順|順番に|前の\S{0,8}?(?:すべて|全部)?(?:終わって|完了して|済んで)から|依次|按顺序|按照顺序|순서대로|차례로`,
    String.raw`\bnacheinander\b|\bder\s+reihe\s+nach\b|\bpo\s+kolei\b|\bkolejno\b|\bem\s+ordem\b|\ben\s+orden\b|\bdans\s+l['’]ordre\b|по\s+порядку|по\s+очереди`,
    // "uno detrás de otro", "uno tras otro", "um após o outro", "uno dopo l'altro", "l'un après l'autre"
    String.raw`\bun[oa]\s+(?:(?:detras|despues)\s+del?\s+|tras\s+)otr[oa]\b|\buma?\s+(?:apos\s+[oa]|depois\s+d[oa])\s+outr[oa]\b|\bun[oa]\s+dopo\s+l['’]altr[oa]\b|\bl['’]une?\s+apres\s+l['’]autre\b|\bles\s+un(?:e)?s\s+apres\s+les\s+autres\b|\b(?:secuencial|sequencial|sequenziale|sequentiel)(?:mente|lement)\b`,
    // A start set by the previous one's end: "once the previous one is done", "cuando el anterior esté".
    String.raw`\b(?:after|once|when)\s+the\s+(?:previous|preceding)\b|\b(?:cuando|despues\s+de(?:\s+que)?|tras)\s+(?:el|la)\s+anterior\b|\b(?:quando|depois\s+que|apos)\s+(?:o|a)\s+anterior\b|\b(?:apres|quand|une\s+fois)\s+(?:que\s+)?(?:le|la)\s+precedente?\b|\b(?:quando|dopo\s+che|dopo)\s+(?:il|la|quello|quella)\s+precedente\b|\b(?:nach|wenn)\s+(?:der|die|das|dem)\s+vor(?:her)?ige[nmrs]?\b`,
  ].join("|"),
  "iu",
);
const NEGATED = /(?<![\p{L}])(?:not|no|nicht|kein\p{L}*|nie|nao|ne|pas|не|ни|нет)(?![\p{L}])/iu;
// The same said through a denied start: "no group starts until the previous one is finished", "no se
// empieza un grupo hasta que el anterior esté terminado", "keine Gruppe beginnt, bevor die vorige fertig
// ist". Its negation denies the start, not the order; a denied wait ("need not wait until the previous
// one") is no such sentence.
const NO_START_BEFORE_PREVIOUS = new RegExp(
  [
    String.raw`\b(?:no|not|never|nothing|none)\b[^.;]{0,60}?\b(?:start|starts|begin|begins|started|begun|opens?|opened)\b[^.;]{0,40}?\b(?:until|before)\s+the\s+(?:previous|preceding)\b`,
    String.raw`\b(?:no|nunca|ningun[oa]?)\s+(?:se\s+)?(?:\p{L}+\s+)?(?:empieza|comienza|arranca|inicia|abre|empezar|comenzar)\b[^.;]{0,40}?\b(?:hasta\s+que|antes\s+de\s+que)\s+(?:(?:el|la)\s+)?anterior\b`,
    String.raw`\b(?:nao|nunca|nenhum[a]?)\s+(?:se\s+)?(?:\p{L}+\s+)?(?:comeca|inicia|abre|comecar|iniciar)\b[^.;]{0,40}?\b(?:ate\s+que|antes\s+que)\s+(?:(?:o|a)\s+)?anterior\b`,
    String.raw`\b(?:ne|n['’])\s*(?:commence|demarre|debute|s['’]ouvre)\s+(?:pas|jamais)\b[^.;]{0,40}?\b(?:avant\s+que|tant\s+que)\s+(?:le|la)\s+precedente?\b`,
    String.raw`\b(?:non|nessun[oa]?|mai)\s+(?:si\s+)?(?:\p{L}+\s+)?(?:inizia|comincia|parte|avvia|iniziare)\b[^.;]{0,40}?\b(?:finche|prima\s+che)\s+(?:non\s+)?(?:il|la|quello|quella)\s+precedente\b`,
    String.raw`\b(?:kein\p{L}*|nicht|nie)\b[^.;]{0,60}?\b(?:beginnt|startet|anfangt|angefangen|begonnen|gestartet)\b[^.;]{0,40}?\b(?:bevor|bis)\s+(?:die|der|das)\s+vor(?:her)?ige\b`,
  ].join("|"),
  "iu",
);

// Said of the tasks under one phase heading: "tasks in the order listed", "in the listed order", "each step
// checked before the next one starts".
const IN_LISTED_ORDER =
  /\bin\s+(?:the\s+)?(?:order\s+(?:listed|given|shown|written|below|above)|(?:listed|given|written)\s+order|list(?:ing)?\s+order)\b|\bbefore\s+the\s+next\s+(?:one\s+)?(?:starts|begins|is\s+started)\b/iu;

/**
 * The phases whose own notes say their tasks run one after another in the order listed ("one agent, tasks
 * in the order listed", "these go sequentially"), with the sentence: listing order holds inside them
 * whatever the list says of its other phases or its format.
 */
export function phasesInListedOrder(list: TaskList): Map<number, { line: number; quote: string }> {
  return phasesWhoseNotesSay(
    list,
    (folded) => (IN_LISTED_ORDER.test(folded) || RUN_IN_ORDER.test(folded)) && !NEGATED.test(folded),
  );
}

/**
 * The phases whose own notes say the order their tasks are listed in means nothing ("Order inside this
 * phase comes from the chart below, not from the order of the lines"), with the sentence: no listing
 * order inside them, whatever the list says of its other phases.
 */
export function phasesOrderDisclaimed(list: TaskList): Map<number, { line: number; quote: string }> {
  return phasesWhoseNotesSay(
    list,
    (folded) => ORDER.test(folded) && LIST_OR_TASKS.test(folded) && DENIES_MEANING.test(folded),
  );
}

/** The phases a sentence of whose own notes, naming no task, `says` holds of; with the first such sentence. */
function phasesWhoseNotesSay(
  list: TaskList,
  says: (folded: string) => boolean,
): Map<number, { line: number; quote: string }> {
  const out = new Map<number, { line: number; quote: string }>();
  // A sentence naming some of the phase's tasks speaks of those ("P3.8 and P3.9 are sequential").
  const ids = new Set(list.tasks.map((t) => t.id.toLowerCase()));
  const namesTask = (text: string): boolean =>
    NAMES_TASKS.test(text) ||
    (text.match(/[\p{L}\p{N}.-]+/gu) ?? []).some((w) => ids.has(w.replace(/\.$/, "").toLowerCase()));
  list.phases.forEach((phase, index) => {
    const notes = (list.notes ?? []).filter((n) => n.code === null && n.headings.at(-1) === phase.title);
    for (const note of paragraphs(notes)) {
      for (const sentence of note.text.split(/(?<=[.!?。])\s+|[:;]\s+/u)) {
        const folded = foldText(sentence);
        if (says(folded) && !namesTask(folded) && !out.has(index))
          out.set(index, { line: note.line, quote: sentence.trim() });
      }
    }
  });
  return out;
}

/** The sentence in which the authors say a numbered list's top-level tasks run in order; or null. */
export function stageOrderAffirmed(list: TaskList): { line: number; quote: string } | null {
  return introSentence(
    list,
    (folded) =>
      GROUP_WORD.test(folded) &&
      ((RUN_IN_ORDER.test(folded) && !NEGATED.test(folded)) || NO_START_BEFORE_PREVIOUS.test(folded)),
  );
}

function introSentence(
  list: TaskList,
  says: (folded: string) => boolean,
): { line: number; quote: string } | null {
  const phaseTitles = new Set(list.phases.map((p) => p.title));
  const notes = (list.notes ?? []).filter((n) => outsidePhases(n, phaseTitles));
  for (const note of paragraphs(notes)) {
    // A clause after a semicolon may say it of the one before ("The numbers are for reference; they are
    // not an execution order"): each sentence is read whole, then clause by clause.
    for (const whole of note.text.split(/(?<=[.!?。।])\s+/u)) {
      const clauses = whole.split(/;\s+/u);
      for (const sentence of clauses.length > 1 ? [whole, ...clauses] : clauses) {
        const folded = foldText(sentence);
        if (!NAMES_TASKS.test(folded) && says(folded)) return { line: note.line, quote: sentence.trim() };
      }
    }
  }
  return null;
}

/** Consecutive prose lines joined into one text (a list item starts a paragraph of its own). */
function paragraphs(notes: readonly ListNote[]): Array<{ line: number; text: string }> {
  const out: Array<{ line: number; text: string }> = [];
  let previous = -1;
  for (const note of notes) {
    const text = cleanLine(note.text);
    const open = out[out.length - 1];
    if (open && note.line === previous + 1 && text !== "" && !/^\s*(?:[-*+]|\d+[.)])\s/.test(note.text))
      open.text += ` ${text}`;
    else if (text !== "") out.push({ line: note.line, text });
    previous = note.line;
  }
  return out;
}

/** Prose of the list's introduction or format notes: not code, not under a phase heading. */
function outsidePhases(note: ListNote, phaseTitles: ReadonlySet<string>): boolean {
  return note.code === null && !note.headings.some((h) => phaseTitles.has(h));
}

// A legend saying that only a line with no note or mark follows the line above ("no note at all = do it
// after the line above", "Ligne sans marque : on suit l'ordre des lignes"): a line with a note waits only
// for what its note says.
const UNMARKED_FOLLOW = new RegExp(
  String.raw`(?:no\s+(?:note|mark|marker|annotation)s?(?:\s+at\s+all)?|without\s+(?:a\s+)?(?:note|mark|marker|annotation)|unmarked|un-?annotated|sans\s+(?:marque|note|annotation)|sin\s+(?:marca|nota)|ohne\s+(?:vermerk|markierung|notiz))` +
    String.raw`[^.;]{0,40}?(?:after\s+the\s+(?:line|task|one)\s+above|follows?\s+the\s+(?:line|task|one)\s+above|(?:follows?|in)\s+(?:the\s+)?(?:listing|list|line)\s+order|l['’]ordre\s+des\s+lignes|apres\s+la\s+ligne\s+du\s+dessus|el\s+orden\s+de\s+las\s+lineas|der\s+reihenfolge)`,
  "iu",
);

/**
 * The sentence, with its line, in which the list says only lines without a note follow the one above; or
 * null. Then a task whose own words say what it waits for is free of the listing order.
 */
export function unmarkedLinesFollow(list: TaskList): { line: number; quote: string } | null {
  return introSentence(list, (folded) => UNMARKED_FOLLOW.test(folded));
}

// A sentence saying each task's own text says what it waits for ("the other dependencies are written under
// each task", "Dependențele sunt scrise la fiecare sub-task", "কোন কাজ কার পরে, তা প্রতিটি সাব-টাস্কের বিবরণে ...
// লেখা আছে"): a word for the dependencies, a verb of writing them down, and "each task" as where.
const ON_EACH_TASK = new RegExp(
  [
    String.raw`\b(?:dependencies|prerequisites)\b[^.;]{0,40}?\b(?:written|noted|stated|listed|given|recorded)\s+(?:on|in|at|under|with|beside)\s+(?:each|every)\s+(?:sub-?task|task|step|item)\b`,
    String.raw`\bdependen[tț]ele\s+(?:\p{L}+\s+){0,2}?sunt\s+(?:scrise|notate|trecute|men[tț]ionate)\s+(?:la|in|sub)\s+fiecare\s+(?:sub-?task|task|sarcina|pas)`,
    String.raw`\b(?:las\s+)?dependencias\s+(?:estan|van|se\s+indican)\s+(?:escritas|anotadas|indicadas\s+)?(?:en|bajo)\s+cada\s+(?:sub)?(?:tarea|paso)\b|\b(?:as\s+)?dependencias\s+(?:estao|vao)\s+(?:escritas|anotadas|indicadas)\s+(?:em|sob)\s+cada\s+(?:sub)?(?:tarefa|passo)\b`,
    String.raw`\bles\s+dependances\s+sont\s+(?:ecrites|notees|indiquees)\s+(?:sur|dans|a|sous)\s+chaque\s+(?:sous-)?(?:tache|etape)\b|\babhangigkeiten\s+(?:stehen|sind)\s+(?:\p{L}+\s+)?(?:bei|an|in|unter)\s+(?:jeder|jedem)\s+(?:teil)?(?:aufgabe|schritt)\b`,
    String.raw`(?:কার\s+পরে|নির্ভরতা|পূর্বশর্ত)[^।]{0,20}?প্রতিটি\s+(?:সাব-?টাস্ক|টাস্ক|কাজ)(?:ের|এর)?\s+(?:\S+\s+){0,10}?লেখা\s+(?:আছে|হয়েছে|থাকে)`,
  ].join("|"),
  "iu",
);

/**
 * The sentence, with its line, in which the list says each task's own text states what it waits for; or
 * null. Then a numbered list's stages are no order of their own: the tasks' words are.
 */
export function dependenciesOnEachTask(list: TaskList): { line: number; quote: string } | null {
  return introSentence(list, (folded) => ON_EACH_TASK.test(folded));
}
