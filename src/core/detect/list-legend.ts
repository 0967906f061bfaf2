import type { ListNote, Task, TaskList } from "../model/task.js";
import { regExpLiteral } from "../parse/reg-exp-literal.js";

/** One sign of the list's own notation: where task text writes it, and what the legend says it means. */
export interface LegendEntry {
  sign: string;
  pattern: RegExp;
  /** The meaning as the legend writes it, and with "$1" where the sign's task ID goes. */
  written: string;
  meaning: string;
}

// A heading, or the end of a lead-in line, that opens the list's own notation: "## Legend", "Notation
// (kept short on purpose):", "## Légende", "Leyenda", "Legenda", "Legende", "Обозначения", "凡例", "图例", "범례".
const LEGEND_WORD = String.raw`legend|notation|l[ée]gende|leyenda|legenda|обозначени\p{L}*|凡例|图例|圖例|범례|記号`;
const LEGEND_HEADING = new RegExp(String.raw`^\W*(?:${LEGEND_WORD})(?![\p{L}])`, "iu");
const LEGEND_LEAD_IN = new RegExp(
  String.raw`(?:^|[.!?]\s+)(?:${LEGEND_WORD})(?![\p{L}])[^.!?]*[:：]\s*$`,
  "iu",
);
// One entry: a short sign (in backticks, or a word of symbols) before "=", ":", "—" or "→", then its meaning.
const ENTRY = /^\s*[-*+]\s+(?:`([^`\n]{1,24})`|([^\s\p{L}`]{1,4}))\s*(?:=|:|：|—|–|->|→)\s*(.{3,160})$/u;
// The place of a task's ID in a sign: "T0xx", "TXXX", "T###", "<id>".
const PLACEHOLDER = /T0?[xX#]{2,3}|<(?:id|task)>/;
// One task ID, or a list or range of them ("T016–T018", "T025, T026"), in the place of the placeholder.
const ONE_ID = String.raw`(?:[A-Z]+-?)?\d[\w.]*`;
const ID = String.raw`(${ONE_ID}(?:\s*(?:[-–—~,/]|\bet\b|\band\b)\s*${ONE_ID})*)`;

/**
 * The signs a list's own legend defines ("`⛔ T0xx` : bloqué par T0xx", "`↳` : après la ligne du dessus",
 * "`⊘ T0xx` = don't start before T0xx is merged"), read from the list items under a legend heading or
 * after a lead-in line that names its notation. A sign of letters only ("Tests", "`blk by T0xx`": words
 * maestro reads as they are) is no sign.
 */
export function readLegend(notes: readonly ListNote[]): LegendEntry[] {
  const out: LegendEntry[] = [];
  let open = false;
  for (const note of notes) {
    if (note.code !== null) continue;
    const entry = ENTRY.exec(note.text);
    if (entry && (open || LEGEND_HEADING.test(note.headings.at(-1) ?? ""))) {
      const read = entryOf(entry[1] ?? entry[2] ?? "", (entry[3] ?? "").trim());
      if (read) out.push(read);
      open = true;
      continue;
    }
    open = LEGEND_LEAD_IN.test(note.text);
  }
  return out;
}

function entryOf(sign: string, meaning: string): LegendEntry | null {
  if (!/[^\p{L}\s]/u.test(sign.replace(PLACEHOLDER, "")) || /^\[[^\]]*\]$/.test(sign)) return null;
  const escaped = sign
    .trim()
    .split(PLACEHOLDER)
    .map((part) => regExpLiteral(part).replace(/\s+/g, "\\s*"));
  const source = escaped.join(ID);
  // A sign that starts or ends with a letter or digit is a word: it must not run into another.
  const word = /[\p{L}\p{N}]/u;
  const start = word.test(sign.trim()[0] ?? "") ? "(?<![\\p{L}\\p{N}])" : "";
  const end = word.test(sign.trim().at(-1) ?? "") ? "(?![\\p{L}\\p{N}])" : "";
  const pattern = new RegExp(`${start}${source}${end}`, "gu");
  const placeholder = PLACEHOLDER.exec(sign)?.[0];
  return {
    sign: sign.trim(),
    pattern,
    written: meaning,
    meaning: placeholder ? meaning.split(placeholder).join("$1") : meaning,
  };
}

/**
 * Task text read through the legend: "⛔ T002" reads "(bloqué par T002)", "↳" reads "↳ (après la ligne du
 * dessus)".
 */
export function withMeanings(text: string, legend: readonly LegendEntry[]): string {
  const found = legend
    .flatMap((e) => [...text.matchAll(e.pattern)].map((m) => ({ e, m })))
    .sort((a, b) => a.m.index - b.m.index);
  let out = "";
  let at = 0;
  for (const { e, m } of found) {
    if (m.index < at) continue;
    const end = m.index + m[0].length;
    // A sign with tasks gives way to its meaning (its IDs are read there, not as bare mentions); a sign
    // without is kept, its meaning beside it.
    const meaning = `(${e.meaning.replace(/\$1/g, m[1] ?? "")})`;
    out += m[1] === undefined ? `${text.slice(at, end)} ${meaning}` : `${text.slice(at, m.index)}${meaning}`;
    at = end;
  }
  return out + text.slice(at);
}

/**
 * The list with its tasks' words read through its own legend, and a note of the signs used; the list
 * itself when it has no legend or its tasks write none of its signs.
 */
export function readThroughLegend(list: TaskList): { list: TaskList; read: string[] } {
  const legend = readLegend(list.notes ?? []);
  if (legend.length === 0) return { list, read: [] };
  const written = (e: LegendEntry): boolean =>
    list.tasks.some((t) => t.title.search(e.pattern) >= 0 || t.body.search(e.pattern) >= 0);
  const used = legend.filter(written);
  if (used.length === 0) return { list, read: [] };
  const tasks = list.tasks.map((t): Task => ({
    ...t,
    title: withMeanings(t.title, used),
    body: withMeanings(t.body, used),
  }));
  return { list: { ...list, tasks }, read: used.map((e) => `${e.sign} = ${e.written}`) };
}
