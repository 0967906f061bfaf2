import type { TaskList } from "../../model/task.js";

/** Finds the task a quoted title names ("Create User model in src/models/user.py"). */
export class TitleIndex {
  private readonly titles: Array<{ id: string; title: string }>;

  constructor(list: TaskList) {
    this.titles = list.tasks.filter((t) => !t.group).map((t) => ({ id: t.id, title: normalise(t.title) }));
  }

  /** The one task whose title is the quote, or starts with it, or is its start; null when none or several. */
  find(quote: string): string | null {
    const q = normalise(quote);
    if (q.length < 8) return null;
    const exact = this.titles.filter((t) => t.title === q);
    if (exact.length === 1) return exact[0]?.id ?? null;
    if (exact.length > 1) return null;
    const near = this.titles.filter(
      (t) => t.title.startsWith(q) || (t.title.length >= 12 && q.startsWith(t.title)),
    );
    return near.length === 1 ? (near[0]?.id ?? null) : null;
  }
}

const cache = new WeakMap<TaskList, TitleIndex>();

/** The title index of a list, built once. */
export function titleIndex(list: TaskList): TitleIndex {
  let index = cache.get(list);
  if (!index) cache.set(list, (index = new TitleIndex(list)));
  return index;
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[`*"“”'’]/g, "")
    .replace(/\[[^\]]*\]\s*/g, "")
    .replace(/\s+/g, " ")
    .replace(/[\s.:;,]+$/, "")
    .trim();
}
