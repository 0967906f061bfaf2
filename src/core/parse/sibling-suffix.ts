/** A mention as the sibling rule needs it: where it is written and the path it reads as. */
interface Mention {
  start: number;
  end: number;
  written: string;
  path: string | null;
  doubt?: unknown;
}

// A suffix written alone: ".down.sql", ".test.ts" (a dot, then two or more dotted parts).
const SUFFIX = /^\.[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)+$/;
// What joins it to the path before it: "and", "und", "y", "et", "e", "と", a comma or a slash.
const JOIN = /^[\s`]*(?:,|、|\/|\+|&|and|und|y|et|e|i|en|og|och|と|和|및)?[\s`]*$/iu;

/**
 * "`000031_settlements.up.sql` と `.down.sql`", "`x.up.sql` and `.down.sql`": a suffix written right
 * after a path, with the same last extension and as many dotted parts, names that path's sibling file
 * ("000031_settlements.down.sql"), not a file of its own that every task writing a migration would share.
 */
export function withSiblingSuffixes<T extends Mention>(text: string, mentions: readonly T[]): T[] {
  return mentions.map((mention, i) => {
    const before = mentions[i - 1];
    if (!before?.path || !SUFFIX.test(mention.written) || !JOIN.test(text.slice(before.end, mention.start)))
      return mention;
    const sibling = siblingOf(before.path, mention.written);
    // The sibling's name is sure: only the path before it can be in doubt, and that one settles both.
    if (sibling === null) return mention;
    const { doubt: _doubt, ...sure } = mention;
    return { ...sure, path: sibling } as T;
  });
}

function siblingOf(path: string, suffix: string): string | null {
  const slash = path.lastIndexOf("/") + 1;
  const parts = path.slice(slash).split(".");
  const own = suffix.slice(1).split(".");
  if (parts.length <= own.length || parts.at(-1) !== own.at(-1)) return null;
  return `${path.slice(0, slash)}${parts.slice(0, parts.length - own.length).join(".")}${suffix}`;
}
