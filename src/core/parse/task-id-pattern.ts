/**
 * The regular-expression source of a spec-kit task ID, as written at the start of a task line or in
 * prose: `T012`, `T046A`, `T045b`; a sub-task `T001.1` (a dot and a number per level); or an ID with an
 * upper-case tag joined by a hyphen, `T005-TEST`, which is a task of its own next to `T005`. A tag that
 * is itself an ID (`T004-T010`) is a range, never a tag; a lower-case word after the hyphen
 * (`T005-fix login`) is the title. Callers add `(?!\w)` after it.
 */
export const T_ID_SOURCE = String.raw`T\d{3,}[A-Za-z]?(?:\.\d+)*(?:-(?!T\d)[A-Z][A-Z0-9]*(?!\w))?`;

/**
 * An issue-tracker key: a project key of capitals and digits (one letter is enough: `R-14`), a hyphen, a
 * number (`SUP-101`, `ENG-42`). Callers add `(?!\w)` after it.
 */
export const TRACKER_KEY_SOURCE = String.raw`[A-Z][A-Z0-9]{0,9}-\d+`;

/**
 * The regular-expression source of a key used as a task ID: an issue-tracker key (above), a GitHub issue
 * or pull-request reference (`#412`, as a tracking issue lists its items), or an outline number behind a
 * letter or two (`M1.2` for item 2 of milestone 1, `S3.1`, `BE2.4`; `A1`, `B3` for item 3 of block B, which
 * is a word as often as a key: `S3`, `EC2`, a priority `P1`, so a list is keyed by them only when every item
 * opens with a key of its own, see `SHORT_KEY`); also with a lower-case letter after a hyphen (`M1-a`,
 * `M3-d1`, step a of milestone 1, as agents key their plans). Callers add `(?!\w)` after it.
 */
export const KEY_ID_SOURCE = String.raw`(?:${TRACKER_KEY_SOURCE}|#\d+|[A-Z]{1,3}\d+(?:\.\d+)*(?:-[a-z]\d*(?![\w-]))?)`;

/**
 * What may not stand before a sub-task number (`2.1`): a letter, digit or dot of a longer token, or the
 * mark of a version (`^3.4`, `~3.4`, `@3.4`, `>=3.4`, `image:3.4`), which names no task. A lookbehind.
 */
export const NOT_AFTER_VERSION_MARK = String.raw`(?<![\w.^~@=<>]|\w:)`;

/** A key without a dot or hyphen (`A1`, `P2`), which may be a word or a label shared by several items. */
export const SHORT_KEY = /^[A-Z]{1,3}\d+$/;

/** The project part of a key (`SUP-101` -> `SUP`, `M1.2` -> `M`). */
export function keyPrefix(key: string): string {
  const dash = key.lastIndexOf("-");
  return dash >= 0 ? key.slice(0, dash) : (/^[A-Z]+/.exec(key)?.[0] ?? "");
}

/** The task an ID's tag hangs on (`T005-TEST` -> `T005`), or null for an untagged ID. */
export function untaggedId(id: string): string | null {
  const m = /^(T\d{3,}[A-Za-z]?(?:\.\d+)*)-[A-Z][A-Z0-9]*$/.exec(id);
  return m ? (m[1] as string) : null;
}

/** The parent of a sub-task ID (`T001.2` -> `T001`, `2.1` -> `2`), or null for a top-level ID. */
export function parentId(id: string): string | null {
  if (/-[A-Z][A-Z0-9]*$/.test(id)) return null;
  const dot = id.lastIndexOf(".");
  return dot < 0 ? null : id.slice(0, dot);
}
