import { KEY_ID_SOURCE, keyPrefix, parentId } from "../../parse/task-id-pattern.js";
import { blankQuantities } from "../../parse/extract-task-references.js";
import type { DetectionContext } from "../detection-context.js";
import { droppedProjectKeys } from "./dropped-project-keys.js";
import { RANGE, TASK_WORD, idPatterns } from "./id-range-patterns.js";
import { findOrdinalGroups } from "./ordinal-references.js";
import type { FoundReference } from "./statement-types.js";

const KEY_ITEM = new RegExp(
  String.raw`(?<![\w])(${KEY_ID_SOURCE})(?:${RANGE}(${KEY_ID_SOURCE}))?(?!\w)`,
  "g",
);
// Chinese counts a group with an ordinal and a counter after the number: "第 3 组" (group 3), "第 5 项任务".
const ZH_ORDINAL = /第\s*(\d+)\s*(?:组|組|项|項|个任务|個任務|号任务|號任務)/gu;
// "section 4 of the design", "Abschnitt 4 des Entwurfs", "sección 2 del diseño": a section of another
// document, not a group of this list ("section 2 of this plan" still is one).
const SECTION_WORD = /^(?:sections?|secci[oó]n(?:es)?|abschnitte?|раздел[аыу]?)/iu;
const OF_DOCUMENT =
  /^\s+(?:of|des|der|del|de(?:\s+la)?|du|do|da|di|della|dello|van|z)\s+(?!(?:this|these|dieses|diesem|este|esta|ce|cette|questo|questa|deze|dit)\b)(?:the\s+|la\s+|le\s+|el\s+|il\s+|het\s+|de\s+)?\p{L}/iu;

function sectionOfDocument(written: string, after: string): boolean {
  return SECTION_WORD.test(written) && OF_DOCUMENT.test(after);
}

/** Where unknown IDs are reported: the list's file and the line being read. */
export interface ReferenceSite {
  source: string;
  line: number;
}

/**
 * Task references in a piece of text, one per ID or range: `T012`, `T010-T012`, `T010–T012`,
 * `T010..T012`; in numbered lists `task 2.1`, `tasks 2.1-2.3` (and bare `2.1` where the text is only
 * references, as in a table cell or a graph node). IDs the list does not have are reported on `site`.
 */
export function findTaskReferences(
  ctx: DetectionContext,
  written: string,
  site: ReferenceSite | null,
  bare: boolean,
  ownText = false,
): FoundReference[] {
  if (ctx.style === "none") return [];
  // "after 1.5 seconds" names a quantity, not task 1.5.
  const text = blankQuantities(written);
  const out: FoundReference[] = [];
  const add = (start: number, end: number, from: string, to: string | null): void => {
    const items = rangeItems(ctx, text, [start, end, from, to]);
    if (items.length > 1) {
      for (const item of items) add(...item);
      return;
    }
    const resolved = resolve(ctx, from, to, site);
    // "M6.2 onward", "T010 onwards": the task and the ones listed after it in its phase or group.
    const onward = to === null && resolved.length === 1 ? ONWARD.exec(text.slice(end)) : null;
    const ids = onward ? restOfGroup(ctx, resolved[0] as string) : resolved;
    const stop = end + (onward?.[0].length ?? 0);
    if (ids.length > 0)
      out.push({ start, end: stop, target: { level: "task", ids, written: text.slice(start, stop) } });
  };
  if (ctx.style === "t") {
    for (const m of text.matchAll(idPatterns(ctx.list).tItem))
      add(m.index, m.index + m[0].length, m[1] ?? "", m[2] ?? null);
    return out;
  }
  if (ctx.style === "key") {
    // Keys of other projects ("UTF-8", "ISO-8601", "FR-001") are not this list's tasks, nor unknown ones.
    for (const m of text.matchAll(KEY_ITEM))
      if (ctx.keyPrefixes.has(keyPrefix(m[1] ?? "")))
        add(m.index, m.index + m[0].length, m[1] ?? "", m[2] ?? null);
    out.push(...outlineGroups(ctx, text, out));
    if (!ownText) out.push(...droppedProjectKeys(ctx, text, out));
    return out.sort((a, b) => a.start - b.start);
  }
  const ids = idPatterns(ctx.list);
  for (const m of text.matchAll(ids.numberedList)) {
    if (sectionOfDocument(m[0], text.slice(m.index + m[0].length))) continue;
    const listStart = m.index + m[0].length - (m[1] ?? "").length;
    for (const item of (m[1] ?? "").matchAll(ids.numberedItem)) {
      add(listStart + item.index, listStart + item.index + item[0].length, item[1] ?? "", item[2] ?? null);
    }
  }
  for (const m of text.matchAll(ZH_ORDINAL)) add(m.index, m.index + m[0].length, m[1] ?? "", null);
  out.push(
    ...findOrdinalGroups(ctx, text).filter((g) => !out.some((r) => r.start < g.end && g.start < r.end)),
  );
  if (bare) {
    for (const m of text.matchAll(ids.bareNumbered)) {
      if (out.some((r) => r.start <= m.index && m.index < r.end)) continue;
      add(m.index, m.index + m[0].length, m[1] ?? "", m[2] ?? null);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const ONWARD = /^\s*(?:and\s+)?onwards?\b/i;
// "M3" in a list keyed M3.1, M3.2, ... or M3-1, M3-2, ...: the outline group, every item numbered under
// it; "M2–M6", "M2 to M6": the groups from one to the other.
const OUTLINE_GROUP =
  /(?<![\w.-])([A-Z]{1,3})(\d+)(?:\s*(?:[–—-]|\.\.|\s(?:to|through)\s)\s*\1(\d+))?(?![\w.-]\d|\w)/g;

/** The task and those listed after it in its phase, or (in a list without phases) under its outline parent. */
function restOfGroup(ctx: DetectionContext, id: string): string[] {
  const task = ctx.byId.get(id);
  const parent = parentId(id);
  const from = ctx.list.tasks.findIndex((t) => t.id === id);
  return ctx.list.tasks
    .slice(from)
    .filter((t) => !t.group && (task?.phase != null ? t.phase === task.phase : parentId(t.id) === parent))
    .map((t) => t.id);
}

/**
 * Outline groups ("M3", "M2–M6") a keyed list's text names, where no key already stands: the items keyed
 * under each (`M3.1`, or `M3-1` where the key's project part is the group itself).
 */
function outlineGroups(
  ctx: DetectionContext,
  text: string,
  found: readonly FoundReference[],
): FoundReference[] {
  const out: FoundReference[] = [];
  for (const m of text.matchAll(OUTLINE_GROUP)) {
    const [letters, first, last] = [m[1] ?? "", Number(m[2]), Number(m[3] ?? m[2])];
    if (found.some((r) => r.start <= m.index && m.index < r.end) || last < first || last - first > 50)
      continue;
    const ids: string[] = [];
    for (let n = first; n <= last; n++) ids.push(...outlineItems(ctx, `${letters}${n}`));
    if (ids.length > 0)
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        target: { level: "task", ids, written: m[0] },
      });
  }
  return out;
}

/** The items keyed under outline group `group`: `M3.1`, `M3.2`, ... or `M3-1`, `M3-2`, ... */
function outlineItems(ctx: DetectionContext, group: string): string[] {
  const dotted = ctx.keyPrefixes.has(keyPrefix(group));
  const hyphened = ctx.keyPrefixes.has(group);
  return ctx.list.tasks
    .filter((t) => !t.group)
    .filter((t) => (dotted && t.id.startsWith(`${group}.`)) || (hyphened && keyPrefix(t.id) === group))
    .map((t) => t.id);
}

/**
 * In a numbered list, the bare IDs (`2.1`, `3.1-3.3`) from `from` on, where the words before say they
 * name tasks (after a relation word: "depende da 2.1", "setzt 2.3 und 3.1 voraus"). A number the list
 * has no task for (a version, "Python 3.12") is left alone without a word.
 */
export function bareNumberedFrom(ctx: DetectionContext, text: string, from: number): FoundReference[] {
  if (ctx.style !== "numbered") return [];
  const out: FoundReference[] = [];
  const pattern = idPatterns(ctx.list).bareNumbered;
  for (const m of blankQuantities(text).slice(from).matchAll(pattern)) {
    const whole: Item = [from + m.index, from + m.index + m[0].length, m[1] ?? "", m[2] ?? null];
    for (const [start, end, id, to] of rangeItems(ctx, text, whole)) {
      const ids = resolve(ctx, id, to, null);
      if (ids.length > 0)
        out.push({ start, end, target: { level: "task", ids, written: text.slice(start, end) } });
    }
  }
  // "2.x", "2.*": every sub-task of task 2.
  for (const m of text.slice(from).matchAll(WILDCARD_NUMBERED)) {
    const ref = topLevelTask(ctx, m[1] ?? "", from + m.index, m[0]);
    if (ref) out.push(ref);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A reference to top-level task `id` written as `written` at `start`, or null when `id` is no such task. */
function topLevelTask(
  ctx: DetectionContext,
  id: string,
  start: number,
  written: string,
): FoundReference | null {
  if (ctx.byId.get(id)?.group !== true) return null;
  return { start, end: start + written.length, target: { level: "task", ids: [id], written } };
}

const WILDCARD_NUMBERED = /(?<![\w.])(\d+)\.[x*](?![\w.]*\w)/gi;

// "Task 3 must be done before 5 starts", "タスク 3 全体が終わってから 5 に進む": a sentence naming a top-level task
// with its word lets that word carry to a bare number (a top-level task's) later in the sentence.
const LABELLED_TOP = new RegExp(String.raw`${TASK_WORD}\s*#?\s*\d+(?![.\d])`, "iu");
const BARE_INTEGER = /(?<![\w.#])(\d+)(?![\w.]*\w)/g;
// What may follow such a number: a particle, punctuation or a verb, never a noun it counts ("3 replicas",
// "3 つのテスト").
const AFTER_TASK_NUMBER =
  /^\s*(?:$|[,.;:)\]、。）]|に|へ|を|が|は|も|と|まで|から|の後|より|(?:and|or|und|et|starts?|begins?|can|may|must|should|is|are|has|have|waits?|needs?|depends?|follows?|comes?|goes?|runs?)(?![\p{L}]))/iu;

/** Bare top-level task numbers after `from`, in a text that names a top-level task with its word. */
export function carriedTopLevelFrom(ctx: DetectionContext, text: string, from: number): FoundReference[] {
  if (ctx.style !== "numbered" || !LABELLED_TOP.test(text)) return [];
  const out: FoundReference[] = [];
  for (const m of text.slice(from).matchAll(BARE_INTEGER)) {
    const id = m[1] ?? "";
    const start = from + m.index;
    const ref = AFTER_TASK_NUMBER.test(text.slice(start + id.length))
      ? topLevelTask(ctx, id, start, id)
      : null;
    if (ref) out.push(ref);
  }
  return out;
}

/** The tasks an ID or range names; an ID with a suffix the list lacks (`T005-TEST`) falls back to its stem. */
function resolve(
  ctx: DetectionContext,
  from: string,
  to: string | null,
  site: ReferenceSite | null,
): string[] {
  const first = known(ctx, from);
  const last = to === null ? null : known(ctx, to);
  const outline = first === null ? underOutline(ctx, from, to) : [];
  if (outline.length > 0) return outline;
  const resolved = ctx.index.resolve({ from: first ?? from, to: to === null ? null : (last ?? to) });
  if (resolved.unknown !== null) {
    if (site) ctx.unknownReference(site.source, site.line, resolved.unknown);
    return [];
  }
  return resolved.ids;
}

/**
 * A numbered list whose sections are headings ("## 2. API" over items 2.1, 2.2, ... as OpenSpec writes
 * them) has no task "2": "section 2" is every item numbered under it, "sections 1–7" every item under
 * 1 to 7. Empty when no item is numbered so.
 */
function underOutline(ctx: DetectionContext, from: string, to: string | null): string[] {
  if (ctx.style !== "numbered" || !/^\d+$/.test(from) || (to !== null && !/^\d+$/.test(to))) return [];
  const [lo, hi] = [Number(from), Number(to ?? from)];
  return ctx.list.tasks
    .filter((t) => !t.group && /^\d+\./.test(t.id))
    .filter((t) => {
      const top = Number(t.id.split(".")[0]);
      return top >= lo && top <= hi;
    })
    .map((t) => t.id);
}

type Item = [start: number, end: number, from: string, to: string | null];

/**
 * A matched ID or range as the items it names: itself, or, for a range whose end is listed before its
 * start, its two ends. "4.3 wymaga 4.2, a 4.4 i 4.5 — 4.1" (and 4.4 and 4.5, 4.1) names two tasks with a
 * dash for the verb left out between them, no range.
 */
function rangeItems(ctx: DetectionContext, text: string, item: Item): Item[] {
  const [start, end, from, to] = item;
  if (to === null) return [item];
  const [first, last] = [known(ctx, from), known(ctx, to)];
  if (first === null || last === null || ctx.index.indexOf(last) >= ctx.index.indexOf(first)) return [item];
  return [
    [start, start + from.length, from, null],
    [start + text.slice(start, end).lastIndexOf(to), end, to, null],
  ];
}

// "2.1.3" where the list has only 2.1 is a step of 2.1; "3.22" where group 3 has no 3.22 is no task of
// group 3 (a version, "`zod` (3.22)", or a typo), so a written ID shortens to a task, never to a group.
function known(ctx: DetectionContext, written: string): string | null {
  for (let id = written; id.length > 0; id = id.replace(/[.-][^.-]*$/, "")) {
    if (ctx.index.has(id)) return id === written || ctx.byId.get(id)?.group !== true ? id : null;
    if (!/[.-]/.test(id)) break;
  }
  return null;
}
