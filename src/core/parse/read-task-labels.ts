/** The markers written before a task's title: `[P]`, `[US1]`, `[DONE]`. */
export interface TaskLabels {
  parallel: boolean;
  stories: string[];
  /** `[DONE]`, `[X]` or a leading ✅ (heading tasks have no checkbox). */
  done: boolean;
  /** The title with the recognised markers removed. */
  title: string;
}

const LABEL = /^\[([^\]\n]{1,24})\]\s*/;
const STORY = /^(?:[A-Z][A-Z0-9]*-)?US\d+[A-Za-z]?$/i;
const STATUS_SIGN = /^\p{Extended_Pictographic}[\uFE0F\u200D\p{Extended_Pictographic}]*\s*/u;

/** Reads the leading `[...]` markers of a task line; unknown markers (`[SC-005]`) stay in the title. */
export function readTaskLabels(text: string): TaskLabels {
  const labels: TaskLabels = { parallel: false, stories: [], done: false, title: text };
  let rest = text.trim();
  for (;;) {
    if (rest.startsWith("✅")) {
      labels.done = true;
      rest = rest.slice(1).trimStart();
      continue;
    }
    // A status sign before the markers ("T003 🚧 [P] ...", "⬜", "⏸") decorates the line.
    const sign = STATUS_SIGN.exec(rest);
    if (sign && LABEL.test(rest.slice(sign[0].length))) {
      rest = rest.slice(sign[0].length);
      continue;
    }
    // cc-sdd writes the parallel marker in parentheses: `- [ ] 1.1 (P) Title`.
    if (/^\(P\)(?=\s|$)/.test(rest)) {
      labels.parallel = true;
      rest = rest.slice(3).trimStart();
      continue;
    }
    const m = LABEL.exec(rest);
    if (!m) break;
    const label = (m[1] ?? "").trim();
    if (/^P$/i.test(label)) labels.parallel = true;
    else if (STORY.test(label)) labels.stories.push(label.toUpperCase());
    else if (/^(DONE|X|COMPLETED?)$/i.test(label)) labels.done = true;
    else break;
    rest = rest.slice(m[0].length);
  }
  labels.title = rest.trim();
  return labels;
}
