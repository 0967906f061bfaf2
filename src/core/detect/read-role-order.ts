import {
  FIRST_OF_ALL,
  FIRST_RIGHT_AFTER,
  FIRST_THEN,
  ROLE_WORDS,
  THEN_FIRST,
  type CueRole,
} from "./cue-vocabulary.js";

/** One order a clause states between kinds of work; `then` "rest" means every other kind. */
export interface RoleOrder {
  first: CueRole;
  then: CueRole | "rest";
}

interface Mention {
  role: CueRole;
  start: number;
  end: number;
}

/**
 * Reads the orders a clause states between kinds of work: "tests before implementation", "implementation
 * starts only once its tests exist", "tests, then the core modules", "테스트 작성 후 → 구현", "tests are
 * written first". Consecutive mentions of two kinds are related by the order word between them; a kind
 * followed by "first" goes before the rest. The first reading of a pair wins.
 */
export function readRoleOrders(clause: string): RoleOrder[] {
  const mentions = findMentions(clause);
  const out: RoleOrder[] = [];
  const seen = new Set<string>();
  const push = (order: RoleOrder): void => {
    const key = [order.first, order.then].sort().join("|");
    if (order.first === order.then || seen.has(key)) return;
    seen.add(key);
    out.push(order);
  };
  mentions.forEach((a, i) => {
    const b = mentions[i + 1];
    const between = clause.slice(a.end, b ? b.start : clause.length);
    if (b && FIRST_THEN.test(between)) push({ first: a.role, then: b.role });
    else if (b && THEN_FIRST.test(between)) push({ first: b.role, then: a.role });
    else if (firstOfAll(between.split(/[,;]/)[0] ?? "")) push({ first: a.role, then: "rest" });
  });
  return out;
}

// "first" after a determiner is an ordinal ("on its first attempt", "the first run"), and "first" joined
// by a hyphen to another word puts that word first ("a backend-first order"): neither orders the kind of
// work named before it. In "test-first" the hyphen follows the kind itself, which the mention consumed.
const ORDINAL = /\b(?:the|a|an|its|their|his|her|our|your|my|this|that|each|every)\s+$/iu;
const OTHER_WORD_JOINED = /[\p{L}\p{N}]-$/u;
const EVERY_FIRST = new RegExp(FIRST_OF_ALL.source, "giu");

/** True when the words after a kind of work put it before every other kind ("tests are written first"). */
function firstOfAll(after: string): boolean {
  if (FIRST_RIGHT_AFTER.test(after)) return true;
  return [...after.matchAll(EVERY_FIRST)].some((m) => {
    const before = after.slice(0, m.index);
    return !ORDINAL.test(before) && !OTHER_WORD_JOINED.test(before);
  });
}

function findMentions(clause: string): Mention[] {
  const all: Mention[] = [];
  for (const [role, words] of ROLE_WORDS)
    for (const m of clause.matchAll(words)) all.push({ role, start: m.index, end: m.index + m[0].length });
  all.sort((x, y) => x.start - y.start || y.end - x.end);
  // An overlapping mention ("integration tests" is a test, not integration) keeps the earlier, longer one.
  return all.filter((m, i) => !all.slice(0, i).some((o) => o.end > m.start));
}
