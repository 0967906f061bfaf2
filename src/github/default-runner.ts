import type { Runner } from "./runner.js";

// INTEGRATION POINT: the execution engine is built on another branch. At integration this file becomes
// `export { implement as defaultRunner } from "../runner/implement.js";` and dist/ is rebuilt.
/** The engine the App and the Action use in production. */
export const defaultRunner: Runner = () =>
  Promise.reject(new Error("maestro's execution engine is not wired into this build yet"));
