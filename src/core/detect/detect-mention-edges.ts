import type { Task } from "../model/task.js";
import { blankQuantities, CODE_SIGNS, findAllReferences } from "../parse/extract-task-references.js";
import { deniesAny } from "./denied-phrase.js";
import type { DetectionContext } from "./detection-context.js";
import { deniedBeside, deniedInference, readableText, type Denial } from "./detect-explicit-edges.js";
import { findMarkers } from "./statements/find-markers.js";
import { foldText } from "./statements/fold-text.js";
import { isHedged } from "./statements/sentence-modality.js";
import { wrappedLines } from "./statements/statement-units.js";
import { withoutPaths } from "./without-paths.js";
import { patternList, type WordList } from "./statements/word-matcher.js";
import { NEGATION_PARTICLES } from "./statements/words/filler-words.js";
import { SIMILARITY_WORDS } from "./statements/words/pointer-words.js";
import { FAILING_UNTIL } from "./statements/words/failing-words.js";
import { STAND_IN } from "./statements/words/until-words.js";
import { BN_GENITIVE, BN_POSTPOSITION } from "./statements/words/bengali-words.js";
import { withoutPointedIds } from "./statements/pointed-references.js";

let negations: WordList<string> | null = null;
let similar: WordList<string> | null = null;

// A clause that names another task to set it apart, compare with it, run beside it or link it as related
// ("Parallelizable with: T008", "parallel zu 5.1", "independiente de T004", "Relates to: SUP-101", a
// tracker's link for context) binds nothing; nor
// does one whose word of need a negation denies ("doesn't need 1.2", "never depends on T004").
const UNBINDING_CLAUSE =
  /\b(paral+[eè]l\w*|concurrent\w*|independ\w*|unrelated|overlap\w*|together\s+with|nothing\s+to\s+do|unabh[äa]ngig\w*|gleichzeitig|simultan\w*|not\b|no\s+depend\w*|unlike|see|separate\w*|apart|different|distinct|decoupled|instead\s+of|same\s+(?:[\w-]+\s+){0,3}?as|no\b[^,;.]*\b(?:needed|required|necessary)|similar|like|mirror\w*|pattern|cf\.?|compare\w*|replac\w*|supersed\w*|optional\w*|could|e\.g|for\s+example|relat(?:es|ed)\s+to|related)\b|[∥‖║]/i;

// A clause saying the two share no code ("copy the layout of SUP-124, nothing is shared in code", "shares
// no code with it", "kein gemeinsamer Code", "aucun code partagé", "no se comparte código") names the
// other task as a model, not a need.
const SHARES_NOTHING =
  /\b(?:(?:nothing|no\s+code)\s+(?:is|gets)\s+shared|shares?\s+(?:no\s+code|nothing\s+(?:with|in\s+code))|no\s+shared\s+code|kein(?:en|e)?\s+gemeinsame[nr]?\s+code|aucun\s+code\s+partag[eé]|rien\s+n['’]est\s+partag[eé]|no\s+se\s+comparte|sin\s+c[oó]digo\s+compartido|nenhum\s+c[oó]digo\s+(?:[eé]\s+)?compartilhado)/i;

// A stand-in used until the other task lands ("stub the preview with msw until T025 lands") is there so
// as not to wait for it.
const STAND_IN_UNTIL = new RegExp(String.raw`${STAND_IN}[^.;]*\buntil\b`, "i");
// A test's expected state ("they stay red until T008 is merged", "sie bleiben rot, bis T008 ..."): it is
// written first, so it does not wait for what makes it pass.
const FAILING_STATE = new RegExp(String.raw`\b(?:${FAILING_UNTIL})\b`, "i");

// The same in Ukrainian and Russian: "так само, як у 2.3" (the same as in 2.3), "схоже на", "разом з".
const UNBINDING_CYRILLIC =
  /(?<![\p{L}])(?:так\s+сам[оа]|як\s+(?:у|в)|схож\p{L}*|аналогічн\p{L}*|разом|так\s+же|как\s+в)(?![\p{L}])/iu;

// "gates T009", "must land before T012": the task named goes after this one; the statement reader
// gives that edge its direction.
// "block" after a determiner is a noun ("picks the block 10.1 adds"), as the relation word reads it.
const PUTS_THIS_TASK_FIRST =
  /\b(gates?|gating|(?<!\b(?:the|a|an|this|that|its|their|each|every|code)\s)blocks?|blocking|before|precedes?|unblocks?|prerequisite|required\s+by|needed\s+by|ahead\s+of)\b/i;

// "Before" whose object is this task's own work ("must be merged before work starts here", "before
// anything else") puts nothing after this task: it says what this task waits for.
const BEFORE_THIS_TASK =
  /\bbefore\s+(?:this|here|work\s+(?:starts|begins)\s+(?:here|on\s+this)|anything\s+else)\b/i;

/**
 * A clause that, in any language the statements read, puts this task first ("gates T009", "blocca T016",
 * "muss vor T012 fertig sein"), denies ("behöver inte vänta på T011"), sets the task apart ("tidak bergantung pada T005", "parallellt med T003"),
 * compares ("după același tipar ca maparea din T016": after the same pattern as)
 * or only suggests ("éventuellement après T010, si l'on veut ..."): the text is folded and searched once.
 */
function unbindsInAnyLanguage(text: string): boolean {
  if (PUTS_THIS_TASK_FIRST.test(text)) return true;
  const folded = foldText(text);
  negations ??= patternList(NEGATION_PARTICLES);
  similar ??= patternList(SIMILARITY_WORDS);
  if (negations.test(folded) || similar.test(folded)) return true;
  const apart = findMarkers(folded).some(
    (m) => m.type === "parallel" || (m.type === "relation" && m.word.direction === "backward"),
  );
  return apart || isHedged(folded);
}

// A word of need, or a participle naming what a task made ("the module created in 1.2", "registered in
// 2.4", German "wie in 1.3 festgelegt"): using what another task made needs it.
// Also what a task is said to make, in a clause without "that" ("picks the block 10.1 adds"), and what
// this one instantiates.
const NEED_WORDS =
  /\b(needs?|requires?|uses?|using|after|once|from|by|depends?|built|extends?|reuses?|consumes?|reads?|instantiat(?:e|es|ing)|(?:created|added|defined|declared|registered|introduced|generated|written|implemented|exported|provided)\s+in|in\s+[\w.]+\s+(?:festgelegt|definiert|angelegt|erstellt|eingef(?:ü|ue)hrt|erzeugt|registriert|deklariert|beschrieben)|(?<=(?:T\d{3,}|\d+\.\d+)\s)(?:adds|creates|defines|declares|exports|provides|introduces|generates|registers))(?![\w\u00C0-\u024F])/i;

// Ukrainian and Russian "from" ("для таблиці з 1.1": for the table from 1.1), and Vietnamese "từ" ("từ
// các metric ở 9.1": from the metrics in 9.1), a word of need as "from" is; so are verbs of building on
// what another made: "integrates the parser (5.1)", "calls", "implements", "receives", and Romanian
// "folosește", "integrează", "apelează", "implementează", "primește", "citește", "extinde".
const OTHER_FROM =
  /(?<![\p{L}])(?:з|із|зі|из|từ|integrates|calls|implements|receives|folose[șş]te|folosesc|integreaz[ăa]|apeleaz[ăa]|implementeaz[ăa]|prime[șş]te|cite[șş]te|extinde)(?![\p{L}])/iu;

// A sub-task said to come first ("so 1.1 has to be merged first", "2.3 goes first"): it goes before the
// task whose note says so. Only with the number as the subject: "this goes first; 1.2 reads it" is no need.
const NAMED_FIRST =
  /\d+(?:\.\d+)+\s+(?:(?:has|have|must|should|needs?)\s+(?:to\s+)?(?:be\s+)?(?:\w+\s+)?|(?:goes|comes|lands|is|are)\s+(?:\w+\s+)?)first\b/i;

// Two ways a note binds a task listed after it, which a bare mention never does: the task said to come
// first ("so 5.1 lands first", "T014 has to be merged first"), and the task named as the maker of what this
// one uses ("using the DTO that Subtask 5.1 defines", "reads the schema which T014 creates").
const LATER_FIRST =
  /(?:^|[\s(])((?:sub-?task\s+|task\s+)?[\p{L}\p{N}.-]*\d)\s+(?:(?:has|have|must|should|needs?)\s+(?:to\s+)?(?:be\s+)?(?:\w+\s+)?|(?:goes|comes|lands|is|are)\s+(?:\w+\s+)?)first\b/giu;
const LATER_MAKER =
  /\b(?:uses?|using|needs?|reads?|reading|calls?|calling|extends?|consumes?|imports?|wraps?|wrapping)\s+(?:[^\s,;]+\s+){0,5}?(?:that|which)\s+((?:sub-?task\s+|task\s+)?[\p{L}\p{N}.-]*\d)\s+(?:defines|creates|adds|builds|exports|provides|declares|generates|introduces|makes|registers)\b/giu;

// Chinese names what a sub-task makes by the sub-task and the verb: "使用 6.5 定义的权限" (uses the permission
// 6.5 defines), "锁由 5.6 配置" (the lock is configured by 5.6). Made there, so wherever 5.6 is listed.
const ZH_LATER_MAKER =
  /(?<![\w.])(\d+(?:\.\d+)+)\s*(?:中|里)?(?:定义|创建|生成|声明|注册|配置|提供|新增|实现)(?:了|好)?的|由\s*(\d+(?:\.\d+)+)\s*(?:负责)?(?:配置|提供|创建|生成|定义|实现|声明|注册)/gu;

// "7.3、7.4、7.5 三个页面都要先就位" (the three pages 7.3, 7.4, 7.5 must all be in place first), "T029 虽然排在后面，
// 但要先做完" (T029, though listed later, must be finished first: the concession's comma does not end it).
const ZH_ID = String.raw`(?:T\d{3,}[A-Za-z]?|\d+(?:\.\d+)+)`;
const ZH_FIRST = new RegExp(
  String.raw`((?:${ZH_ID}\s*[、，,和与及]\s*)*${ZH_ID})(?:[^，。；,;]{0,12}?|\s*(?:虽然|雖然|尽管|儘管)[^，。；,;]{0,16}[，,]\s*(?:但是?|可是|不过)?[^，。；,;]{0,6}?)(?:都|需要|要|必须|得)先(?:就位|完成|合并|做完|上线|写好|到位)`,
  "gu",
);
const ZH_SAID_FIRST = new RegExp(ZH_FIRST.source, "u");

/**
 * Mention edges: a task whose own text names an earlier task ("reuses the sources declared by T004",
 * "extends the T012 entity") builds on it, even without a dependency phrase. Only mentions of tasks listed
 * before it count (naming a later task is foreshadowing, not a need), and not in a clause that compares,
 * contrasts or runs the tasks side by side. A spec-kit ID (`T012`) is unambiguous; a sub-task number
 * (`2.1`) could be a version, so in numbered lists it counts only in a clause with a word of need
 * ("Needs the VPC id exported by 2.1") or written with a word for a task ("the hook of Subtask 7.1").
 */
export function detectMentionEdges(
  ctx: DetectionContext,
  denied: ReadonlyMap<string, Denial> = new Map(),
): void {
  if (ctx.style === "none") return;
  const position = new Map(ctx.list.tasks.map((t, i) => [t.id, i]));
  for (const task of ctx.list.tasks) {
    const text = withoutPaths(readableText(task.title, task.body));
    for (const clause of clauses(text)) {
      // A code name is no word of the sentence ("`Store.ReplaceAll` (3.4)" replaces nothing).
      const said = clause.around.replace(BEFORE_THIS_TASK, "").replace(/`[^`\n]*`/g, " ");
      if (
        [UNBINDING_CLAUSE, UNBINDING_CYRILLIC, STAND_IN_UNTIL, FAILING_STATE, SHARES_NOTHING].some((w) =>
          w.test(said),
        ) ||
        unbindsInAnyLanguage(said) ||
        isHedged(foldText(clause.whole))
      )
        continue;
      if (deniesAny(clause.text, NEED_WORDS)) continue;
      // A gloss ("the rule (8.2)") is needed as the name it glosses is: by the words around it, which hold
      // the clause itself (and are the clause where it glosses nothing).
      const needs = [NEED_WORDS, OTHER_FROM, NAMED_FIRST, BEFORE_THIS_TASK, ZH_SAID_FIRST].some((w) =>
        w.test(clause.around),
      );
      // A sub-task named with its word ("the hook of Subtask 7.1", "(task 2.3)") or glossing a code name
      // ("`build_waves()` (4.2)") is no version number.
      const named = ctx.style === "numbered" && !needs && !clause.code ? labelledNumbers(clause.text) : null;
      if (named?.length === 0) continue;
      // "xem T031 để biết ...", "stejně jako v T020": a task pointed at or compared with is not needed.
      const text = named ? named.join(", ") : withoutPointedIds(foldText(clause.text));
      const earlier = earlierTasks(ctx, text, task, position);
      const later = laterTasksBound(ctx, said, task).filter((id) => !earlier.includes(id));
      for (const id of [...earlier, ...later]) {
        const line = task.line + clause.line;
        // A bare mention is the weakest inference there is: the task's own denial of the pair wins. So it
        // does over a word of need in the denial's own sentence ("reuse the colours of T002, but don't
        // wait for it"): the author weighed the use and still said not to wait.
        const pair = { from: id, to: task };
        if (
          (!needs || deniedBeside(denied, pair, clause.text)) &&
          deniedInference(ctx, denied, pair, `${task.id} mentions ${id}`, "no edge from the mention")
        )
          continue;
        ctx.edges.add({
          from: id,
          to: task.id,
          kind: "explicit",
          reason: `explicit "${quote(clause.around.replace(/\s+/g, " ").trim())}" (${ctx.at(task, line)}), ${earlier.includes(id) ? "a mention of an earlier task" : "a task named as coming first or as the maker of what this one uses"}`,
          stated: false,
          origin: "task",
          line,
        });
      }
    }
  }
}

/** The tasks, wherever listed, that a clause says come first or make what this task uses. */
function laterTasksBound(ctx: DetectionContext, clause: string, task: Task): string[] {
  const zh = ZH_UNBINDING.test(clause)
    ? []
    : [...clause.matchAll(ZH_LATER_MAKER), ...clause.matchAll(ZH_FIRST)];
  const named = [...clause.matchAll(LATER_FIRST), ...clause.matchAll(LATER_MAKER), ...zh].map(
    (m) => m[1] ?? m[2] ?? "",
  );
  return named
    .flatMap((words) => findAllReferences(words, ctx.style))
    .flatMap((ref) => ctx.index.resolve(ref).ids)
    .filter((id) => id !== task.id);
}

const LABELLED_NUMBER = /\b(?:sub-?tasks?|tasks?|steps?)\s+(\d+(?:\.\d+)+)\b/giu;
// Japanese "1.5 のヘルパーで" (with 1.5's helper), "1.2 のフラグ" (1.2's flag): a sub-task owning a thing, as
// "the hook of Subtask 7.1" is; not "1.1 の後" or "の前", words of time the statements read.
const JA_OWNER_NUMBER = /(?<![\w.])(\d+(?:\.\d+)+)\s*の\s*(?!後|あと|前|完了|次|直後|直前)/gu;
// A Japanese clause that denies ("使わない", "待たず") or compares ("と同じ", "のように", "とは別") names its
// sub-task to set it apart.
const JA_UNBINDING = /ない|ず(?:に|、|。|$)|せず|同じ|同様|ように|ような|とは別|参照|似/u;
// Chinese "2.1 的表" (2.1's table), "2.3 创建的表" (the table 2.3 creates), "由 5.6 配置" (configured by 5.6):
// a sub-task owning or making a thing. A clause that denies ("不", "无需") or compares ("和 2.1 一样", "参照") does not.
const ZH_OWNER_NUMBER =
  /(?<![\w.])(\d+(?:\.\d+)+)\s*(?:(?:中|里)?(?:新增|创建|建|生成|声明|注册|配置|定义|提供|实现|加|写)?的(?!\s*(?:之后|以后|时候))|(?=(?:中|里)?(?:新增|创建|生成|声明|注册|配置|定义|提供|实现)(?:了|好)?的))|由\s*(\d+(?:\.\d+)+)\s*(?=(?:负责)?(?:配置|提供|创建|生成|定义|实现|声明|注册))/gu;
const ZH_UNBINDING =
  /不|无需|无须|没有|(?:与|和|跟|同)[^，。；]{0,20}?(?:相同|一样|类似)|同样的|参照|参考|类似|仿照/u;
// "通过 5.2 发送" (sends through 5.2), "调用 4.2" (calls 4.2): a verb of use right before the sub-task.
const ZH_THROUGH = /(?:通过|经由|借助|调用|使用|引用)\s*(\d+(?:\.\d+)+)(?![\d.]*\d)/gu;
// French, Spanish, Portuguese and Italian "de/du/da/di/del 7.2" (of 7.2), "ajoutés en 1.1" (added in 1.1),
// Romanian "din 6.4" (from 6.4): a thing of a sub-task or made in it, as "the hook of Subtask 7.1" is.
const ROMANCE_OWNER_NUMBER =
  /(?<![\p{L}])(?:de|du|des|da|do|di|del|della|dello|dei|en|em|din)\s+(\d+(?:\.\d+)+)(?![\d.]*\d)/giu;

// Bengali "5.2–5.5-এর কন্ট্রোলার" (the controllers of 5.2–5.5): the genitive glued to a sub-task or a range
// owns the thing after it; not before a postposition of time, need or company the statements read.
const BN_OWNER_NUMBER = new RegExp(
  String.raw`(?<![\w.])(\d+(?:\.\d+)+(?:\s*[–—-]\s*\d+(?:\.\d+)+)?)${BN_GENITIVE}\s+(?!${BN_POSTPOSITION})`,
  "gu",
);
// "1.3-এর ফাইল থেকে আলাদা" (separate from 1.3's file), "ভিন্ন" (different): a thing set apart is not needed.
const BN_UNBINDING = /(?<![\u0980-\u09FF])(?:আলাদা|পৃথক|ভিন্ন|স্বাধীন)(?![\u0980-\u09FF])/u;

/**
 * The sub-task numbers a clause writes after a word for a task ("Subtask 7.1", "task 2.3"), or as the owner
 * of a thing ("1.2 のフラグ", "le store de 7.2", "7.2-এর স্টোর").
 */
function labelledNumbers(text: string): string[] {
  const owners = JA_UNBINDING.test(text) ? [] : [...text.matchAll(JA_OWNER_NUMBER)];
  const zh = ZH_UNBINDING.test(text) ? [] : [...text.matchAll(ZH_OWNER_NUMBER), ...text.matchAll(ZH_THROUGH)];
  return [
    ...text.matchAll(LABELLED_NUMBER),
    ...owners,
    ...zh,
    ...text.matchAll(ROMANCE_OWNER_NUMBER),
    ...(BN_UNBINDING.test(text) ? [] : text.matchAll(BN_OWNER_NUMBER)),
  ].map((m) => (m[1] ?? m[2]) as string);
}

function earlierTasks(
  ctx: DetectionContext,
  text: string,
  task: Task,
  position: ReadonlyMap<string, number>,
): string[] {
  const here = position.get(task.id) ?? 0;
  return (
    findAllReferences(text, ctx.style)
      // A lone integer in prose is a count ("3 data nodes"), not task 3.
      .filter((ref) => ctx.style !== "numbered" || ref.from.includes("."))
      .flatMap((ref) => ctx.index.resolve(ref).ids)
      .filter((id) => id !== task.id && (position.get(id) ?? here) < here)
  );
}

// Where a clause ends; not at the full stop of an abbreviation ("cf. T004", "e.g. T012", "vgl. 2.3").
const CLAUSE_BREAK =
  /[;；()[\]。！？]|(?<!(?:^|[^\p{L}])(?:cf|vs|e\.g|i\.e|vgl|cfr|jfr|zob|por|srov|см|див))[.!?](?:\s|$)|\s[—–-]\s|,\s+(?:but|while|whereas)(?![\p{L}])/u;

// A parenthesis that only names tasks: the IDs glossing the name before it ("the backend (T015–T021)").
const GLOSS = /^\(\s*[\dA-Z.,、，&+\s\-–—~〜]+\)/u;

// What stands between two glosses of one list: a comma or a conjunction, and the next name (up to four words;
// none left where it was a path).
const LIST_GOES_ON =
  /^\s*(?:,\s*(?:(?:and|or|și|si|sau|y|o|e|ed|et|ou|und|oder|en|i|и|та|або)\s+)?|(?:and|or|și|si|sau|y|o|e|ed|et|ou|und|oder|en|i|и|та|або)\s+)(?:\S+(?:\s+\S+){0,3})?\s*$/iu;

/** The last words before a gloss: the name it glosses and what governs it ("independent of the backend"). */
function nameBefore(text: string): string {
  return text.split(/\s+/).slice(-4).join(" ");
}

/** The clause a gloss at `at` stands in, up to it; the brackets of a call ("`build()`") end no clause. */
function glossedClause(lineText: string, at: number): string {
  const before = lineText.slice(0, at);
  const masked = before.replace(/`[^`\n]*`|\w\(\)/g, (m) => m.replace(/[()]/g, " "));
  return before.slice(before.length - (masked.split(CLAUSE_BREAK).at(-1) ?? "").length);
}

/** A postposition glued to the gloss's bracket ("）とは独立", "(T016) bağlı değildir" has a space: none). */
function particleAfter(text: string): string {
  return /^\p{L}/u.test(text) ? text.slice(0, 8) : "";
}

/** A clause of a task's text; `code` when it is a gloss naming the task that makes a code name before it. */
interface Clause {
  text: string;
  line: number;
  around: string;
  /** For a gloss, its whole clause: a hedge opening it covers it ("Optionally, it may log through `f()` (3.3)"). */
  whole: string;
  code: boolean;
}

// A code name right before a gloss ("`build_waves()` (4.2)", "sortByWalk (4.1)"): a thing in code, so the
// number after it names the sub-task that makes it, never a version.
// A package's name ("`zod` (3.22)") is a plain word or has hyphens: its number is a version. A member of a
// package or type ("`reference.Evaluate` (4.2)", "`hl7.Message`") is code.
const CODE_NAME_END = new RegExp(
  String.raw`(?:\x60(?=[^\x60\n]*(?:${CODE_SIGNS}))[^\x60\n]{1,60}\x60|\b[A-Za-z_]\w*\(\)|\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+|\b[a-z]+[A-Z]\w*|\b[A-Z][a-z]+[A-Z]\w*)\s*$`,
  "u",
);

/**
 * The text's clauses with the line (from 0) each starts on; a sentence may wrap onto the next line. A
 * parenthesis that only glosses a name with its IDs is judged with the words right around it (`around`):
 * "independent of the backend (T015–T021)", "バックエンド（T015〜T021）とは独立".
 */
function clauses(text: string): Clause[] {
  const out: Clause[] = [];
  for (const { text: lineText, line } of wrappedLines(text)) {
    const parts = lineText.split(CLAUSE_BREAK);
    let at = 0;
    let previous: Clause | null = null;
    parts.forEach((part, i) => {
      const start = lineText.indexOf(part, at);
      at = start + part.length;
      if (!/\d/.test(part)) return;
      const clause = blankQuantities(part).trim();
      // Only an ASCII bracket ends a clause (CLAUSE_BREAK); a task's line is NFKC-normalised, so its
      // fullwidth brackets are ASCII already.
      const glossed = start > 0 && GLOSS.test(lineText.slice(start - 1));
      if (!glossed) {
        out.push({ text: clause, line, around: clause, whole: clause, code: false });
        return;
      }
      const before = glossedClause(lineText, start - 1);
      // "integrates the parser (5.1), the mapper (5.3) and the store (3.4)": a gloss that only goes on
      // with the list of the gloss before it is governed by that one's words too.
      const listed = previous !== null && LIST_GOES_ON.test(before) ? previous : null;
      const own = `${listed ? before : nameBefore(before)} ${clause} ${particleAfter(parts[i + 1] ?? "")}`;
      previous = {
        text: clause,
        line,
        around: listed ? `${listed.around} ${own}` : own,
        whole: `${listed?.whole ?? ""}${before} ${clause}`,
        code: CODE_NAME_END.test(lineText.slice(0, start - 1)),
      };
      out.push(previous);
    });
  }
  return out;
}

function quote(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
