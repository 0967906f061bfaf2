import { describe, expect, it } from "vitest";
import { codeNameOfFile, codeNames, roleNameOfFile } from "../../../src/core/detect/code-names.js";
import { createdName, declaredName, namesListedWith } from "../../../src/core/detect/creation-verbs.js";
import { detectDependencies } from "../../../src/core/detect/detect-dependencies.js";
import { parseTaskList } from "../../../src/core/parse/parse-task-list.js";

const symbolPairs = (text: string) =>
  detectDependencies(parseTaskList({ kind: "file", path: "tasks.md", text }))
    .edges.filter((e) => e.kind === "symbol")
    .map((e) => `${e.from}>${e.to}`);
const isName = (w: string) => codeNames(w)[0] === w;

describe("code names", () => {
  it("reads names of two or more words as code spells them, not single words", () => {
    expect(codeNames("Wire InvoiceMailer into retryQueue and flush_outbox; keep Config and utils")).toEqual([
      "InvoiceMailer",
      "retryQueue",
      "flush_outbox",
    ]);
    expect(codeNameOfFile("app/Billing/InvoiceMailer.php")).toBe("InvoiceMailer");
    expect(codeNameOfFile("src/retry-queue.ts")).toBe("retryQueue");
    expect(codeNameOfFile("src/index.ts")).toBeNull();
    // Angular and NestJS name a file by what it declares and its role.
    expect(roleNameOfFile("apps/api/src/invoice/invoice.service.ts")).toBe("InvoiceService");
    expect(roleNameOfFile("src/app/late-fee.pipe.ts")).toBe("LateFeePipe");
    expect(codeNameOfFile("src/app/late-fee.pipe.ts")).toBe("lateFee");
    expect(roleNameOfFile("src/app/app.module.ts")).toBe("AppModule");
    expect(roleNameOfFile("src/invoice.spec.ts")).toBeNull();
    expect(roleNameOfFile("src/billing.stories.tsx")).toBeNull();
    expect(roleNameOfFile("src/retry-queue.ts")).toBeNull();
  });

  it("reads a kebab-case file name as a code name only for a JavaScript module", () => {
    expect(codeNameOfFile("web/src/late-fees.tsx")).toBe("lateFees");
    expect(codeNameOfFile("ui/LateFees.vue")).toBe("LateFees");
    // A dashboard, a page of docs or a template is named like a file, whatever its words.
    expect(codeNameOfFile("ops/dashboards/late-fees.json")).toBeNull();
    expect(codeNameOfFile("docs/late-fees.md")).toBeNull();
    expect(codeNameOfFile("config/late_fees.yaml")).toBe("late_fees");
    const list = (first: string) => `# Tasks: Fees

## Phase 1: Fees

- [ ] T001 [P] ${first}
- [ ] T002 [P] Guard the \`late_fees\` flag in src/flags.ts
`;
    expect(symbolPairs(list("Grafana board in ops/dashboards/late-fees.json"))).toEqual([]);
    expect(symbolPairs(list("Fee helpers in web/src/late-fees.ts"))).toEqual(["T001>T002"]);
  });

  it("links a snake_case file's name written in snake case only where the language imports it so", () => {
    const list = (file: string, used: string) => `# Tasks: Fees

## Phase 1: Fees

- [ ] T001 [P] Fee rules in ${file}
- [ ] T002 [P] ${used} in src/report.txt
`;
    // A Dart or Elixir file of that name declares LateFeeRule; the snake name is as likely a table.
    expect(symbolPairs(list("lib/late_fee_rule.dart", "Index the `late_fee_rule` table"))).toEqual([]);
    expect(symbolPairs(list("lib/late_fee_rule.dart", "Call `LateFeeRule` from the report"))).toEqual([
      "T001>T002",
    ]);
    // Python imports the module by that very name.
    expect(symbolPairs(list("fees/late_fee_rule.py", "Call `late_fee_rule` from the report"))).toEqual([
      "T001>T002",
    ]);
  });

  it("finds the name a title creates, in several languages and word orders", () => {
    expect(createdName("Create the `InvoiceMailer` service", isName)).toBe("InvoiceMailer");
    expect(createdName("Реализовать PaymentGateway", isName)).toBe("PaymentGateway");
    // A verb's object stays in its clause: "write" is a noun before "when", whose clause names the flag.
    expect(createdName("Refresh the list after each write when `beta_sync` is on", isName)).toBeNull();
    expect(createdName("Write `beta_sync` when the app starts", isName)).toBe("beta_sync");
    expect(createdName("PaymentGatewayを実装する", isName)).toBe("PaymentGateway");
    expect(createdName("Fix the InvoiceMailer retries", isName)).toBeNull();
  });

  it("takes a name before a noun for its part or use as whose, not as what the verb makes", () => {
    expect(createdName("Write the `loan_events` row on every checkout", isName)).toBeNull();
    expect(createdName("Add `ShelfIndex` tests for empty shelves", isName)).toBeNull();
    // A field, column or kind after the name is the name itself; a function word leaves it the object.
    expect(createdName("Add the due_date field to the Loan struct", isName)).toBe("due_date");
    expect(createdName("Implement `renew_loan()` handler function", isName)).toBe("renew_loan");
    expect(createdName("Create ShelfIndex for the catalogue", isName)).toBe("ShelfIndex");
  });

  it("links a member added to a named thing only to the tasks that name that thing", () => {
    const list = (first: string) => `# Tasks: Loans

## Phase 1: Loans

- [ ] T001 [P] ${first}
- [ ] T002 [P] Show \`lateFeeCents\` on the order receipt in web/receipt.tsx
- [ ] T003 [P] Map \`LoanResponseDto\` with its \`lateFeeCents\` in web/loan-mapper.ts
`;
    // Another thing may have a member of that name: the receipt's order, not the loan's DTO.
    expect(symbolPairs(list("Add `lateFeeCents` and `dueAt: Date` to `LoanResponseDto`"))).toEqual([
      "T001>T003",
    ]);
    // Added to no named thing, the name is the task's own.
    expect(symbolPairs(list("Add the `lateFeeCents` column in db/schema.sql")).sort()).toEqual([
      "T001>T002",
      "T001>T003",
    ]);
  });

  it("does not take a name the task says it does without for a name it uses", () => {
    const list = (second: string) => `# Tasks: Loans

## Phase 1: Loans

- [ ] T001 [P] Create the \`FeeCalculator\` in src/fees/fee-calculator.ts
- [ ] T002 [P] ${second}
`;
    expect(
      symbolPairs(list("Show the fee on the loan card, read from the row, not from `FeeCalculator`")),
    ).toEqual([]);
    expect(symbolPairs(list("Compute the fee inline instead of FeeCalculator in web/card.ts"))).toEqual([]);
    // The refusal covers only the name it governs.
    expect(symbolPairs(list("Show the fee from `FeeCalculator`, not from the cached row"))).toEqual([
      "T001>T002",
    ]);
  });

  it("takes a creation word written as code for a name, never for the verb", () => {
    expect(createdName("Wire the outbox into `create` and `changeStatus`", isName)).toBeNull();
    expect(
      createdName("Migration `db/V57__create_return_tables.sql`: tables `return_request`", isName),
    ).toBeNull();
    expect(createdName("Create `changeStatus` in the orders service", isName)).toBe("changeStatus");
  });

  it("takes a call written out for the function it adds, never for one of its arguments", () => {
    expect(createdName("Add `renewLoan(tx, { loanId, memberId })` to the loans service", isName)).toBe(
      "renewLoan",
    );
    expect(createdName("Implement `overdue_fee(days, daily_rate)` in fees.py", isName)).toBe("overdue_fee");
    // With no name before the parenthesis, the arguments stay out all the same.
    expect(createdName("Add (loanId, memberId) pairs to the export", isName)).toBeNull();
    const list = `# Tasks: Loans

## Phase 1: Loans

- [ ] T001 [P] Add \`renewLoan(tx, { loanId, memberId })\` to the loans service
- [ ] T002 [P] Add \`loanId\` and \`memberId\` columns to db/schema.sql
- [ ] T003 [P] Call \`renewLoan\` from the renew button handler in web/renew.ts
`;
    // The function takes the column T002 adds: it waits for T002, never the column for the function.
    expect(symbolPairs(list).sort()).toEqual(["T001>T003", "T002>T001"]);
  });

  it("takes the name a title opens with before the kind of thing it is as what the title makes", () => {
    expect(createdName("`LoanRecord` model (due, returnedAt) in db/schema.prisma", isName)).toBe(
      "LoanRecord",
    );
    expect(createdName("ShelfIndex class in src/shelf.ts", isName)).toBe("ShelfIndex");
    // A name followed by anything but a kind is only named.
    expect(createdName("`LoanRecord` rows are archived nightly", isName)).toBeNull();
    expect(createdName("`LoanRecord` tests in tests/loan.test.ts", isName)).toBeNull();
    expect(createdName("Sequelize entities `Shelf` and `ShelfSlot` in db/shelf.ts", isName)).toBe("Shelf");
    expect(createdName("Fix the `Shelf` entity", isName)).toBeNull();
  });

  it("lets a task make its own thing of a name another task's file already has", () => {
    const list = (second: string) => `# Tasks: Shelves

## Phase 1: Shelves

- [ ] T001 [P] Model classes in app/src/models/Shelf.ts
- [ ] T002 [P] ${second}
`;
    // The API's entity and the app's model share a name, not a file.
    expect(symbolPairs(list("ORM entities `Shelf` and `ShelfSlot` in api/src/shelf.entity.ts"))).toEqual([]);
    expect(symbolPairs(list("Domain class in shared/model/Shelf.kt, used as `Shelf`"))).toEqual([]);
    // The same file written by its bare name, or a task removing its own file, still waits for the maker.
    const allPairs = (text: string) =>
      detectDependencies(parseTaskList({ kind: "file", path: "tasks.md", text })).edges.map(
        (e) => `${e.from}>${e.to}`,
      );
    expect(allPairs(list("Wire `Shelf` into Shelf.ts and the router"))).toEqual(["T001>T002"]);
    expect(symbolPairs(list("Delete old/Shelf.ts now that `Shelf` exists"))).toEqual(["T001>T002"]);
  });

  it("does not put the task making a model after a later task whose file is spelt like it", () => {
    const list = `# Tasks: Loans

## Phase 1: Loans

- [ ] T001 [P] \`LoanRecord\` model (due, returnedAt) in db/schema.prisma
- [ ] T002 [P] Queue payload in src/queues/loan-record.ts
- [ ] T003 [P] Loan endpoint in src/api/loans.ts that inserts a \`LoanRecord\` row
`;
    const edges = symbolPairs(list);
    expect(edges).not.toContain("T002>T001");
    expect(edges).toContain("T001>T003");
  });
});

describe("a task that uses a code name waits for the task that creates it", () => {
  it("links by a file named after the name, across stories and [P] markers", () => {
    const text = `## Phase 3: User Story 1 - Invoices
- [ ] T010 [P] [US1] Invoice entity in app/Billing/InvoiceRecord.php
## Phase 4: User Story 2 - Reminders
- [ ] T020 [P] [US2] Reminder scheduler that loads each InvoiceRecord due tomorrow in app/Jobs/Remind.php
`;
    expect(symbolPairs(text)).toEqual(["T010>T020"]);
  });

  it("links by a name called as a method, which is no file name", () => {
    const text = `- [ ] T001 [P] Implement UsageService.record() in api/usage/usage.service.ts
- [ ] T002 [P] Usage endpoint in api/usage/usage.controller.ts that calls \`UsageService.record()\`
- [ ] T003 [P] Copy the seed file usage.record into fixtures/ in scripts/copy.sh
`;
    expect(symbolPairs(text)).toEqual(["T001>T002"]);
  });

  it("links by a title that creates the name", () => {
    const text = `- [ ] T001 [P] Add the RateWindow value object
- [ ] T002 [P] Throttle middleware in src/throttle.ts built on RateWindow
`;
    expect(symbolPairs(text)).toEqual(["T001>T002"]);
  });

  it("orders tasks that change the same named thing, by the preposition before the name", () => {
    const text = `- [ ] 1. Checkout
  - [ ] 1.1 Plug the coupon field into the CheckoutPanel
  - [ ] 1.2 Add a gift-wrap toggle to CheckoutPanel
  - [ ] 1.3 Show the CheckoutPanel totals on the receipt page
`;
    expect(symbolPairs(text)).toEqual(["1.1>1.2"]);
  });

  it("takes every name of a list after the creation verb as made by the task", () => {
    const text = `- [ ] T001 [P] Create \`Invoice\`, \`InvoiceLine\` and \`CreditNote\` models in billing/models.py
- [ ] T002 [P] Write \`CreditNoteBuilder\` in billing/services/credit_note.py
- [ ] T003 [P] Admin pages for \`CreditNote\` in billing/admin.py
- [ ] T004 [P] Add \`Refund\` and \`Voucher\` tests in billing/tests/test_refund.py
- [ ] T005 [P] Voucher export in billing/export.py
`;
    // T001 makes CreditNote itself, so it does not wait for credit_note.py; T003 uses T001's.
    expect(symbolPairs(text)).toEqual(["T001>T003"]);
    expect(namesListedWith("Add `RefundPolicy` and `VoucherCode` tests", "RefundPolicy", isName)).toEqual([]);
  });

  it("takes every name of a list a title opens with before the kind, in English and with Turkish endings", () => {
    expect(
      declaredName("`Invoice`, `InvoiceLine` and `CreditNote` models in billing/models.py", isName),
    ).toBe("InvoiceLine");
    const turkish = "`Fatura`, `FaturaSatiri`, `IadeNotu` modellerini `billing/models.py` içinde oluştur";
    expect(namesListedWith(turkish, declaredName(turkish, isName) ?? "", isName)).toEqual([
      "FaturaSatiri",
      "IadeNotu",
    ]);
    // Not a kind: "modeling" is no Turkish ending.
    expect(declaredName("`InvoiceLine` modeling notes in docs/x.md", isName)).toBeNull();
  });

  it("gives way to the task's own words setting it apart from the maker, with a warning", () => {
    const text = `- [ ] T001 [P] Ticket card in web/src/TicketCard.tsx
- [ ] T002 [P] Queue table in web/src/QueueTable.tsx; its numbers copy the look of \`TicketCard\`, but it does not depend on T001
- [ ] T003 [P] Badge in web/src/Badge.tsx that renders a \`TicketCard\`; it does not depend on T002
`;
    expect(symbolPairs(text)).toEqual(["T001>T003"]);
    expect(
      detectDependencies(parseTaskList({ kind: "file", path: "tasks.md", text })).warnings.join("\n"),
    ).toContain("T002 names TicketCard, which T001 creates, but T002's own words set the two apart");
  });

  it("does not take the first folder of a path after the preposition for a changed name", () => {
    const text = `- [ ] T001 [P] Login form in \`webClient/src/login/LoginForm.tsx\`
- [ ] T002 [P] Signup form in \`webClient/src/signup/SignupForm.tsx\`
- [ ] T003 [P] Password meter in webClient/src/signup/Meter.tsx
`;
    expect(symbolPairs(text)).toEqual([]);
  });

  it("takes the store a verb of keeping puts data in for a place at run time, not a change to it", () => {
    const text = `- [ ] 1. Preferences
  - [ ] 1.1 Remember the last tab, saved in UserPrefsStore
  - [ ] 1.2 Cache the avatar URL, stored in UserPrefsStore as well
  - [ ] 1.3 Add a reset button to UserPrefsStore
  - [ ] 1.4 Wire the theme switch into UserPrefsStore
`;
    expect(symbolPairs(text)).toEqual(["1.3>1.4"]);
  });

  it("does not link names inside paths, names nobody creates, or tests naming what they test", () => {
    const text = `- [ ] T001 [P] Parser in src/ParserCore/lexer.ts using GraphQL and TypeScript
- [ ] T002 [P] Printer in src/ParserCore/printer.ts using GraphQL
- [ ] T003 [P] Unit test for the LedgerWriter in tests/ledger_writer_test.py
- [ ] T004 [P] Ledger writer in src/ledger_writer.py
`;
    expect(symbolPairs(text)).toEqual([]);
  });

  it("links a single capitalised word in backticks to the task creating a file of that very name", () => {
    const text = `- [ ] T001 [P] Shipment aggregate in src/Domain/Shipment.cs
- [ ] T002 [P] Persistence mapping for \`Shipment\` in src/Data/ShipmentMap.cs
`;
    expect(symbolPairs(text)).toEqual(["T001>T002"]);
  });

  it("does not link a single word outside backticks, in lower case, or with no file of its name", () => {
    const text = `- [ ] T001 [P] Shipment aggregate in src/Domain/Shipment.cs
- [ ] T002 [P] Shipment mapping in src/Data/ShipmentMap.cs
- [ ] T003 [P] Tidy \`shipment\` logging in src/log.ts
- [ ] T004 [P] Retry \`Carrier\` calls in src/retry.ts
- [ ] T005 [P] Multi-stage build in api/Dockerfile
- [ ] T006 [P] Slim the web \`Dockerfile\` in web/Dockerfile
`;
    expect(symbolPairs(text)).toEqual([]);
  });

  it("takes a single word its package qualifies for a name, never a file or an abbreviation", () => {
    expect(
      codeNames("decode `usage.Report` and `billing::Invoice`, e.g.Report, notes.md, analysis.Rmd"),
    ).toEqual(["usage.Report", "billing::Invoice"]);
    const text = `- [ ] T001 [P] Define \`usage.Report\` and its JSON encoding in internal/usage/report.go
- [ ] T002 [P] Admin client decoding \`usage.Report\` in internal/adminclient/client.go
- [ ] T003 [P] Monthly report page in web/report.go (see \`Report\` in the glossary)
`;
    expect(symbolPairs(text)).toEqual(["T001>T002"]);
  });

  it("takes a one-word Ruby file for the class it autoloads, not a Python or Rust module", () => {
    const text = `- [ ] T001 [P] Invoice model in app/models/invoice.rb
- [ ] T002 [P] Serializer module in api/serializers/booking.py
- [ ] T003 [P] Exporter in src/export/json.rs
- [ ] T004 [P] Copy the lines of an accepted \`Invoice\` in app/services/copier.rb
- [ ] T005 [P] Map each \`Booking\` to \`Json\` in src/mapper.rs
`;
    expect(symbolPairs(text)).toEqual(["T001>T004"]);
  });
});

describe("code names across languages", () => {
  it("does not link a name two host languages each declare: they meet over an API", () => {
    const text = `- [ ] T001 [P] ChecklistTemplate model in backend/onboarding/models.py
- [ ] T002 [P] Types ChecklistTemplate and TemplateItem in frontend/src/onboarding/types.ts
- [ ] T003 [P] Service dispatch_transfer in backend/transfers/services.py
- [ ] T004 [P] Client dispatchTransfer in frontend/src/api/transfers.ts
`;
    expect(symbolPairs(text)).toEqual([]);
  });

  it("still links a name a compiled language declares to the binding that calls it, and within one language", () => {
    const text = `- [ ] T001 [P] Implement parse_to_json in crates/codec/src/json.rs
- [ ] T002 [P] Python wrapper in python/codec/__init__.py calling codec.parse_to_json
- [ ] T003 [P] ChecklistTemplate model in backend/onboarding/models.py
- [ ] T004 [P] Serializer for ChecklistTemplate in backend/onboarding/serializers.py
`;
    expect(symbolPairs(text).sort()).toEqual(["T001>T002", "T003>T004"]);
  });
});
