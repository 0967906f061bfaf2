import type { PhaseKind } from "../model/task.js";

/** What a phase heading says about its place in the spec-kit order. */
export interface PhaseHeading {
  kind: PhaseKind;
  /** "US1", "AUTH-US1" for a user-story phase, else null. */
  story: string | null;
}

const PHASE_PREFIX = /^(?:(?:phase|stage)\s+\d+(?:\.\d+)*[a-z]?\b|final\s+phase\b)/i;

/** Strips leading emoji, bold markers and punctuation that authors put before a heading's words. */
export function headingWords(text: string): string {
  return text
    .replace(/^[^\p{L}\p{N}]+/u, "")
    .replace(/\s+#+\s*$/, "")
    .trim();
}

/**
 * Classifies a heading as a phase heading (`Phase 3: User Story 1 - Sign in`, `Phase 3.1: Setup`,
 * `Final Phase: Polish`) or returns null when it is not one.
 */
export function classifyPhase(heading: string): PhaseHeading | null {
  const words = headingWords(heading).replace(/\*\*/g, "");
  const prefix = PHASE_PREFIX.exec(words);
  if (!prefix) return null;
  const name = words.slice(prefix[0].length).replace(/^\s*[:.\-–—]?\s*/, "");
  const story = storyOf(name);
  if (story) return { kind: "story", story };
  if (/\b(setup|set[- ]up|initiali[sz]ation|prerequisites?|bootstrap|scaffold)/i.test(name)) {
    return { kind: "setup", story: null };
  }
  if (/\bfoundation|\bblocking prerequisites/i.test(name)) return { kind: "foundational", story: null };
  if (/\b(polish|cross[- ]cutting|final|hardening|clean-?up|wrap[- ]up)\b/i.test(prefix[0] + " " + name)) {
    return { kind: "polish", story: null };
  }
  return { kind: "other", story: null };
}

/** The story a phase name belongs to: `User Story 2 - ...` -> US2, `US6 - ...` -> US6. */
function storyOf(name: string): string | null {
  const long = /\buser\s+stor(?:y|ies)\s+(?:([A-Z][A-Z0-9]*-US\d+[A-Za-z]?)|(\d+)|(US\d+))/i.exec(name);
  if (long) return long[1] ?? (long[2] ? `US${long[2]}` : (long[3] ?? "").toUpperCase());
  const short = /^(?:([A-Z][A-Z0-9]*-)?US-?(\d+))\b/.exec(name);
  if (short) return `${short[1] ?? ""}US${short[2] ?? ""}`;
  return null;
}
