import { deniesRelation, findMarkers, type Marker } from "./find-markers.js";
import { dropInclusionAsides } from "./inclusion-asides.js";
import { referenceGroups } from "./reference-groups.js";
import type { FoundReference } from "./statement-types.js";

/** A parenthesis of a sentence, by position (the brackets included). */
export interface Parenthesis {
  start: number;
  end: number;
  /** It holds a relation or parallel word: a clause of its own ("(after T006 completes)"). */
  clause: boolean;
}

/** The parentheses of a sentence, outermost only; round brackets, ASCII or full-width. */
export function findParentheses(text: string): Parenthesis[] {
  const out: Parenthesis[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "(" || c === "（") {
      if (depth === 0) start = i;
      depth++;
    } else if ((c === ")" || c === "）") && depth > 0) {
      depth--;
      if (depth === 0) {
        const inner = text.slice(start + 1, i);
        out.push({ start, end: i + 1, clause: holdsClause(text, inner, start, i + 1) });
      }
    }
  }
  return out;
}

/**
 * Whether a parenthesis is a clause of its own: it holds a relation or parallel word, or an arrow chain
 * beside a sentence that relates things itself ("US2 is blocked by US1 (T012 → T014)"); an arrow chain
 * in a sentence that is itself a chain is one of its steps.
 */
function holdsClause(text: string, inner: string, start: number, end: number): boolean {
  const markers = findMarkers(inner);
  if (markers.some((m) => m.type !== "chain")) return true;
  if (!markers.some((m) => m.type === "chain")) return false;
  const outside = findMarkers(mask(text, [{ start, end }]));
  return outside.length > 0 && outside.every((m) => m.type !== "chain");
}

/**
 * The markers outside the names of groups: in a list whose sections are "Block A", "Bloque B", the word
 * "Block" of "Block C waits for B2" names the section, it does not block anything.
 */
export function outsideNames<M extends { start: number; end: number }>(
  markers: readonly M[],
  refs: readonly FoundReference[],
): M[] {
  const names = refs.filter((r) => r.target.level === "group");
  return markers.filter((m) => !names.some((r) => r.start <= m.start && m.end <= r.end));
}

/** The text with some spans blanked out (same length), so positions still match. */
export function mask(text: string, spans: ReadonlyArray<{ start: number; end: number }>): string {
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + " ".repeat(s.end - s.start) + out.slice(s.end);
  return out;
}

/**
 * Settles references in parentheses. A parenthesis right after a reference restates it ("US1 (T003–T016)",
 * "User Story 2 (Phase 4)", "US3 (P2)", "US1: Health Check (Phase 3)"): one of the two goes. Task IDs are
 * the author's own enumeration and win over a phase or story name, unless a clause follows them inside,
 * a remark of their own ("Phase 2 (T006 also reads a table)", see remarkAfter); otherwise the name before
 * stays. Any
 * other parenthesis contributes its first list only ("(T020, filed under US3)" is T020). An aside naming
 * members of a group the sentence names ("group 3 ..., 3.4 and 3.5 included") goes too.
 */
export function dropAppositions(
  text: string,
  refs: readonly FoundReference[],
  parentheses: readonly Parenthesis[],
): FoundReference[] {
  const dropped = new Set<FoundReference>();
  for (const p of parentheses) {
    if (p.clause) continue;
    const inside = refs.filter((r) => r.start > p.start && r.end < p.end);
    if (inside.length === 0) continue;
    const first = new Set(referenceGroups(text, inside)[0] ?? []);
    for (const r of inside) if (!first.has(r)) dropped.add(r);
    const head = restated(text, refs, p);
    if (!head) continue;
    const ids = [...first].every((r) => r.target.level === "task");
    // "only need Phase 2 (T006 also reads a table)": the IDs stand in a remark of their own, which
    // restates nothing; the name before stays and the remark adds nothing.
    if (ids && head.target.level !== "task" && remarkAfter(text, [...first], p)) {
      for (const r of inside) dropped.add(r);
      continue;
    }
    if (ids && head.target.level !== "task") dropped.add(head);
    else for (const r of first) dropped.add(r);
  }
  return dropInclusionAsides(
    text,
    refs.filter((r) => !dropped.has(r)),
  );
}

/**
 * True when the parenthesis's IDs open a remark rather than a restatement: a clause goes on after them,
 * with no comma between ("(T006 also reads a table)"). A name of up to two words after the ID is the
 * task's title ("Foundational (T014 section editor)") and still restates.
 */
function remarkAfter(text: string, first: readonly FoundReference[], p: Parenthesis): boolean {
  const end = Math.max(...first.map((r) => r.end));
  const after = /^\s+([^,;:]*)/u.exec(text.slice(end, p.end - 1))?.[1] ?? "";
  return (after.match(/\p{L}+/gu) ?? []).length > 2;
}

/** The reference a parenthesis restates: the one just before it, with only a short title between. */
function restated(text: string, refs: readonly FoundReference[], p: Parenthesis): FoundReference | null {
  const head = [...refs].reverse().find((r) => r.end <= p.start);
  if (!head) return null;
  const gap = text.slice(head.end, p.start);
  // A title never spans a comma, nor a colon other than the one after the name ("US1: Health Check
  // (Phase 3)"): "US1's reader, but the parser (T019)", "After T001 completes: the UI tests (T002–T003)"
  // restate nothing.
  const colon = /[:：]/.test(gap.replace(/^\s*[:：]/, ""));
  if (gap.length > 40 || colon || /[()（）.;!?,，]/.test(gap) || findMarkers(gap).length > 0) return null;
  return refs.some((r) => r.start >= head.end && r.end <= p.start) ? null : head;
}

const POSITION_BEFORE_COLON =
  /\b(?:goes|go|comes?|runs?|is|be)\s+(?:the\s+(?:very\s+)?)?(?:first|last)(?:\s+(?:task|step|one))?\b/i;

/**
 * Where a sentence's label ends: "**Phase 4**: ...", "US1 (T003–T016) → after Foundational" (an arrow
 * followed by a relation word is a colon). The label must come first and hold no relation word itself,
 * nor end with a parallel word that takes an object ("Parallelizable with: T003");
 * returns -1 when there is none.
 */
export function labelEnd(
  text: string,
  markers: readonly Marker[],
  parentheses: readonly Parenthesis[],
): number {
  const inParens = (i: number): boolean => parentheses.some((p) => i > p.start && i < p.end);
  for (let i = 0; i < Math.min(text.length, 100); i++) {
    const c = text[i];
    if ((c !== ":" && c !== "：") || inParens(i)) continue;
    if (/\d$/.test(text.slice(0, i)) && /^\d/.test(text.slice(i + 1))) continue;
    // "T003:n kanssa", "US1:stä": a Finnish case ending glued to a name, not a label's colon.
    if (
      c === ":" &&
      /[\p{L}\p{N}]$/u.test(text.slice(0, i)) &&
      /^[a-z\u00C0-\u024F]/i.test(text.slice(i + 1))
    )
      continue;
    // "**Parallel Opportunities**: T001, T002" is a label; in "Parallelizable with: T003" the colon
    // introduces the object of the word before it.
    // "T036 must be the last task of the feature: ..." states a position; what follows is its reason.
    if (POSITION_BEFORE_COLON.test(text.slice(0, i))) return -1;
    // "T004 does not need to wait: ..." denies a relation: a statement, not a label.
    const relates = (m: Marker): boolean =>
      m.type !== "parallel" ||
      (m.takesObject && /^\s*$/.test(text.slice(m.end, i))) ||
      deniesRelation(text.slice(m.start, m.end));
    return markers.some((m) => m.start < i && relates(m)) ? -1 : i + 1;
  }
  const copula = copulaArrows(text, markers)[0];
  if (copula && !markers.some((m) => m.start < copula.start && m.type !== "chain")) return copula.end;
  return -1;
}

// Words that may stand between an arrow and the relation word it introduces ("→ can run after T014").
const FILLER =
  /^(?:\s|\b(?:all|both|can|could|are|is|be|must|should|will|only|then|run|runs|start|starts|also)\b)*/i;

/** Arrows that are written as colons: followed by a relation, parallel or negation word. */
export function copulaArrows(text: string, markers: readonly Marker[]): Marker[] {
  return markers.filter((m, i) => {
    if (m.type !== "chain" || !/[→⟶⇒➜➔➝►▶▸>]$/.test(text.slice(m.start, m.end))) return false;
    const next = markers[i + 1];
    if (!next || next.type === "chain") return false;
    const between = text.slice(m.end, next.start);
    if ((FILLER.exec(between)?.[0].length ?? 0) === between.length) return true;
    // In any language, a few plain words ("→ Pode rodar em paralelo com US1-3", "→ peut démarrer après")
    // lead to the word; a name (it holds a digit) or a clause mark between means the arrow orders things.
    const words = between
      .trim()
      .split(/\s+/)
      .filter((w) => w.length > 0);
    return words.length <= 3 && !/[\d,.;:()（），：]/.test(between);
  });
}
