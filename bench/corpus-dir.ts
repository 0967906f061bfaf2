import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** ../shared/corpus beside the checkout (the CI run copies shared/ there too). */
export const corpusDir = resolve(dirname(fileURLToPath(import.meta.url)), "../../shared/corpus");

/** Whether the corpus is present on this machine. */
export const hasCorpus = (): boolean => existsSync(corpusDir);
