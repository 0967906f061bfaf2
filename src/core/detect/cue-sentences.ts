import type { DependencyStatement, ListNote, TaskList } from "../model/task.js";
import { withoutQuotedNames } from "./quoted-names.js";

// A rule stated as a suggestion, an alternative or a denial binds nothing: "optionally write tests before
// the implementation", "tests are not needed before implementation"; Thai "แนะนำ" (recommended; not
// "ไม่ใช่แค่คำแนะนำ", not merely a recommendation), "ถ้า", "หาก" (if), "อาจ" (may), "ไม่ต้อง" (need not);
// "recommended" in other languages: "empfohlen", "recommandé", "recomienda", "raccomandato", "aanbevolen",
// "zalecane", "推奨", "建议", "推荐", Korean "권장", "권한다"; an order given only roughly ("roughly model →
// service → endpoint", "顺序大致是 ...", "ungefähr", "à peu près", "aproximadamente", "примерно").
const NOT_BINDING =
  /\b(optional(?:ly)?|could|may|might|e\.g\.|for example|recommended|encouraged|suggested|prefer(?:ably)?|ideally|if (?:you|time|staffed))\b|(?<!ไม่ใช่(?:แค่|เพียง)?(?:คำ)?)แนะนำ|ถ้า|หาก|อาจ|empfohlen|empfehl|recommand|recom(?:i?end)|raccomand|aanbevol|zalec|推奨|おすすめ|建议|建議|推荐|推薦|권장|권한다|\broughly\b|\bapproximately\b|more or less|大致|大体|大體|大概|大约|大約|だいたい|おおよそ|대략|대체로|ungef[äa]hr|[àa] peu pr[èe]s|grosso modo|aproximadamente|pi[ùu] o meno|mniej wi[ęe]cej|примерно|приблизно/iu;
const DENIAL = /\b(not|no need|never|don'?t|doesn'?t|needn'?t)\b|ไม่(?:จำเป็น)?ต้อง/i;
// A rule kept for the tasks whose own line asks for it ("Tests first where the line says so", "where
// noted", "wo angegeben", "donde se indique"): those lines say it themselves; it binds no other task.
const WHERE_SAID =
  /\bwhere(?:ver)?\s+(?:(?:the|its|a|each)\s+(?:line|task|item|entry|bullet|note)\s+)?(?:says|states|asks\s+for)\s+(?:so|it)\b|\b(?:where|if|when)\s+(?:noted|marked|stated|indicated|flagged|specified)\b|\bwo\s+(?:angegeben|vermerkt)\b|\bdonde\s+se\s+indique\b|\bl[àa]\s+o[ùu]\s+(?:c['’]est\s+)?indiqu[ée]\b/i;
// Sections that describe ways to staff or deliver the work, not rules about the tasks.
const STRATEGY_HEADING =
  /\b(strateg(?:y|ies)|mvp|incremental delivery|parallel team|staffing|suggest\w*|recommend\w*)\b/i;
// A story's goal and its acceptance or independent test describe what it delivers and how it is checked,
// not the order of its tasks ("Goal: teach test-first development", "Independent Test: fail on the first
// call"), as spec-kit's template lays them out.
const DESCRIBES_THE_WORK =
  /^(?:goals?|objectives?|independent\s+test(?:\s+criteria)?|acceptance(?:\s+criteria)?|objetivos?|objectifs?|ziele?|teste\s+independente|test\s+ind[ée]pendant|prueba\s+independiente|目標|目标|목표|独立テスト|独立测试|독립\s*테스트|验收标准|合格基準)\s*[:：]/iu;
// What a comparison sets aside is not said of the work: "an end-to-end test rather than a test-first
// test", "instead of tests first". The words before it still state their rule ("tests first rather than
// last").
const SET_ASIDE = /\b(?:rather\s+than|instead\s+of)\b[^,;:]*/giu;
const SENTENCE_BREAK = /[.;!?。；！？।](?:\s|$)/u;
// A dash sets off a clause that goes on with the same rule ("Tests first — in every story, ...").
const DASH_BREAK = /\s[—–]\s/u;
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;
// "**Tests**: ..." on a line of its own is a field of its own, even with no blank line before it.
const FIELD_LINE =
  /^\s*(?:\*\*|__)[^*_]{1,40}(?:\*\*|__)\s*[:：]|^\s*(?:\*\*|__)[^*_]{1,40}[:：]\s*(?:\*\*|__)/;
// A rule stated for stories ("in every story", "within each user story", "inside a story", "tests of the
// story", "within stories") holds inside stories only. A story named by number ("User Story 1") or counted
// as waiting ("blocks all user stories") is something the sentence talks about, not where a rule holds.
const STORY_SCOPE = new RegExp(
  [
    String.raw`\b(?:each|every|a|any|the|that|this|its|per|within|inside|in)[\s-]+(?:user\s+)?story\b(?!\s*\d)`,
    String.raw`\b(?:within|inside|in|across|for)\s+(?:all\s+|the\s+)?(?:user\s+)?stories\b`,
    String.raw`각\s*(?:사용자\s*)?스토리|(?:每个|每一个|各个?)\s*(?:用户)?故事|各(?:ユーザー)?ストーリー`,
    String.raw`\bcada\s+(?:user\s+)?hist[oó]ria\b|\bchaque\s+histoire\b|кажд\S*\s+истори`,
    String.raw`(?<!\p{L})(?:mỗi|từng)\s+(?:user\s+)?story\b`,
    // Dutch "in elke story", German "in jeder Story", Swedish "i varje story"
    String.raw`(?<!\p{L})(?:elke|iedere|jede[rnms]?|varje|hver)\s+(?:user[\s-]+)?(?:story|stories|geschichte)(?!\p{L})`,
    // Polish "w każdej historyjce", "wewnątrz każdej historyjki"; Czech "v každém příběhu", "každá story"
    String.raw`(?<!\p{L})ka[żz]d\p{L}*\s+(?:historyj\p{L}*|p[řr][ií]b[ěe]h\p{L}*|story)(?!\p{L})`,
  ].join("|"),
  "iu",
);

/** A clause that binds a cue rule, and where the rule holds: inside stories only, or in every phase. */
export interface CueClause extends DependencyStatement {
  scope: "stories" | "every-phase";
}

interface Paragraph extends DependencyStatement {
  /** The innermost heading above the paragraph ("" when none). */
  heading: string;
}

/**
 * The binding clauses of the prose outside the tasks, each with the line it starts on: paragraphs and list
 * items joined across their lines, then cut into clauses. Clauses that suggest, offer an alternative or
 * deny, everything under a strategy, MVP or staffing heading, and a story's goal or independent test
 * are left out. Headings that state a
 * rule (read by the parser as cues) count as clauses too. A clause, or the heading above it, that names
 * stories ("in every story", "### Within each user story") binds its rule inside stories only. Quoted
 * names ("the `integration` marker") are not kinds of work.
 */
export function bindingClauses(list: TaskList): CueClause[] {
  const out: CueClause[] = [];
  for (const paragraph of [...paragraphs(list.notes ?? []), ...headingCues(list)]) {
    if (DESCRIBES_THE_WORK.test(paragraph.text.replace(/[*_`>]/g, "").trim())) continue;
    for (const sentence of withoutQuotedNames(paragraph.text).split(SENTENCE_BREAK)) {
      // A story scope in any clause of the sentence holds for the rule its other clauses state.
      const forStories = STORY_SCOPE.test(sentence) || STORY_SCOPE.test(paragraph.heading);
      for (const clause of sentence.split(DASH_BREAK)) {
        const text = clause
          .replace(SET_ASIDE, " ")
          .replace(/[*_`>]/g, "")
          .replace(/\s+/g, " ")
          .trim();
        if (text.length === 0 || NOT_BINDING.test(text) || DENIAL.test(text) || WHERE_SAID.test(text))
          continue;
        out.push({ line: paragraph.line, text, scope: forStories ? "stories" : "every-phase" });
      }
    }
  }
  return out;
}

/** Paragraphs and list items of prose (not code, not under a strategy heading), with their first line. */
function paragraphs(notes: readonly ListNote[]): Paragraph[] {
  const out: Paragraph[] = [];
  let open: Paragraph | null = null;
  for (const note of notes) {
    const prose = note.code === null && !note.headings.some((h) => STRATEGY_HEADING.test(h));
    // A table row states pairs of its own ("| T018 | T021 ... test written first |"), never a rule.
    const row = /^\s*\|/.test(note.text);
    if (!prose || row || note.text.trim() === "" || LIST_ITEM.test(note.text) || FIELD_LINE.test(note.text))
      open = null;
    if (!prose || row || note.text.trim() === "") continue;
    if (open) open.text += ` ${note.text.trim()}`;
    else {
      const text = note.text.replace(LIST_ITEM, "").trim();
      out.push((open = { line: note.line, text, heading: note.headings.at(-1) ?? "" }));
    }
  }
  return out;
}

// The parser keeps headings that state an order among its cues; prose lines are read from the notes.
function headingCues(list: TaskList): Paragraph[] {
  const noteLines = new Set((list.notes ?? []).map((n) => n.line));
  return (list.cues ?? []).filter((c) => !noteLines.has(c.line)).map((c) => ({ ...c, heading: "" }));
}
