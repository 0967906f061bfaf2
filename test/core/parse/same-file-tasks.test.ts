import { describe, expect, it } from "vitest";
import { parseTaskList } from "../../../src/core/parse/parse-task-list.js";

const filesOf = (lines: string[]): Record<string, string[]> => {
  const text = ["# Tasks", "", "## Phase 1: Checkout", "", ...lines, ""].join("\n");
  const list = parseTaskList({ kind: "file", path: "tasks.md", text });
  return Object.fromEntries(list.tasks.map((t) => [t.id, t.files]));
};

describe("a task working in 'the same file'", () => {
  it("edits the files of the nearest task before it that names files", () => {
    const files = filesOf([
      "- [ ] T001 Add the cart total to src/cart/summary.tsx",
      "- [ ] T002 In the same file, show the discount line",
      "- [ ] T003 Still in the same file, round the total to cents",
      "- [ ] T004 [P] Dans le même fichier, traduire le libellé",
    ]);
    expect(files).toMatchObject({
      T002: ["src/cart/summary.tsx"],
      T003: ["src/cart/summary.tsx"],
      T004: ["src/cart/summary.tsx"],
    });
  });

  it("edits the files of the task it names", () => {
    const files = filesOf([
      "- [ ] T001 Add the cart total to src/cart/summary.tsx",
      "- [ ] T002 Add the coupon form to src/cart/coupon.tsx",
      "- [ ] T003 Same file as T001: show the shipping estimate",
    ]);
    expect(files.T003).toEqual(["src/cart/summary.tsx"]);
  });

  it("leaves a task that names its own file, or says nothing of a same file, alone", () => {
    const files = filesOf([
      "- [ ] T001 Add the cart total to src/cart/summary.tsx",
      "- [ ] T002 Keep src/cart/coupon.tsx in the same file layout as the summary",
      "- [ ] T003 Show the discount line",
      "- [ ] T004 Review the same files as last sprint's checkout work",
    ]);
    expect(files).toMatchObject({ T002: ["src/cart/coupon.tsx"], T003: [], T004: [] });
  });
});

describe("a task working in 'the same repository' (service, controller, ...)", () => {
  const base = [
    "- [ ] T001 [P] Orders repository with findOpen() in src/orders/orders.repository.ts",
    "- [ ] T002 [P] Orders page in web/orders/page.tsx",
  ];

  it("edits the file of that kind the nearest earlier task names", () => {
    expect(filesOf([...base, "- [ ] T003 [P] Add `archive()` to the same repository"]).T003).toEqual([
      "src/orders/orders.repository.ts",
    ]);
    expect(filesOf([...base, "- [ ] T003 [P] Añadir `archivar()` en el mismo repositorio"]).T003).toEqual([
      "src/orders/orders.repository.ts",
    ]);
    // A class or a module is one file: whatever the task before it names.
    expect(
      filesOf([...base, "- [ ] T003 [P] Add a loading flag to the same module, then export it"]).T003,
    ).toEqual(["web/orders/page.tsx"]);
  });

  it("leaves a way of writing code, a comparison and a kind no earlier file has alone", () => {
    const third = (text: string) => filesOf([...base, `- [ ] T003 [P] ${text}`]).T003;
    expect(third("Invoices, with the same repository pattern as orders")).toEqual([]);
    expect(third("Write the invoices one in the same repository style")).toEqual([]);
    expect(third("Build it as the same service as the billing one")).toEqual([]);
    expect(third("Register it in the same controller")).toEqual([]);
  });
});

describe("a task naming its own files that works in 'the same ... file as' another task", () => {
  it("edits the file of that task the words describe, as well as its own", () => {
    const files = filesOf([
      "- [ ] T001 Staging values in deploy/values-staging.yaml and the chart in deploy/Chart.yaml",
      "- [ ] T002 Switch the mailer job in jobs/celery.py; same values file as T001",
      "- [ ] T003 Pin the worker image in jobs/Dockerfile, same file as T001 for the tag",
    ]);
    expect(files.T002).toEqual(["jobs/celery.py", "deploy/values-staging.yaml"]);
    // With no words for which file, every file of the task named.
    expect(files.T003).toEqual(["jobs/Dockerfile", "deploy/values-staging.yaml", "deploy/Chart.yaml"]);
  });

  it("adds nothing for a comparison, or words that describe none of that task's files", () => {
    const files = filesOf([
      "- [ ] T001 Staging values in deploy/values-staging.yaml",
      "- [ ] T002 Prod values in deploy/values-prod.yaml, in the same file layout as T001",
      "- [ ] T003 Worker chart in deploy/worker.yaml, same template file as T001",
    ]);
    expect(files).toMatchObject({ T002: ["deploy/values-prod.yaml"], T003: ["deploy/worker.yaml"] });
  });
});
