import type { Edge } from "./edge.js";
import type { TaskList } from "./task.js";

/** A set of tasks that may run in parallel once every earlier wave is merged. */
export interface Wave {
  /** From 1. */
  number: number;
  /** Task IDs, critical path first, then list order. */
  tasks: string[];
}

/** The planner's answer: the task list, the dependency graph and its waves. */
export interface Plan {
  list: TaskList;
  edges: Edge[];
  waves: Wave[];
  /** Task ID -> wave number; done tasks are absent. */
  waveOf: Map<string, number>;
  /** The longest dependency chain among the planned (not done) tasks, first to last. */
  criticalPath: string[];
  /** Parser warnings plus detection warnings (unknown IDs, dropped cycle edges, ignored paths). */
  warnings: string[];
}

/** The most tasks that run at once inside a wave. */
export const MAX_PARALLEL = 3;
