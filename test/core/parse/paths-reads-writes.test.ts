import { describe, expect, it } from "vitest";
import type { Task } from "../../../src/core/model/task.js";
import { parseTaskList } from "../../../src/core/parse/parse-task-list.js";

/** One task per call: what it edits (W), creates (C), adds files to (A) and reads (R). */
// `beside`: a second task, naming a file under the first folder of a bare extensionless path such as
// `src/test/kotlin`, which is a folder only where the list has files under `src/` (paths-settle.test.ts).
function uses(text: string, beside?: string): { W: string[]; C: string[]; A: string[]; R: string[] } {
  const second = beside === undefined ? "" : `- [ ] T002 Keep ${beside} tidy\n`;
  const list = parseTaskList({ kind: "file", path: "tasks.md", text: `- [ ] T001 ${text}\n${second}` });
  const task = list.tasks[0] as Task;
  return { W: task.files, C: task.creates ?? [], A: task.addsTo ?? [], R: task.reads ?? [] };
}
const none = { W: [], C: [], A: [], R: [] };

describe("reads: what a sentence names as a source", () => {
  it.each([
    ["Build the importer per the field list in docs/import.md into src/import.ts", "docs/import.md"],
    ["Style the form (see docs/ui/forms.md) in web/form.tsx", "docs/ui/forms.md"],
    ["Add retries as described in docs/retry.md to lib/http.ts", "docs/retry.md"],
    ["Model the cart based on schemas/cart.json in src/cart.ts", "schemas/cart.json"],
    ["Write lib/units.ts according to docs/units.md", "docs/units.md"],
    [
      "Write the exporter following the pattern in lib/export/csv.ts as lib/export/xml.ts",
      "lib/export/csv.ts",
    ],
    ["Keep lib/log.ts consistent with docs/logging.md", "docs/logging.md"],
    // What a task takes from a file: its source.
    ["Draw the latency panel in dash/api.json; it takes the bucket bounds from lib/histo.ts", "lib/histo.ts"],
    ["Write the alert rule in ops/rules.yml, reusing the series names from lib/series.ts", "lib/series.ts"],
    ["Mount the API in srv/main.py (include the orders router from api/orders.py)", "api/orders.py"],
    ["Name the routes matching config/routes.yml in api/routes.ts", "config/routes.yml"],
    ["Guard the inputs of api/orders.ts against schemas/order.json", "schemas/order.json"],
    // A comparison names a model to follow.
    ["Lay out web/pay.tsx with the same grid conventions as web/cart.tsx", "web/cart.tsx"],
    ["Write lib/queue/redis.ts similar to lib/queue/memory.ts", "lib/queue/memory.ts"],
    ["Add the retry banner in app/banner.tsx (mirrors the checkout team's ui/Banner.tsx)", "ui/Banner.tsx"],
    // A section sign after a path cites a part of a document.
    [
      "Write the purge job in jobs/purge.ts; docs/design.md §Retention leans towards a daily run",
      "docs/design.md",
    ],
  ])("%s", (text, read) => {
    const got = uses(text);
    expect(got.R).toEqual([read]);
    expect(got.W).not.toContain(read);
    expect(got.W.length).toBe(1);
  });

  it.each([
    "Keep one cache slot per tenant in lib/cache.ts",
    "Add a matching test in tests/cart.test.ts",
    "Create the following files: lib/a.ts",
    "Make sure the limits are specified in config/limits.yml",
    "Read config/limits.yml and update it with the new quota",
    // A comparison of place: the task writes there.
    "Put the parser in the same file as lib/lexer.ts",
    // A description of the product, not an instruction about the file.
    "Write an E2E test: a guest does not see the edit button in tests/e2e/edit.spec.ts",
  ])("does not read a path that is written: %s", (text) => {
    expect(uses(text).R).toEqual([]);
  });

  it("reads what the author forbids or denies writing", () => {
    expect(
      uses("Add the repository in src/repo.ts; do not modify src/db/schema.ts (owned by T005)").R,
    ).toEqual(["src/db/schema.ts"]);
    expect(uses("Register the plugin in src/plugins/pay.ts without touching src/http/router.ts").R).toEqual([
      "src/http/router.ts",
    ]);
    expect(uses("Add handlers in src/routes/pay.ts (src/http/router.ts itself is not edited)").R).toEqual([
      "src/http/router.ts",
    ]);
  });

  it("does not use at all what the author says a task does not touch, but reads what it must not touch", () => {
    expect(uses("Send the digest in jobs/digest.ts; it doesn't touch lib/push.ts")).toEqual({
      ...none,
      W: ["jobs/digest.ts"],
    });
    expect(uses("Send the digest in jobs/digest.ts; it does not even touch lib/push.ts").R).toEqual([]);
    expect(uses("Send the digest in jobs/digest.ts; do not touch lib/push.ts").R).toEqual(["lib/push.ts"]);
  });

  it("reads what the author marks as not edited, what a task makes something from, what new code reads", () => {
    expect(uses("Bump limits in config/app.toml, see schemas/app.json (read-only)").R).toEqual([
      "schemas/app.json",
    ]);
    expect(uses("Tidy lib/x.ts using lib/y.ts (reads it, changes nothing in it)").R).toEqual(["lib/y.ts"]);
    expect(uses("Render docs/colors.md from tokens/colors.json")).toEqual({
      ...none,
      W: ["docs/colors.md"],
      R: ["tokens/colors.json"],
    });
    expect(uses("Add a pre-commit hook in .hooks/pre-commit.sh that validates i18n/en.json").R).toEqual([
      "i18n/en.json",
    ]);
    expect(uses("Write lib/settings.py with a loader to parse config/defaults.yaml").R).toEqual([
      "config/defaults.yaml",
    ]);
  });

  it("does not read what a task takes something out of or moves", () => {
    expect(uses("Remove the flag from lib/cli.ts").W).toEqual(["lib/cli.ts"]);
    expect(uses("Strip the debug output from lib/cli.ts").W).toEqual(["lib/cli.ts"]);
    // The passive names who does the including: the file that includes is edited.
    expect(uses("Add shop/urls.py, included from site/urls.py").W).toEqual(["shop/urls.py", "site/urls.py"]);
    expect(uses("Move helpers from lib/big.ts into lib/helpers.ts").W).toEqual([
      "lib/big.ts",
      "lib/helpers.ts",
    ]);
    expect(uses("Bump limits in config/app.toml (keep the comments)").W).toEqual(["config/app.toml"]);
  });

  it("reads the fields that name sources, including bullets under an empty field", () => {
    const list = parseTaskList({
      kind: "file",
      path: "tasks.md",
      text: `### T001: Export
**Inputs**: docs/export.md
**References**:
- lib/formats.ts
- \`docs/csv.md\`

Write lib/export.ts.
`,
    });
    const task = list.tasks[0] as Task;
    expect(task.reads).toEqual(["docs/export.md", "lib/formats.ts", "docs/csv.md"]);
    expect(task.files).toEqual(["lib/export.ts"]);
  });

  it("reads a plain field that names reading, written without bold under the task", () => {
    const list = parseTaskList({
      kind: "file",
      path: "tasks.md",
      text: `- [ ] T001 Purge worker
  - Touches: lib/purge_worker.ex
  - Reads: lib/accounts.ex
  - Uses: \`lib/clock.ex\`
`,
    });
    const task = list.tasks[0] as Task;
    expect(task.reads).toEqual(["lib/accounts.ex", "lib/clock.ex"]);
    expect(task.files).toEqual(["lib/purge_worker.ex"]);
    // Must not fire: a plain "Docs:" line may say what to write, and prose naming "reads" is no field.
    expect(uses("Write the guide\n  - Docs: docs/guide.md").W).toEqual(["docs/guide.md"]);
    expect(uses("Cache what lib/app.ts reads: config/app.yml").R).toEqual([]);
  });

  it("keeps the spec-kit design documents read-only unless a writing verb acts on them", () => {
    expect(uses("Create entities for each model in data-model.md under src/models/user.py").R).toEqual([
      "data-model.md",
    ]);
    expect(uses("Run the scenarios of specs/004-cart/quickstart.md").R).toEqual([
      "specs/004-cart/quickstart.md",
    ]);
    expect(uses("Update quickstart.md with the new flags").W).toEqual(["quickstart.md"]);
    expect(uses("Add a troubleshooting section to specs/004-cart/quickstart.md").W).toEqual([
      "specs/004-cart/quickstart.md",
    ]);
    // A plan that is not a spec-kit document is an ordinary file.
    expect(uses("Describe the rollout in docs/plan.md").W).toEqual(["docs/plan.md"]);
  });

  it("reads a Markdown link to a document, unless it is what the task writes", () => {
    expect(uses("Mirror the flow of [the guide](docs/guide.md) in lib/flow.ts")).toEqual({
      ...none,
      W: ["lib/flow.ts"],
      R: ["docs/guide.md"],
    });
    expect(uses("Update [the guide](docs/guide.md)").W).toEqual(["docs/guide.md"]);
    expect(uses("Fix [the parser](lib/parse.ts)").W).toEqual(["lib/parse.ts"]);
  });

  it("reads everything a task names when it only looks at things", () => {
    expect(uses("Inspect the current layout of web/ and web/app.tsx")).toEqual({
      ...none,
      R: ["web/", "web/app.tsx"],
    });
    expect(uses("Review lib/a.ts and fix what is wrong").W).toEqual(["lib/a.ts"]);
    expect(uses("Check lib/ and run the formatter over it").W).toEqual(["lib/"]);
  });

  it("does not read a word inside a path as a verb of change", () => {
    expect(uses("Confirm the layout has src/test/kotlin and src/build/gen", "src/Main.kt")).toEqual({
      ...none,
      R: ["src/test/kotlin", "src/build/gen"],
    });
    expect(uses("Confirm src/test/kotlin exists and build it", "src/Main.kt").W).toEqual(["src/test/kotlin"]);
  });

  it("uses things listed together alike", () => {
    expect(uses("Write lib/tax.ts per docs/tax.md and docs/vat.md").R).toEqual([
      "docs/tax.md",
      "docs/vat.md",
    ]);
  });

  it("reads sources only from the rest of a task that has a Files field", () => {
    const list = parseTaskList({
      kind: "file",
      path: "tasks.md",
      text: "### T001: Tax per docs/tax.md, touching lib/other.ts\n**Files**: lib/tax.ts\n",
    });
    const task = list.tasks[0] as Task;
    expect(task.files).toEqual(["lib/tax.ts"]);
    expect(task.reads).toEqual(["docs/tax.md"]);
  });
});

describe("folders", () => {
  it.each([
    ["Create the `lib/models/` folder", "lib/models/"],
    ["Scaffold web/", "web/"],
    ["mkdir -p data/raw/", "data/raw/"],
    ["Initialise the project structure in app/", "app/"],
    ["Create the Billing project in src/Billing/", "src/Billing/"],
  ])("creates: %s", (text, folder) => {
    expect(uses(text)).toEqual({ ...none, W: [folder], C: [folder] });
  });

  it("creates every folder of a structure", () => {
    expect(uses("Set up the directory structure: api/, web/ and docs/").C).toEqual(["api/", "web/", "docs/"]);
  });

  it.each([
    ["Add a model to the lib/models/ folder", "lib/models/"],
    ["Create `PaymentTests` in tests/payments/", "tests/payments/"],
    ["Add new unit tests in tests/unit/", "tests/unit/"],
    ["Add a handler in api/handlers/", "api/handlers/"],
    ["Add integration tests for project setup in tests/integration/", "tests/integration/"],
  ])("adds new files to: %s", (text, folder) => {
    expect(uses(text)).toEqual({ ...none, A: [folder] });
  });

  it.each([
    ["Add logging to all handlers in api/handlers/", "api/handlers/"],
    ["Fix the date bug in api/handlers/", "api/handlers/"],
    ["Add tracing in api/handlers/", "api/handlers/"],
    ["Rename everything in lib/legacy/", "lib/legacy/"],
    ["Run the formatter over src/", "src/"],
    // The quantified things are where the change goes, or the sentence goes on to change them.
    ["Apply the new header to every page in web/pages/", "web/pages/"],
    ["Scan every module in lib/ and fix the imports", "lib/"],
    ["Load the settings in config/", "config/"],
  ])("works on the folder as a whole: %s", (text, folder) => {
    expect(uses(text)).toEqual({ ...none, W: [folder] });
  });

  it.each([
    ["Seed script scripts/seed.ts that loads every fixture in fixtures/seed/", "fixtures/seed/"],
    ["Smoke runner scripts/smoke.sh: runs all the checks under checks/", "checks/"],
    [
      "Licence inventory: each package in packages/ with its licence, written to docs/licences.md",
      "packages/",
    ],
    [
      "El arranque de pruebas en test/boot.ts aplica todas las migraciones de db/migrations/",
      "db/migrations/",
    ],
    ["Скрипт scripts/check.sh проверяет все файлы в config/", "config/"],
  ])("reads a folder whose contents a word of consuming takes as a whole: %s", (text, folder) => {
    expect(uses(text).R).toEqual([folder]);
  });

  it("reads an extensionless path named as a folder as a folder", () => {
    expect(uses("Create the route group directory: `web/app/(shop)`").C).toEqual(["web/app/(shop)/"]);
    expect(uses("Tidy the `lib/legacy` folder").W).toEqual(["lib/legacy/"]);
    expect(uses("Tidy `lib/legacy` and its callers").W).toEqual(["lib/legacy"]);
  });

  it("joins a file name to the folder written right after it", () => {
    expect(uses("Create `invoice.ts` in src/billing/").W).toEqual(["src/billing/invoice.ts"]);
    expect(uses("Write `a.ts`, `b.ts` and `c.ts` under lib/").W).toEqual([
      "lib/a.ts",
      "lib/b.ts",
      "lib/c.ts",
    ]);
    expect(uses("Gere `recibo.ts` em src/fiscal/").W).toEqual(["src/fiscal/recibo.ts"]);
  });

  it("does not join a file name to a folder named for something else", () => {
    expect(uses("Update `a.ts` and lib/util/").W).toEqual(["a.ts", "lib/util/"]);
    expect(uses("Update `a.ts`, then tidy lib/util/").W).toEqual(["a.ts", "lib/util/"]);
  });

  it("joins a file name to an extensionless folder after a preposition of place", () => {
    expect(uses("Add seed script 0002_seed_rates.sql in `db/changesets` with sample rows").W).toEqual([
      "db/changesets/0002_seed_rates.sql",
    ]);
    expect(uses("Put `banner.vue` and `footer.vue` into the web/src/layout folder").W).toEqual([
      "web/src/layout/banner.vue",
      "web/src/layout/footer.vue",
    ]);
    expect(uses("Écrire `tarifs.py` dans le dossier `app/facturation`").W).toEqual([
      "app/facturation/tarifs.py",
    ]);
    expect(uses("Создать `reader.go` в `internal/feed`").W).toEqual(["internal/feed/reader.go"]);
  });

  it("does not join a file name to an extensionless path after any other bridge", () => {
    const beside = "app/db/schema.sql";
    expect(uses("Update rates.sql and app/db/changesets", beside).W).toEqual([
      "rates.sql",
      "app/db/changesets",
    ]);
    expect(uses("Load rates.sql from app/db/changesets", beside).W).toEqual([
      "rates.sql",
      "app/db/changesets",
    ]);
    expect(uses("Touch `rates.sql`, app/db/changesets", beside).W).toEqual([
      "rates.sql",
      "app/db/changesets",
    ]);
    // A path ending in a file's name is a file, not the place of one.
    expect(uses("Add the `lint.mk` rules in build/Makefile").W).toEqual(["lint.mk", "build/Makefile"]);
  });

  it("counts a file name written again with its folder once", () => {
    expect(uses("Create `cart.ts` (src/shop/cart.ts)").W).toEqual(["src/shop/cart.ts"]);
  });
});

describe("reads in other languages", () => {
  it.each([
    ["Implémenter le client selon docs/api.md dans src/client.ts", "docs/api.md"],
    ["Écrire src/client.ts (voir docs/api.md)", "docs/api.md"],
    ["Implementar el cliente según docs/api.md en src/client.ts", "docs/api.md"],
    ["Implementar o cliente de acordo com docs/api.md em src/client.ts", "docs/api.md"],
    ["Den Client gemäß docs/api.md in src/client.ts schreiben", "docs/api.md"],
    ["Реализовать клиент согласно docs/api.md в src/client.ts", "docs/api.md"],
    ["根据 docs/api.md 实现 src/client.ts", "docs/api.md"],
    ["docs/api.md を参照して src/client.ts を実装する", "docs/api.md"],
    ["src/client.ts で db/migrations/ を goose で適用する", "db/migrations/"],
    ["docs/api.md から src/client.ts を生成する", "docs/api.md"],
    ["docs/api.md를 참고하여 src/client.ts 구현", "docs/api.md"],
    ["Klien di src/client.ts sesuai docs/api.md", "docs/api.md"],
    ["Viết src/client.ts theo docs/api.md", "docs/api.md"],
    ["Scrivere src/client.ts secondo docs/api.md", "docs/api.md"],
    ["Klient w src/client.ts zgodnie z docs/api.md", "docs/api.md"],
    ["Klienten i src/client.ts enligt docs/api.md", "docs/api.md"],
    ["Ο πελάτης στο src/client.ts σύμφωνα με docs/api.md", "docs/api.md"],
    ["A kliens a src/client.ts fájlban a docs/api.md szerint", "docs/api.md"],
    ["Asiakas tiedostoon src/client.ts docs/api.md:n mukaisesti", "docs/api.md"],
  ])("%s", (text, read) => {
    const got = uses(text);
    expect(got.R).toEqual([read]);
    expect(got.W).toEqual(["src/client.ts"]);
  });

  it.each([
    "Mettre à jour docs/api.md et src/client.ts",
    "Pouvoir docs/api.md et src/client.ts",
    "更新 docs/api.md 和 src/client.ts",
    "Perbarui docs/api.md dan src/client.ts",
    "Aggiornare docs/api.md e src/client.ts secondo le regole",
    "docs/api.md と src/client.ts を更新する",
  ])("does not read a path the sentence edits: %s", (text) => {
    expect(uses(text).R).toEqual([]);
  });
});

describe("a note after a path saying it is not edited, in other languages", () => {
  it.each([
    // Vietnamese: "build the app with the existing X (only use, don't edit)"
    "Dựng app bằng lib/boot.ts có sẵn (chỉ dùng, không sửa) trong src/client.ts",
    "Den Client mit lib/boot.ts (nur lesen) in src/client.ts schreiben",
    "Écrire src/client.ts avec lib/boot.ts (ne pas modifier)",
    "Escribir src/client.ts con lib/boot.ts (solo lectura)",
    "Escrever src/client.ts com lib/boot.ts (não alterar)",
    "用 lib/boot.ts （只读） 实现 src/client.ts",
  ])("reads the path: %s", (text) => {
    const got = uses(text);
    expect(got.R).toEqual(["lib/boot.ts"]);
    expect(got.W).toEqual(["src/client.ts"]);
  });

  it.each([
    "Sửa lib/boot.ts (thêm cấu hình) và src/client.ts",
    "lib/boot.ts anpassen (nur die Ports) und src/client.ts schreiben",
    "Réécrire lib/boot.ts pour le nouveau démarrage, puis src/client.ts (ne pas modifier les tests)",
  ])("leaves a path edited when the note says something else: %s", (text) => {
    expect(uses(text).W).toEqual(expect.arrayContaining(["lib/boot.ts"]));
  });
});

describe("an instrument is used, not written", () => {
  it.each([
    "Boot the checkout test app using lib/boot.ts, in src/client.ts",
    "Write src/client.ts by means of lib/boot.ts",
    // Vietnamese "with" (instrument) and "use", Spanish and Portuguese "using", German "with the help of"
    "Khởi tạo client bằng lib/boot.ts trong src/client.ts",
    "Viết src/client.ts, dùng lib/boot.ts để khởi động",
    "Escribir src/client.ts usando lib/boot.ts",
    "Escrever src/client.ts utilizando lib/boot.ts",
    "src/client.ts mithilfe von lib/boot.ts schreiben",
  ])("reads the instrument: %s", (text) => {
    const got = uses(text);
    expect(got.R).toEqual(["lib/boot.ts"]);
    expect(got.W).toEqual(["src/client.ts"]);
  });

  it.each([
    "Update lib/boot.ts using the new port numbers, then src/client.ts",
    "Wire lib/boot.ts with src/client.ts",
    "Sửa lib/boot.ts và src/client.ts",
  ])("leaves a path written when no instrument word governs it: %s", (text) => {
    expect(uses(text).W).toEqual(expect.arrayContaining(["lib/boot.ts", "src/client.ts"]));
  });
});
