import { implement } from "../runner/implement.js";
import type { Runner } from "./runner.js";

/** The engine the App and the Action use in production: the same `implement()` as the CLI. */
export const defaultRunner: Runner = implement;
