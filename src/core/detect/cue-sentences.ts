import type { DependencyStatement, ListNote, TaskList } from "../model/task.js";

// A rule stated as a suggestion, an alternative or a denial binds nothing: "optionally write tests before
// the implementation", "tests are not needed before implementation".
const NOT_BINDING =
  /\b(optional(?:ly)?|could|may|might|e\.g\.|for example|recommended|suggested|prefer(?:ably)?|ideally|if (?:you|time|staffed))\b/i;
const DENIAL = /\b(not|no need|never|don'?t|doesn'?t|needn'?t)\b/i;
// Sections that describe ways to staff or deliver the work, not rules about the tasks.
const STRATEGY_HEADING =
  /\b(strateg(?:y|ies)|mvp|incremental delivery|parallel team|staffing|suggest\w*|recommend\w*)\b/i;
const CLAUSE_BREAK = /[.;!?。；！？](?:\s|$)|\s[—–]\s/u;
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;

/**
 * The binding clauses of the prose outside the tasks, each with the line it starts on: paragraphs and list
 * items joined across their lines, then cut into clauses. Clauses that suggest, offer an alternative or
 * deny, and everything under a strategy, MVP or staffing heading, are left out. Headings that state a
 * rule (read by the parser as cues) count as clauses too.
 */
export function bindingClauses(list: TaskList): DependencyStatement[] {
  const out: DependencyStatement[] = [];
  for (const paragraph of [...paragraphs(list.notes ?? []), ...headingCues(list)]) {
    for (const clause of paragraph.text.split(CLAUSE_BREAK)) {
      const text = clause
        .replace(/[*_`>]/g, "")
        .replace(/\s+/g, " ")
        .trim();
      if (text.length > 0 && !NOT_BINDING.test(text) && !DENIAL.test(text))
        out.push({ line: paragraph.line, text });
    }
  }
  return out;
}

/** Paragraphs and list items of prose (not code, not under a strategy heading), with their first line. */
function paragraphs(notes: readonly ListNote[]): DependencyStatement[] {
  const out: DependencyStatement[] = [];
  let open: DependencyStatement | null = null;
  for (const note of notes) {
    const prose = note.code === null && !note.headings.some((h) => STRATEGY_HEADING.test(h));
    if (!prose || note.text.trim() === "" || LIST_ITEM.test(note.text)) open = null;
    if (!prose || note.text.trim() === "") continue;
    if (open) open.text += ` ${note.text.trim()}`;
    else out.push((open = { line: note.line, text: note.text.replace(LIST_ITEM, "").trim() }));
  }
  return out;
}

// The parser keeps headings that state an order among its cues; prose lines are read from the notes.
function headingCues(list: TaskList): DependencyStatement[] {
  const noteLines = new Set((list.notes ?? []).map((n) => n.line));
  return (list.cues ?? []).filter((c) => !noteLines.has(c.line));
}
