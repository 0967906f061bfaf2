/** What a statement names, resolved against the list. */
export type Target =
  /** Task IDs as written: one ID or one range. */
  | {
      level: "task";
      ids: readonly string[];
      written: string;
      /** Sub-tasks carved out of a numbered group named here ("group 3 except 3.2"). */
      except?: readonly string[];
      /** "the rest of Step 8": without the tasks on the relation's other side. */
      restOf?: boolean;
    }
  /**
   * Phases or stories (a story without a phase of its own stands for the tasks labelled with it).
   * `otherThanSubject`: "all other stories" leaves out the subject's own.
   */
  | {
      level: "group";
      phases: readonly number[];
      ids: readonly string[];
      written: string;
      otherThanSubject?: boolean;
      /** Tasks the sentence carves out ("everything in Phase 4 except T024"). */
      except?: readonly string[];
      /** "the rest of Phase 3": without the tasks on the relation's other side. */
      restOf?: boolean;
    }
  /** "all phases", "all other phases", "all implementation phases": every phase before the subject's. */
  | { level: "earlier"; written: string }
  /** "each other", "one another": the subject's own members. */
  | { level: "each-other"; written: string }
  /** "T017 goes first": every other task of the phase of the other side's tasks. */
  | { level: "rest-of-phase"; written: string; except?: readonly string[] };

/** A reference found in a piece of text: where it is and what it names. */
export interface FoundReference {
  start: number;
  end: number;
  target: Target;
}

/** The author's words an edge rests on: the sentence quoted in reasons, and the line it sits on. */
export interface Evidence {
  quote: string;
  line: number;
}

/**
 * A claim that things may run at once: every two members ("T009, T010 can run in parallel"), or, when
 * `against` is given, every member with every thing against it ("docs in parallel with T051-T053").
 */
export interface ParallelClaim {
  members: readonly Target[];
  against?: readonly Target[];
  /** "the rest of Phase 3 in any order": a phase named alone stands for its tasks, pairwise. */
  unordered?: boolean;
}

/** A relation read from the author's words: everything in `before` goes before everything in `after`. */
export interface Relation extends Evidence {
  before: readonly Target[];
  after: readonly Target[];
  /** "US2 cannot finish before T013": what goes before binds the end of `after`, not its start. */
  afterEnd?: boolean;
  /** Written in a task's own text rather than in a note of the list. */
  origin?: "task";
  /** The task whose own text states it. */
  by?: string;
}

/** Tasks the author says may run at the same time: every pair of tasks from two different members. */
export interface ParallelGroup extends Evidence {
  members: ReadonlyArray<readonly string[]>;
}

/** Two whole phases the author says may run at the same time ("Phase 3 and Phase 4 can run in parallel"). */
export interface ParallelPhases extends Evidence {
  phases: readonly [number, number];
}

/** A phase the list says does not wait for another: `after` need not come after `before`. */
export interface Unwaited extends Evidence {
  before: number;
  after: number;
  /**
   * "Nothing else in US3 waits for US2": only the tasks of `after` whose own words name a task of `before`
   * wait for it; a relation read elsewhere, even one naming a task ("US3 reuses T022 from US2"), binds no
   * other task of `after`.
   */
  others?: boolean;
}

/** Everything the statements of a list say. */
export interface StatementReading {
  relations: Relation[];
  parallel: ParallelGroup[];
  parallelPhases: ParallelPhases[];
  /** Phases the list says do not wait for others ("US2 does not wait for US1"), in that direction only. */
  unwaited: Unwaited[];
  /** Tasks whose own notes say they wait for nothing ("Independent — start any time"). */
  free: string[];
  /**
   * Of those, the tasks whose notes deny needing anything ("Depends on nothing", "this task depends on no
   * other task of the story"), not only call themselves parallel: free of the listing order too.
   */
  denied: string[];
  /**
   * Tasks whose own words free them from whole phases before them ("this task need not wait for any user
   * story", "can run beside the stories"): the phase structure does not put them after those phases.
   */
  exempt: PhaseExemption[];
  /** Tasks whose own words set them beside other tasks ("need not wait for T022", "parallel zu 5.1"). */
  ownBeside: OwnBeside[];
  /** Tasks said to need only certain tasks ("From task 3 this only needs 3.2"), with those tasks. */
  onlyNeeds: OnlyNeed[];
  /** Statements that looked like dependencies but could not be read, already phrased (`file:line: ...`). */
  warnings: string[];
}

/** A task said to need only `needs` ("11 only needs 3.2"). */
export interface OnlyNeed extends Evidence {
  task: string;
  needs: readonly string[];
}

/** A task set beside others in its own words. */
export interface OwnBeside extends Evidence {
  task: string;
  others: readonly string[];
}

/** A task freed, in its own words, from the phases the structure would otherwise put before it. */
export interface PhaseExemption extends Evidence {
  task: string;
  phases: readonly number[];
}
