import type { Marker } from "./find-markers.js";
import type { FoundReference, ParallelClaim, Target } from "./statement-types.js";
import { FLOW_CHECKED, FLOW_NOUN, STEP_TOGETHER } from "./words/chain-words.js";

/** What an arrow chain says: each step before the next, and the members of a step written as parallel. */
export interface ChainReading {
  relations: Array<{ before: Target[]; after: Target[] }>;
  parallel: ParallelClaim[];
}

/**
 * An arrow always chains; a word such as "then" only where it stands between two references ("T005
 * then T006"), not as an adverb ("can then run in parallel"). The first may be said to go first, with
 * the reason why as an aside that names nothing ("T001 first since the rest needs its module, then
 * T002 and T003").
 */
export function linksReferences(text: string, marker: Marker, refs: readonly FoundReference[]): boolean {
  if (!/^[\p{L}]/u.test(text.slice(marker.start, marker.end))) return true;
  const before = [...refs].reverse().find((r) => r.end <= marker.start);
  const after = refs.find((r) => r.start >= marker.end);
  return (
    before !== undefined &&
    after !== undefined &&
    STEP_END.test(text.slice(before.end, marker.start)) &&
    /^[\s,:(،]*$/.test(text.slice(marker.end, after.start))
  );
}

// What may stand between a step and "then": punctuation, "first" in some languages, a word that the
// step's names go together, and a reason.
const STEP_END = new RegExp(
  String.raw`^[\s,;:.)،؛，、；：）]*(?:(?:goes\s+|comes\s+)?(?:first|primero|primeiro|d['’]abord|zuerst|zun[aä]chst|najpierw|eerst|f[oö]rst)(?![\p{L}])[\s,;]*)?` +
    String.raw`(?:(?:${STEP_TOGETHER.source})[\s,;，、；]*)?(?:(?:since|because|as)\s[^,;:.]*[\s,;]*)?$`,
  "iu",
);

/**
 * Where a chain's first step starts: after the last colon before its first arrow that has a reference
 * between it and the arrow ("Batch F (after Batch E), a chain: T022 → T023"); else at the start.
 */
export function chainBegin(text: string, chain: readonly Marker[], refs: readonly FoundReference[]): number {
  const first = chain[0];
  if (first === undefined) return 0;
  const colons = [...text.slice(0, first.start).matchAll(/:(?![\p{L}])|：/gu)];
  const last = colons[colons.length - 1];
  if (last === undefined) return 0;
  const after = last.index + last[0].length;
  return refs.some((r) => r.start >= after && r.end <= first.start) ? after : 0;
}

// Where a chain's last step ends: a colon, a semicolon, or a comma before a word that opens a new clause.
const AFTER_CHAIN =
  /[:;]|,\s*(?:so|and\s+so|which|but|because|since|donc|car|also|daher|weil|porque|pois)(?![\p{L}])/iu;

/** The end of the text an arrow chain spans: its last step stops where a new clause starts. */
export function chainEnd(text: string, chain: readonly Marker[], refs: readonly FoundReference[]): number {
  const last = chain[chain.length - 1];
  const step = refs.find((r) => last !== undefined && r.start >= last.end);
  if (step === undefined) return text.length;
  const m = AFTER_CHAIN.exec(text.slice(step.end));
  return m === null ? text.length : step.end + m.index;
}

/**
 * "A → B → C": every step before the next. A step may name several things ("T023 + T024 [P] → T025");
 * a step naming nothing is passed through ("T001 → build → T002" orders T001 before T002). A parallel word
 * inside a step makes its members parallel, and a relation word inside one is a clause of its own
 * (`readStep`): "T002 after T001, then T003" also puts T001 before T002.
 */
export function readChain(
  text: string,
  refs: readonly FoundReference[],
  { markers, chain }: { markers: readonly Marker[]; chain: readonly Marker[] },
  readStep: (from: number, to: number) => ChainReading["relations"],
): ChainReading {
  const out: ChainReading = { relations: [], parallel: [] };
  const bounds = [0, ...chain.flatMap((m) => [m.start, m.end]), text.length];
  const steps: Array<[number, number]> = [];
  for (let i = 0; i < bounds.length; i += 2)
    steps.push(...thenParts(text, bounds[i] ?? 0, bounds[i + 1] ?? text.length));
  let previous: Target[] = [];
  for (const [from, to] of steps) {
    const found = refs.filter((r) => r.start >= from && r.end <= to);
    if (found.length === 0) continue;
    const step = found.map((r) => r.target);
    const inside = markers.filter((m) => m.start >= from && m.end <= to);
    const together = inside.some((m) => m.type === "parallel") || STEP_TOGETHER.test(text.slice(from, to));
    if (together && step.length > 1) out.parallel.push({ members: step });
    if (inside.some((m) => m.type === "relation") && step.length > 1)
      out.relations.push(...readStep(from, to));
    chainRuns(text, found, previous.length > 0).forEach((run, i) => {
      if (i === 0 && previous.length > 0) out.relations.push({ before: previous, after: run });
      previous = run;
    });
  }
  return out;
}

// Between two names of one step: a separator, then words that are no list joiner or marker.
const RUN_BREAK = /[,，、;；]/u;
// ... and the words end as a label or a topic does: a colon, Japanese "は", Korean "은"/"는". A word of
// sequence ("then T009, then T010, finally T013") ends no chain.
const LABEL_END = /(?:[:：]|[\p{L}\p{N}`'"”)）]\s*(?:は|では|も|은|는))\s*$/u;
const JOINER_WORDS =
  /(?<![\p{L}])(?:and|or|as\s+well\s+as|plus|und|oder|et|ou|y|e|o|en|og|och|i|a|oraz|и|и|と|和|及|与|및|과|와)(?![\p{L}])|\[[^\]]*\]|[(（][^)）]*[)）]/giu;

// Words after a step's name and before a comma that closes them ("T022 → T023 on one side, T024 → T025 on
// the other", "T022 → T023 de um lado, T024 → ..."): they end that chain; the name after the comma opens the
// next one.
const TRAILING_WORDS = /^\s*[^\s,，、;；][^,，、;；]*[,，、;；]\s*$/u;

/**
 * A step's names split where one chain ends and the next begins: "router.go: T013 → T021, view.vue: T024
 * → T036" (or "… は T024 → T036、config.go は T003 → T055") holds two chains, and the names after the
 * label that opens the second ("view.vue:") start it instead of following T021; so does "T022 → T023 on one
 * side, T024 → T025", where words close the first chain's last step before the comma. A list of names ("T012,
 * T013 and T014 → T020", "T005 (schema), T006 [P] → T007") stays one step.
 */
function chainRuns(text: string, found: readonly FoundReference[], afterArrow: boolean): Target[][] {
  const runs: Target[][] = [];
  found.forEach((ref, i) => {
    const gap = i === 0 ? "" : text.slice((found[i - 1] as FoundReference).end, ref.start);
    const words = /[\p{L}\p{N}]{2}/u.test(gap.replace(JOINER_WORDS, " "));
    const opensChain =
      RUN_BREAK.test(gap) && words && (LABEL_END.test(gap) || (afterArrow && TRAILING_WORDS.test(gap)));
    if (i === 0 || opensChain) runs.push([ref.target]);
    else runs[runs.length - 1]?.push(ref.target);
  });
  return runs;
}

// "T001, T002 and T003 at the same time, then T004 → T005": a word of sequence inside a step is one more
// arrow ("then", "and then", Korean "이어서", Chinese "然后", "接着", Japanese "次に", German "danach", French
// "puis", Spanish "luego", Portuguese "depois").
const THEN =
  /,\s*(?:(?:and\s+)?then|afterwards|danach|dann|puis|ensuite|luego|despu[eé]s|depois|poi)(?![\p{L}])|[,，、]\s*(?:이어서|그\s*다음에?|然后|接着|次に|その後)/giu;

/** The parts of a step between its words of sequence, as [from, to) offsets. */
function thenParts(text: string, from: number, to: number): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let start = from;
  for (const m of text.slice(from, to).matchAll(THEN)) {
    parts.push([start, from + m.index]);
    start = from + m.index + m[0].length;
  }
  parts.push([start, to]);
  return parts;
}

/**
 * Whether a chain names a flow of the product rather than an order of work: "the whole flow US1 → US2 →
 * US3 passes in the sandbox", "Checkpoint: US1 → US2 → US3 works end to end". A noun of flow right before
 * its first step, or a verb of checking right after its last, says the arrows are the user's path.
 */
export function namesProductFlow(
  text: string,
  refs: readonly FoundReference[],
  chain: readonly Marker[],
): boolean {
  const first = chain[0];
  const last = chain[chain.length - 1];
  if (first === undefined || last === undefined) return false;
  const head = [...refs].reverse().find((r) => r.end <= first.start);
  const tail = refs.find((r) => r.start >= last.end);
  if (head !== undefined && FLOW_NOUN.test(text.slice(0, head.start))) return true;
  return tail !== undefined && FLOW_CHECKED.test(text.slice(tail.end));
}
