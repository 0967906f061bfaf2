import type { WrittenReference } from "./extract-task-references.js";
import { untaggedId } from "./task-id-pattern.js";

/** What a written reference resolves to in one task list. */
export interface ResolvedReference {
  ids: string[];
  /** The reference as written when it names no task of the list (`T999`, `T200-T210`). */
  unknown: string | null;
}

/** Looks task IDs up and expands ranges (`T004-T010`, `T009–T015`) against one list. */
export class TaskIdIndex {
  private readonly position = new Map<string, number>();
  private readonly numbered: Array<{ id: string; n: number }> = [];

  constructor(private readonly ids: readonly string[]) {
    ids.forEach((id, i) => {
      this.position.set(id, i);
      const m = /^T(\d+)/.exec(id);
      if (m) this.numbered.push({ id, n: Number(m[1]) });
    });
  }

  /** True when the list has a task with this ID. */
  has(id: string): boolean {
    return this.position.has(id);
  }

  /** List position of a task, or -1. */
  indexOf(id: string): number {
    return this.position.get(id) ?? -1;
  }

  /**
   * The tasks a key that is not in the list stands for: the ones it was split into (`M3-d` -> `M3-d1`,
   * `M3-d2`; `T012` -> `T012a`, `T012b`) or the items numbered under it as an outline group (`M5` ->
   * `M5-a`, `M5-b`, or `M5.1`, `M5.2`). Only where the added part starts a new kind of character, so `T1`
   * never names `T10`-`T19`, nor `T005` the task `T005-TEST` beside it; and only for a key with letters.
   */
  private splitInto(gone: string): string[] {
    // A bare number ("5") is a step or a count far more often than a group no task stands for.
    if (!/^[A-Za-z].*[A-Za-z\d]$/.test(gone)) return [];
    const added = /\d$/.test(gone) ? /^(?:[A-Za-z]|[.-](?:[a-z]\d*|\d+)(?:\.\d+)*)$/ : /^\d+$/;
    return this.ids.filter((id) => id.startsWith(gone) && added.test(id.slice(gone.length)));
  }

  /** The tasks a reference names: one ID, or every task of a range (both ends included). */
  resolve(ref: WrittenReference): ResolvedReference {
    if (ref.to === null) {
      if (this.position.has(ref.from)) return { ids: [ref.from], unknown: null };
      // `T005-TEST` where the list has only T005: the words after the hyphen are prose, not a tag.
      const base = untaggedId(ref.from);
      if (base !== null && this.position.has(base)) return { ids: [base], unknown: null };
      const parts = this.splitInto(ref.from);
      return parts.length >= 2 ? { ids: parts, unknown: null } : { ids: [], unknown: ref.from };
    }
    const a = this.position.get(ref.from);
    const b = this.position.get(ref.to);
    let ids: string[] = [];
    if (a !== undefined && b !== undefined) {
      // "groups 2 to 5" ends with group 5's own sub-tasks (5.1, 5.2, ...), listed after it.
      let end = Math.max(a, b);
      const last = this.ids[end] ?? "";
      while (this.ids[end + 1]?.startsWith(`${last}.`)) end++;
      ids = this.ids.slice(Math.min(a, b), end + 1);
    } else {
      const low = /^T(\d+)/.exec(ref.from);
      const high = /^T(\d+)/.exec(ref.to);
      if (low && high) {
        const lo = Math.min(Number(low[1]), Number(high[1]));
        const hi = Math.max(Number(low[1]), Number(high[1]));
        ids = this.numbered.filter((x) => x.n >= lo && x.n <= hi).map((x) => x.id);
      }
    }
    return ids.length > 0 ? { ids, unknown: null } : { ids: [], unknown: `${ref.from}-${ref.to}` };
  }
}
