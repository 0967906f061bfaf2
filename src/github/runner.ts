import type { ImplementOptions, RunSummary } from "../runner/implement-options.js";

/** The execution engine, injected (the real one is `implement` from src/runner/implement.ts). */
export type Runner = (options: ImplementOptions) => Promise<RunSummary>;
