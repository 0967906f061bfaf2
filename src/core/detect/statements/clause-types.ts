import type { Marker } from "./find-markers.js";
import type { FoundReference, ParallelClaim, Target } from "./statement-types.js";

/** One clause: its (folded) text, the references it names and its relation words, all by position. */
export interface Clause {
  text: string;
  /** Where the clause starts in `text`. */
  start: number;
  /** In a task's own text every clause may borrow the task as its subject ("the store gates T009"). */
  lenient?: boolean;
  refs: readonly FoundReference[];
  /** All the sentence names, clauses before this one included: a relative pronoun may stand for one. */
  named?: readonly FoundReference[];
  /** Relation, parallel and sequence words (chains are read before clauses). */
  markers: readonly Marker[];
  /**
   * It opens with its relation and shares the subject before it ("US3 joins, as soon as T004 is in, ..."):
   * what follows its object is never its subject.
   */
  shared?: boolean;
}

/** Everything one clause says. */
export interface ClauseReading {
  relations: Array<{ before: Target[]; after: Target[]; afterEnd?: boolean }>;
  /** Relations the clause denies ("T007 need not wait for any user story"): no edge, a freedom. */
  denied: DeniedRelation[];
  /** What the clause says may run at once. */
  parallel: ParallelClaim[];
  /** Things the clause says run one after another, in list order. */
  sequences: Target[][];
  /** The subject the next clause inherits when it names none of its own. */
  subject: Target[] | null;
  /** The clause relates something but one side names nothing maestro can resolve. */
  unread: boolean;
  /** Relations with an object but no subject ("After Phase 2 completes:"), for a lead-in to lend. */
  dangling: Dangling[];
}

/**
 * A relation the clause denies. `others`: the subject was "nothing else in US3", "no other task of US3":
 * what the list says elsewhere of some of its tasks stands, the rest do not wait.
 */
export interface DeniedRelation {
  before: Target[];
  after: Target[];
  others?: boolean;
}

/** A relation waiting for its subject: the object and the direction (forward: object first). */
export interface Dangling {
  object: Target[];
  forward: boolean;
  /**
   * A verb of need, not a word of time: it lends its object to no later clause's subject ("It needs only
   * T001 and can run while T002 is in review" says nothing of T002).
   */
  need?: boolean;
}

/** What one relation, parallel or sequence word of a clause says. */
export interface MarkerReading {
  relation?: { before: Target[]; after: Target[]; afterEnd?: boolean };
  denied?: DeniedRelation;
  parallel?: ParallelClaim[];
  sequence?: Target[];
  subject?: Target[];
  unread?: boolean;
  dangling?: Dangling;
}
