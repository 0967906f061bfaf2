import { describe, expect, it } from "vitest";
import { detectDependencies } from "../../../src/core/detect/detect-dependencies.js";
import { parseTaskList } from "../../../src/core/parse/parse-task-list.js";

const mentions = (text: string) =>
  detectDependencies(parseTaskList({ kind: "file", path: "tasks.md", text }))
    .edges.filter((e) => e.reason.endsWith("a mention of an earlier task"))
    .map((e) => `${e.from}>${e.to}`);

describe("a task that names an earlier task builds on it", () => {
  it("reads a bare mention of an earlier task in the task's own text", () => {
    const text = `- [ ] T001 [P] Ledger schema in db/ledger.sql
- [ ] T002 [P] Reconcile job in jobs/reconcile.ts reading the tables T001 declares
- [ ] T003 [P] Confirm the T001 and T002 checks now pass in CI
`;
    expect(mentions(text)).toEqual(["T001>T002", "T001>T003", "T002>T003"]);
  });

  it("ignores later tasks and clauses that compare, contrast or run tasks side by side", () => {
    const text = `- [ ] T001 [P] Export CSV in src/csv.ts (T003 will add the JSON variant)
- [ ] T002 [P] Export XML in src/xml.ts, same as T001 but for XML
- [ ] T003 [P] Export JSON in src/json.ts; runs in parallel with T001
- [ ] T004 [P] Import CSV in src/import.ts, independent of T001
- [ ] T005 [P] Mirror T002 for YAML in src/yaml.ts
- [ ] T006 [P] Extend \`notes/T001-decisions.md\`
- [ ] T007 [P] Session store in src/session.ts; it gates T003 and must land before T004
`;
    expect(mentions(text)).toEqual([]);
  });
});

describe("a mention the task's own words deny", () => {
  const list = (words: string) => `- [ ] T001 [P] Rate caps in src/caps.ts
- [ ] T002 [P] Notice periods in src/notice.ts. ${words}
`;

  it("gives way to the denial, with a warning quoting it", () => {
    const text = list("Keep it out of T001's table; T002 doesn't depend on T001 at all.");
    expect(mentions(text)).toEqual([]);
    const { warnings } = detectDependencies(parseTaskList({ kind: "file", path: "tasks.md", text }));
    expect(warnings.join("\n")).toContain("T002 mentions T001, but T002's own words set the two apart");
  });

  it("stands where nothing denies the pair", () => {
    expect(mentions(list("Keep it next to T001's table."))).toEqual(["T001>T002"]);
  });

  it("gives way to the denial said in the same sentence as a word of need", () => {
    const text = list("Reuse the rounding of T001, but do not wait for it.");
    expect(mentions(text)).toEqual([]);
    const { warnings } = detectDependencies(parseTaskList({ kind: "file", path: "tasks.md", text }));
    expect(warnings.join("\n")).toContain("T002 mentions T001, but T002's own words set the two apart");
    // Must not fire: a denial in another sentence leaves the need in this one standing.
    expect(mentions(list("Reuse the rounding of T001. Also, it does not wait for T001 to ship."))).toEqual([
      "T001>T002",
    ]);
  });
});

describe("a mention of an earlier sub-task in a numbered list", () => {
  it("counts in a clause with a word of need, not as a bare number", () => {
    const text = `- [ ] 1. Network
  - [ ] 1.1 VPC in infra/vpc.tf
  - [ ] 1.2 Security groups in infra/sg.tf
    - Takes the VPC id exported by 1.1
  - [ ] 1.3 Cluster on Kubernetes 1.1 compatible nodes in infra/eks.tf
  - [ ] 1.4 Three replicas in infra/replicas.tf
    - 3 nodes, 1.1 times the baseline memory
`;
    expect(mentions(text)).toEqual(["1.1>1.2"]);
  });

  it("counts a participle naming what the earlier sub-task made", () => {
    const text = `- [ ] 1. Billing
  - [ ] 1.1 Billing module in api/billing.module.ts
  - [ ] 1.2 Stripe client in api/stripe.ts
    - Wire it into the module created in 1.1
  - [ ] 1.3 Usage service in api/usage.ts
    - Inject the repository (registered in 1.1)
  - [ ] 1.4 Invoice preview in api/preview.ts
    - Mirrors the layout described in 1.1 of the design doc; nothing is shared
`;
    expect(mentions(text)).toEqual(["1.1>1.2", "1.1>1.3"]);
  });
});

describe("a verb of need whose object stands before it", () => {
  it("relates nothing to what follows the sentence's own verb", () => {
    const text = `- [ ] 1. Usage
  - [ ] 1.1 Usage aggregator in api/aggregator.ts
    - The daily buckets the admin endpoint needs are added in 1.2, not here
  - [ ] 1.2 Admin usage endpoint in api/admin.ts
`;
    const edges = detectDependencies(parseTaskList({ kind: "file", path: "tasks.md", text })).edges;
    expect(edges.filter((e) => e.from === "1.2" && e.to === "1.1")).toEqual([]);
  });
});

describe("a sub-task said to come first", () => {
  it("goes before the task whose note says so, even when the sentence wraps onto the next line", () => {
    const text = `- [ ] 1. Inventory
  - [ ] 1.1 Stock table in db/stock.sql
  - [ ] 1.2 Restock job in jobs/restock.ts
    - Scheduled against the table, so 1.1
      has to be merged first
  - [ ] 1.3 Stock page in web/stock.tsx
    - 1.1 lands first
  - [ ] 1.4 Stock report in web/report.tsx
    - Same columns as the page
      of 1.3
  - [ ] 1.5 Stock alerts in jobs/alerts.ts
    - Polls what 1.1 and 1.3 write, so both must be merged
      before work starts here
  - [ ] 1.6 Stock export in jobs/export.ts
    - Reads the table from 1.1 and must land before 1.7
  - [ ] 1.7 Export page in web/export.tsx
`;
    expect(mentions(text)).toEqual(["1.1>1.2", "1.1>1.3", "1.1>1.5", "1.3>1.5"]);
  });

  it("binds nothing when this task is the one that goes first, or when the need is denied", () => {
    const text = `- [ ] 1. Inventory
  - [ ] 1.1 Stock table in db/stock.sql
  - [ ] 1.2 Restock job in jobs/restock.ts
    - This one goes first and 1.1 later
  - [ ] 1.3 Stock page in web/stock.tsx
    - 1.1 does not have to be merged first
  - [ ] 1.4 Stock report in web/report.tsx
    - Covers the first 1.1 release notes
`;
    expect(mentions(text)).toEqual([]);
  });
});

describe("a stand-in used until another task lands", () => {
  const edges = (text: string): string[] =>
    detectDependencies(parseTaskList({ kind: "file", path: "tasks.md", text })).edges.map(
      (e) => `${e.from}>${e.to}`,
    );

  it("does not wait for that task, even after a code span ending in a semicolon", () => {
    const text = `- [ ] T001 [P] Quote service in api/quote.ts
- [ ] T002 [P] Quote page in web/quote.tsx, typed with \`QuoteDto\` from \`@shop/contracts\`; mock the quote API with msw until T001 lands
- [ ] T003 [P] Basket page in web/basket.tsx; fake the prices until T001 is merged
`;
    expect(edges(text)).toEqual([]);
  });

  it("still waits where the task itself is parked until the other lands", () => {
    const text = `- [ ] T001 [P] Quote service in api/quote.ts
- [ ] T002 [P] Quote page in web/quote.tsx, typed with \`QuoteDto\` from \`@shop/contracts\`; parked until T001 lands
`;
    expect(edges(text)).toEqual(["T001>T002"]);
  });
});

describe("a mention in a clause another language negates", () => {
  const edges = (text: string): string[] =>
    detectDependencies(parseTaskList({ kind: "file", path: "tasks.md", text })).edges.map(
      (e) => `${e.from}>${e.to}`,
    );

  it("binds nothing, and a denied wait frees the task from the listing order", () => {
    const text = `## Phase 1: Work

- [ ] T001 Booking schema in priv/booking.exs
- [ ] T002 Layout in lib/layout.ex; behöver inte vänta på T001, layouten visar inga bokningar
- [ ] T003 Expiry job in lib/expiry.ex; tidak perlu menunggu T001, cukup konfigurasi
- [ ] T004 [P] Receipt view in lib/receipt.ex; giống T001 nhưng không import gì từ T001
`;
    expect(edges(text).filter((e) => e.startsWith("T001>"))).toEqual([]);
  });

  it("still binds a mention with no negation, and one after 'without' (whose object may be needed)", () => {
    const text = `- [ ] T001 [P] Booking schema in priv/booking.exs
- [ ] T002 [P] Calendar in lib/calendar.ex; ohne T001 bleibt der Kalender leer
- [ ] T003 [P] Report in lib/report.ex, bygger på tabellerna från T001
`;
    expect(edges(text)).toEqual(["T001>T002", "T001>T003"]);
  });
});

describe("a task listed later binds only when the note says it comes first or makes what this one uses", () => {
  const later = (text: string) =>
    detectDependencies(parseTaskList({ kind: "file", path: "tasks.md", text }))
      .edges.filter((e) => e.reason.endsWith("as the maker of what this one uses"))
      .map((e) => `${e.from}>${e.to}`);

  it("reads the maker of what is used, and a task said to come first, wherever they are listed", () => {
    const text = `- [ ] T001 [P] Invoice page in web/invoice.tsx, reading the totals type that T004 declares
- [ ] T002 [P] Refund button in web/refund.tsx (so T004 has to be merged first)
- [ ] T003 [P] Tax banner in web/tax.tsx
- [ ] T004 [P] Totals types in shared/totals.ts
`;
    expect(later(text)).toEqual(["T004>T001", "T004>T002"]);
    const numbered = `- [ ] 1. Screens
  - [ ] 1.1 Invoice page in web/invoice.tsx, using the hook that Subtask 2.2 exports
  - [ ] 1.2 Refund button in web/refund.tsx (2.1 goes first)
- [ ] 2. Shared
  - [ ] 2.1 Money helpers in shared/money.ts
  - [ ] 2.2 Totals hook in shared/useTotals.ts
`;
    expect(later(numbered)).toEqual(["2.2>1.1", "2.1>1.2"]);
  });

  it("stays a foreshadowing when the later task only makes something, or the clause hedges or denies", () => {
    const text = `- [ ] T001 [P] Invoice page in web/invoice.tsx; the totals type that T004 declares replaces it later
- [ ] T002 [P] Refund button in web/refund.tsx, not using the client that T004 builds
- [ ] T003 [P] Tax banner in web/tax.tsx; it could reuse the helper that T004 adds
- [ ] T004 [P] Totals types in shared/totals.ts
`;
    expect(later(text)).toEqual([]);
  });
});

describe("a sub-task named as the owner or the maker of a thing, in French, Spanish and Portuguese", () => {
  const plan = (note: string) => `- [ ] 1. Données
  - [ ] 1.1 Paramètres dans config/options.yaml
  - [ ] 1.2 Store Pinia dans web/stores/options.ts
  - [ ] 1.3 Page de liste dans web/pages/Options.vue
    - ${note}
`;
  it.each([
    ["Lit les paramètres ajoutés en 1.1", ["1.1>1.3"]],
    ["Soumet par l'action poser du store de 1.2", ["1.2>1.3"]],
    ["Usa el store de 1.2 para listar", ["1.2>1.3"]],
    // Romanian "din" (from): "lists the options with the store from 1.2"
    ["Listează opțiunile cu store-ul din 1.2", ["1.2>1.3"]],
  ])("%s", (note, expected) => {
    expect(mentions(plan(note))).toEqual(expected);
  });

  it("not when the clause denies or compares", () => {
    expect(mentions(plan("Ne dépend pas de 1.2"))).toEqual([]);
    expect(mentions(plan("Même découpage que la page de 1.2, sans lien"))).toEqual([]);
    expect(mentions(plan("Nu folosește store-ul din 1.2"))).toEqual([]);
  });
});

describe("a sub-task glossing a code name in a numbered list", () => {
  const plan = (note: string) => `- [ ] 1. Core
  - [ ] 1.1 Walk order in app/routing.py
  - [ ] 1.2 Batching in app/batching.py
  - [ ] 1.3 Generator in app/generator.py
    - ${note}
`;
  it.each([
    [
      "Groups orders with `make_batches()` (1.2) and sorts them with `walk_order()` (1.1)",
      ["1.1>1.3", "1.2>1.3"],
    ],
    ["Ordnet die Zeilen mit walkOrder (1.1)", ["1.1>1.3"]],
    ["Bildar grupper med `BatchBuilder` (1.2)", ["1.2>1.3"]],
    // A member of a package or type is code, and a code name's words are no words of the sentence
    // ("Replace" replaces nothing)
    ["Sorts with `routing.Walk` (1.1)", ["1.1>1.3"]],
    ["Streams through `Batches.ReplaceAll` (1.2)", ["1.2>1.3"]],
    // A list of glosses after one verb of use: each is used ("integrates the batching (1.2) and the walk
    // order (1.1)"), in Romanian too
    ["Integrates the batching (1.2), unlike the walk order (1.1)", ["1.2>1.3"]],
    ["Integrates the batching (1.2) and the walk order (1.1)", ["1.1>1.3", "1.2>1.3"]],
    ["Integrează gruparea (1.2), ordinea (1.1)", ["1.1>1.3", "1.2>1.3"]],
  ])("names the maker of what the task uses: %s", (note, expected) => {
    expect(mentions(plan(note))).toEqual(expected);
  });

  it("not a package's version, nor in a clause that hedges or compares", () => {
    expect(mentions(plan("Pins `httpx` (1.2) in requirements.txt"))).toEqual([]);
    expect(mentions(plan("Optionally, it may log through `explain()` (1.2) later"))).toEqual([]);
    expect(mentions(plan("Unlike `make_batches()` (1.2), it streams"))).toEqual([]);
    // A version stays one in a dotted name that is no member ("`python3.12`")
    expect(mentions(plan("Runs on `python3.12` (1.2)"))).toEqual([]);
  });

  it("reads a version after a package's name as no task, neither refusing the list nor naming the group", () => {
    // "1.22" is no sub-task of group 1: the list is planned, and nothing of group 1 is needed by it.
    const edges = (note: string) =>
      detectDependencies(parseTaskList({ kind: "file", path: "tasks.md", text: plan(note) }))
        .edges.filter((e) => e.kind !== "order")
        .map((e) => `${e.from}>${e.to}`);
    expect(edges("Uses `zod` (1.22) for the schema")).toEqual([]);
    // Must not fire: a class name glosses the sub-task that makes it, and a step of a sub-task is that
    // sub-task ("1.2.3" where the list has 1.2).
    expect(edges("Uses `BatchBuilder` (1.2)")).toEqual(["1.2>1.3"]);
    expect(edges("Starts after step 1.2.3")).toEqual(["1.2>1.3"]);
  });
});
