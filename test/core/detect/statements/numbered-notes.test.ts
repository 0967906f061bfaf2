import { describe, expect, it } from "vitest";
import { kiroNotes, kiroPlan, pairs } from "./plan-helpers.js";

const groups: ReadonlyArray<[string, string[]]> = [
  ["1. Base", ["1.1 Schema in db/schema.sql", "1.2 Client in src/client.ts"]],
  [
    "2. Services",
    ["2.1 Orders in src/orders.ts", "2.2 Invoices in src/invoices.ts", "2.3 Refunds in src/refunds.ts"],
  ],
];

describe("a numbered list's notes: commands, versions and ranges", () => {
  const notes = kiroNotes("Plan", groups);

  it("reads no relation word and no task inside a code span that holds a command", () => {
    expect(notes("2.3", "Run `composer require acme/money:^2.1` first")).toEqual([]);
    expect(notes("2.3", "`npm install left-pad@1.2 --save` (adds the package)")).toEqual([]);
    // A code name or a path in a code span is still prose; what follows the command is too.
    expect(notes("2.3", "Needs the `Orders` service of 2.1 (`npm run build` must pass)")).toEqual([
      "2.1>2.3",
    ]);
  });

  it("takes a number written as a version for no task", () => {
    expect(notes("2.3", "Requires ^2.1 of the SDK and >=1.2 of the runtime")).toEqual([]);
    expect(notes("2.3", "Requires 2.1")).toEqual(["2.1>2.3"]);
  });

  it("reads 'a' between two sub-tasks as 'to' where the list joins them with another word for 'and'", () => {
    const spanish = (note: string): string[] =>
      pairs(
        kiroPlan("Plan", [
          ["1. Base", ["1.1 Esquema en db/schema.sql", "1.2 Cliente en src/client.ts"]],
          [
            "2. Servicios",
            [
              "2.1 Pedidos en src/orders.ts",
              "2.2 Facturas en src/invoices.ts",
              "2.3 Abonos en src/refunds.ts",
            ],
          ],
          ["3. Cierre", ["3.1 Informe en src/report.ts"]],
        ])
          .replace(
            "  - [ ] 2.1 Pedidos en src/orders.ts",
            "  - [ ] 2.1 Pedidos en src/orders.ts\n    - Depende de 1.1 y 1.2",
          )
          .replace(
            "  - [ ] 3.1 Informe en src/report.ts",
            `  - [ ] 3.1 Informe en src/report.ts\n    - ${note}`,
          ),
        "explicit",
      ).sort();
    expect(spanish("Después de 2.1 a 2.3")).toEqual(["1.1>2.1", "1.2>2.1", "2.1>3.1", "2.2>3.1", "2.3>3.1"]);
    // Czech "a" is "and": a series ended by it keeps its two ends apart.
    const czech = pairs(kiroPlan("Plán", groups, "2.3", "Závisí na 1.1, 1.2 a 2.2"), "explicit").sort();
    expect(czech).toEqual(["1.1>2.3", "1.2>2.3", "2.2>2.3"]);
  });
});

describe("a provisional source kept until another task lands", () => {
  const notes = kiroNotes("Plan", groups);

  it("is no wait in a sub-task's own note; a verb of waiting after it is", () => {
    expect(notes("1.2", "The base URL comes from an env var until task 2 adds the settings")).toEqual([]);
    expect(notes("1.2", "Falls back to the bundled list until 2.1 loads the real one")).toEqual([]);
    expect(notes("1.2", "Uses a placeholder logo and waits until 2.1 ships the real one")).toEqual([
      "2.1>1.2",
    ]);
    expect(notes("1.2", "Stays parked until 2.1 ships")).toEqual(["2.1>1.2"]);
  });
});

describe("a sub-task that uses what another makes, in a note", () => {
  const notes = kiroNotes("Plan", groups);

  it("reads 'instantiate', a clause without 'that', and a gloss by the words before it", () => {
    expect(notes("2.3", "Instantiate 2.1 and 2.2 in the stack")).toEqual(["2.1>2.3", "2.2>2.3"]);
    expect(notes("2.3", "Picks the block 2.1 adds and validates it")).toEqual(["2.1>2.3"]);
    expect(notes("2.3", "`src/app.ts`: instantiate the client (1.2) and the orders service")).toEqual([
      "1.2>2.3",
    ]);
    // Must not fire: a gloss with no word of need around it, and "block" as a noun before no task.
    expect(notes("2.3", "The client (1.2) is configured differently here")).toEqual([]);
    expect(notes("2.3", "Keeps the block of settings as it is")).toEqual([]);
  });
});

describe("a note that frees a sub-task inside its own group", () => {
  const stage = (note: string): string[] =>
    pairs(kiroPlan("Plan", groups, "2.2", note), "order").filter((p) => p.endsWith(">2.2"));

  it("leaves it after the stage before, where a note without the scope frees it", () => {
    expect(stage("Depends on nothing in this group")).toEqual(["1.1>2.2", "1.2>2.2"]);
    expect(stage("No depende de nada de este grupo")).toEqual(["1.1>2.2", "1.2>2.2"]);
    expect(stage("Hängt von nichts aus dieser Gruppe ab")).toEqual(["1.1>2.2", "1.2>2.2"]);
    expect(stage("Depends on nothing")).toEqual([]);
    expect(stage("No depende de nada")).toEqual([]);
  });
});
