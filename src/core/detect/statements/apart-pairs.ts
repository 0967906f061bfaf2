import type { ParallelGroup } from "./statement-types.js";

/** Task pairs the author says may run at once, as `a\0b` keys in both orders. */
export type ApartPairs = ReadonlySet<string>;

/** The key of a pair of tasks in an ApartPairs set. */
export function pairKey(a: string, b: string): string {
  return `${a}\u0000${b}`;
}

/** Adds a pair to a set of apart pairs, in both orders. */
export function addApart(out: Set<string>, a: string, b: string): void {
  out.add(pairKey(a, b));
  out.add(pairKey(b, a));
}

/** Each task's partners in a set of apart pairs. */
export function partnersOf(pairs: ApartPairs): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const key of pairs) {
    const [a, b] = key.split("\u0000") as [string, string];
    const list = out.get(a);
    if (list) list.push(b);
    else out.set(a, [b]);
  }
  return out;
}

/** Every pair of tasks from two different members of a parallel group, in both orders. */
export function apartPairs(groups: readonly ParallelGroup[]): ApartPairs {
  const out = new Set<string>();
  for (const group of groups) {
    group.members.forEach((a, i) => {
      for (const b of group.members.slice(i + 1)) {
        for (const x of a) {
          for (const y of b) {
            if (x !== y) addApart(out, x, y);
          }
        }
      }
    });
  }
  return out;
}
