import { describe, expect, it } from "vitest";
import { detect, statementPairs } from "./plan-helpers.js";

// A keyed plan in three labelled sections (no phases); the note under the third heading is the variable.
const plan = (intro: string, extra = ""): string =>
  [
    "# Offline mode",
    "",
    "## Part 1: Storage",
    "",
    "- [ ] **K1.1** Add the packages in package.json",
    "- [ ] **K1.2** Open the database in src/db/client.ts",
    "",
    "## Part 2: Server",
    "",
    "- [ ] **K2.1** Add the migration in server/migrations/0007.sql",
    "- [ ] **K2.2** Add the queries in server/queries.sql",
    "",
    "## Part 3: Outbox",
    "",
    intro,
    "",
    "- [ ] **K3.1** Write the outbox in src/sync/outbox.ts",
    "- [ ] **K3.2** Write the clock in src/sync/clock.ts",
    "",
    extra,
  ].join("\n");

const K1 = ["K1.1", "K1.2"];
const K2 = ["K2.1", "K2.2"];
const after = (before: string[], tasks: string[]): string[] =>
  before.flatMap((b) => tasks.map((t) => `${b}>${t}`)).sort();

describe("a sentence naming no subject in a labelled section's introduction", () => {
  it("is said of the section it opens", () => {
    expect(statementPairs(plan("Needs all of Part 1 first."))).toEqual(after(K1, ["K3.1", "K3.2"]));
  });

  it("reads 'this part' as that section too, and a negative quantifier before it keeps its direction", () => {
    expect(statementPairs(plan("Nothing in this part starts before Parts 1–2 are merged."))).toEqual(
      after([...K1, ...K2], ["K3.1", "K3.2"]),
    );
    // "with one exception (K3.2)" carves K3.2 out; it is no task the others wait for.
    const excepted = "Nothing in this part starts before Part 2 is merged, with one exception (K3.2).";
    expect(statementPairs(plan(excepted))).toEqual(after(K2, ["K3.1"]));
  });

  it("lends no subject under a heading that only shares a section's label", () => {
    // An example heading "### Part 3 (example)" holds no task: the sentence under it speaks of nothing.
    const examples = "## Examples\n\n### Part 3 (example)\n\nNeeds all of Part 1 first.\n";
    expect(statementPairs(plan("", examples))).toEqual([]);
  });
});

describe("a negative quantifier before 'this phase'", () => {
  it("negates the verb as before a phase named by its number", () => {
    const list = [
      "## Phase 1: Setup",
      "",
      "- [ ] T001 [P] Config in src/config.py",
      "",
      "## Phase 2: Core",
      "",
      "Nothing in this phase starts before T009 is merged.",
      "",
      "- [ ] T002 [P] Models in src/models.py",
      "- [ ] T003 [P] Views in src/views.py",
      "",
      "## Phase 3: Extras",
      "",
      "- [ ] T009 [P] Fixtures in src/fixtures.py",
      "",
    ].join("\n");
    // T009 first: against the phase order, so the cycle drops it, and the warning says so.
    const warnings = detect(list).warnings.join("\n");
    expect(warnings).toContain("dropped the inferred edge T009 -> T002");
    expect(warnings).toContain("dropped the inferred edge T009 -> T003");
  });
});
