import { describe, expect, it } from "vitest";
import { detectDependencies } from "../../../src/core/detect/detect-dependencies.js";
import { parseTaskList } from "../../../src/core/parse/parse-task-list.js";

const detect = (text: string) => detectDependencies(parseTaskList({ kind: "file", path: "tasks.md", text }));
const pairs = (text: string, kind?: string) =>
  detect(text)
    .edges.filter((e) => kind === undefined || e.kind === kind)
    .map((e) => `${e.from}>${e.to}`)
    .sort();

// Two stories listed US1 then US2; the notes say the opposite order. Their tasks share files.
const stories = (us1: string[], us2: string[], setup: string[] = []) =>
  [
    "# Tasks",
    "",
    "## Phase 1: Setup",
    "",
    ...(setup.length > 0 ? setup : ["- [ ] T001 Create the workspace in package.json"]),
    "",
    "## Phase 2: User Story 1 - Quotes (Priority: P1)",
    "",
    ...us1,
    "",
    "## Phase 3: User Story 2 - Invoices (Priority: P2)",
    "",
    ...us2,
    "",
    "## Dependencies",
    "",
    "- User Story 1 depends on User Story 2 (quotes reuse the invoice totals).",
    "",
  ].join("\n");

describe("two writers of one file follow the authors' words, not listing order", () => {
  it("turns the file edge round where a sentence puts the later-listed writer first", () => {
    const text = stories(
      ["- [ ] T002 [P] [US1] Register the quote routes in src/app/routes.ts"],
      ["- [ ] T003 [P] [US2] Register the invoice routes in src/app/routes.ts"],
    );
    expect(pairs(text, "file")).toEqual(["T003>T002"]);
    expect(pairs(text)).toContain("T003>T002");
    expect(detect(text).warnings.join("\n")).toContain(
      "turned round the file edge T002 -> T003 (both write src/app/routes.ts: either order keeps them apart)",
    );
  });

  it("keeps the file's other writers in their places around the two", () => {
    const text = stories(
      [
        "- [ ] T002 [US1] Create the router in src/app/routes.ts",
        "- [ ] T003 [US1] Register the quote routes in src/app/routes.ts",
      ],
      ["- [ ] T004 [P] [US2] Register the invoice routes in src/app/routes.ts"],
    );
    // Listed T002 -> T003 -> T004; the words put US2 first, but T002 creates the router: T004 moves in
    // behind it, ahead of T003, and the sentence's edge into T002 is dropped.
    expect(pairs(text, "file")).toEqual(["T002>T004", "T004>T003"]);
    expect(detect(text).warnings.join("\n")).toMatch(/dropped the inferred edge T004 -> T002 \(statement/);
  });

  it("says once for a file and a sentence how many file edges it turned", () => {
    const text = stories(
      [
        "- [ ] T002 [P] [US1] Register the quote routes in src/app/routes.ts",
        "- [ ] T003 [P] [US1] Register the quote export route in src/app/routes.ts",
      ],
      [
        "- [ ] T004 [P] [US2] Register the invoice routes in src/app/routes.ts",
        "- [ ] T005 [P] [US2] Register the invoice export route in src/app/routes.ts",
      ],
    );
    expect(pairs(text, "file")).toEqual(["T004>T005", "T005>T002", "T002>T003"].sort());
    const turns = detect(text).warnings.filter((w) => w.includes("turned round"));
    expect(turns).toHaveLength(1);
    expect(turns[0]).toMatch(
      /turned round \d+ file edges between writers of src\/app\/routes\.ts \(T003 -> T004/,
    );
  });

  it("turns a first writer's link too when a sentence names both tasks by ID", () => {
    const text = stories(
      ["- [ ] T002 [P] [US1] Create the router in src/app/routes.ts"],
      ["- [ ] T003 [P] [US2] Register the invoice routes in src/app/routes.ts"],
    ).replace(
      "- User Story 1 depends on User Story 2 (quotes reuse the invoice totals).",
      "- T002 comes after T003.",
    );
    expect(pairs(text, "file")).toEqual(["T003>T002"]);
  });

  it("turns nothing when a task creates the folder the other writes into", () => {
    const text = stories(
      ["- [ ] T002 [P] [US1] Create the src/app/quotes/ folder with its index in src/app/quotes/index.ts"],
      ["- [ ] T003 [P] [US2] Invoice totals helper in src/app/quotes/totals.ts"],
    );
    expect(pairs(text, "file")).toContain("T002>T003");
    expect(pairs(text)).not.toContain("T003>T002");
  });

  it("turns nothing when no words stand against the listing order", () => {
    const text = stories(
      ["- [ ] T002 [P] [US1] Register the quote routes in src/app/routes.ts"],
      ["- [ ] T003 [P] [US2] Register the invoice routes in src/app/routes.ts"],
    ).replace(
      "- User Story 1 depends on User Story 2 (quotes reuse the invoice totals).",
      "- Stories are independent.",
    );
    expect(pairs(text, "file")).toEqual(["T002>T003"]);
  });
});
