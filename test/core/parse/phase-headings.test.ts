import { describe, expect, it } from "vitest";
import { classifyPhase } from "../../../src/core/parse/classify-phase.js";
import { parseTaskList } from "../../../src/core/parse/parse-task-list.js";

const parse = (text: string) => parseTaskList({ kind: "file", path: "tasks.md", text });

describe("a phase heading is a phase word followed by the phase's number", () => {
  it.each([
    "Fase 4: Relatórios mensais",
    "Étape 2 : Import des factures",
    "Etape 2 - Import",
    "Etapa 5: Integración",
    "Stufe 3: Abrechnung",
    "Этап 4: Отчёты",
    "Фаза 1: Подготовка",
    "フェーズ4: 月次レポート",
    "フェーズ 4：月次レポート",
    "阶段 3：账单导出",
    "階段3：帳單匯出",
    "단계 3: 청구서 내보내기",
    "페이즈 2: 가져오기",
    "Phase III: Invoice export",
    "Stage IV",
    "Phase II Invoice export",
    "Phase 6 — Invoice export",
    "Phase 2.5: Invoice export",
    "Fas 2: Fakturor",
    "Faza 3: Raporty",
    "Aşama 4: Raporlar",
    "1단계: 설정 (공유 인프라)",
    "第 2 阶段：基础",
    "第2フェーズ：基盤",
    // The closing phase, written without a number.
    "Final Phase: Polish",
    "Last phase — hardening",
    "Fase final: Pulido",
    "Phase finale : finitions",
    "Letzte Phase: Feinschliff",
    "Финальная фаза: доводка",
    "最終フェーズ: 仕上げ",
    "最终阶段：收尾",
    "최종 단계: 마무리",
  ])("reads %j as a phase", (heading) => {
    expect(classifyPhase(heading)).not.toBeNull();
  });

  it.each([
    "Phase-out plan for the legacy importer",
    "Stage directions",
    "Fase",
    "Fases 1 e 2 em paralelo",
    "Étapes suivantes",
    "阶段之间的依赖",
    "Stage I wrote down",
    "Phase Internals",
    "Phases 2 and 3 run together",
    "Fast path for invoices",
    "Fas",
    "Final phases of the rollout are out of scope",
    "Final touches",
    "最終確認",
  ])("does not read %j as a phase", (heading) => {
    expect(classifyPhase(heading)).toBeNull();
  });

  it.each([
    ["Fas 3: Användarberättelse 1 – Boka ett pass", "US1"],
    ["Fase 4: História de Usuário 2 - Relatórios", "US2"],
    ["Phase 5: Kullanıcı Hikayesi 3 - Raporlar", "US3"],
    ["Fase 3: Cerita Pengguna 1 - Bayar iuran", "US1"],
    ["Phase 6: User Story 4 - Reports", "US4"],
    ["Faza 5: Povestea 3 - Rapoarte lunare", "US3"],
  ])("reads a user story in the heading's language: %j", (heading, story) => {
    expect(classifyPhase(heading)).toEqual({ kind: "story", story });
  });

  it("reads spec-kit's own 'Foundational (Blocking Prerequisites)' as the foundation, plain prerequisites as setup", () => {
    expect(classifyPhase("Phase 2: Foundational (Blocking Prerequisites)")?.kind).toBe("foundational");
    expect(classifyPhase("Phase 2: Blocking Prerequisites")?.kind).toBe("foundational");
    expect(classifyPhase("Phase 1: Prerequisites")?.kind).toBe("setup");
    expect(classifyPhase("Phase 1: Setup (Shared Infrastructure)")?.kind).toBe("setup");
  });

  it("reads the roles in Romanian, and no role from a word that only looks alike", () => {
    expect(classifyPhase("Faza 1: Pregătirea mediului")?.kind).toBe("setup");
    expect(classifyPhase("Faza 2: Fundație (blochează tot)")?.kind).toBe("foundational");
    expect(classifyPhase("Faza 7: Finisare")?.kind).toBe("polish");
    expect(classifyPhase("Faza 4: Rapoarte fundamentale")?.kind).toBe("other");
  });

  it.each([
    ["Fase 1: Preparación del entorno", "setup"],
    ["Étape 1 : Mise en place", "setup"],
    ["Phase 1: Vorbereitung", "setup"],
    ["Faza 1: Przygotowanie", "setup"],
    ["Этап 1: Настройка окружения", "setup"],
    ["Φάση 1: Προετοιμασία", "setup"],
    ["フェーズ1: 準備", "setup"],
    ["阶段 1：项目搭建", "setup"],
    ["Fase 2: Fundação compartilhada", "foundational"],
    ["Phase 2 : Fondations (bloque tous les récits)", "foundational"],
    ["Phase 2: Grundlagen", "foundational"],
    ["Fáze 2: Základy", "foundational"],
    ["Aşama 2: Temel altyapı", "foundational"],
    ["階段 2：基礎建設", "foundational"],
    ["단계 2: 기반 작업", "foundational"],
    ["Fase 6: Rifinitura", "polish"],
    ["Phase 7 : Finitions", "polish"],
    ["Phase 6: Feinschliff", "polish"],
    ["Fase 6: Afronding", "polish"],
    ["Phase 6: Hoàn thiện", "polish"],
    ["フェーズ6: 仕上げと横断的対応", "polish"],
    ["阶段 6：收尾工作", "polish"],
  ])("reads the role name opening %j in its own language", (heading, kind) => {
    expect(classifyPhase(heading)?.kind).toBe(kind);
  });

  it("reads no role from a role word later in the name", () => {
    expect(classifyPhase("Phase 3: Core Configuration")?.kind).toBe("other");
    expect(classifyPhase("Fase 4: Informes de la preparación")?.kind).toBe("other");
    expect(classifyPhase("Phase 5: Export für die Grundlagenforschung")?.kind).toBe("other");
    expect(classifyPhase("Phase 4: Berichte, Feinschliff später")?.kind).toBe("other");
  });

  it("reads Arabic phase headings, their stories and roles, and no role from a later word", () => {
    expect(classifyPhase("المرحلة 1: التهيئة")?.kind).toBe("setup");
    expect(classifyPhase("المرحلة 2: الأساس (يحجب كل القصص)")?.kind).toBe("foundational");
    expect(classifyPhase("مرحلة 3: قصة المستخدم 2 - سجل الإعارة")).toEqual({ kind: "story", story: "US2" });
    expect(classifyPhase("المرحلة 6: التحسينات")?.kind).toBe("polish");
    // The role word must open the name: "reports of the setup" is no setup phase.
    expect(classifyPhase("المرحلة 4: تقارير الإعداد")?.kind).toBe("other");
    expect(classifyPhase("مرحلة التخطيط")).toBeNull();
  });

  it("reads Hebrew phase headings, their stories and roles the same way", () => {
    expect(classifyPhase("שלב 1: הקמה")?.kind).toBe("setup");
    expect(classifyPhase("שלב 2: בסיס משותף")?.kind).toBe("foundational");
    expect(classifyPhase("שלב 3: סיפור משתמש 2 - השאלת ספר")).toEqual({ kind: "story", story: "US2" });
    expect(classifyPhase("שלב 6: שיפורים")?.kind).toBe("polish");
    expect(classifyPhase("שלב 4: דוחות הליטוש")?.kind).toBe("other");
    expect(classifyPhase("שלבי העבודה")).toBeNull();
  });

  it("does not take a story word without a number for a story", () => {
    expect(classifyPhase("Fas 3: Berättelser om bokning")?.kind).toBe("other");
    expect(classifyPhase("Phase 3: Story 2 of the old plan")?.kind).toBe("other");
  });

  it("splits a list at its phase headings in another language, and keeps prose headings inside a phase", () => {
    const list = parse(
      [
        "## Etapa 1: Preparación",
        "- [ ] T001 Crear el proyecto",
        "## Etapa 2: Cobros",
        "### Etapas siguientes",
        "- [ ] T002 Cobro con tarjeta en src/pay.ts",
        "## Etapa II: Informes",
        "- [ ] T003 Informe mensual en src/report.ts",
      ].join("\n"),
    );
    expect(list.phases.map((p) => p.title)).toEqual([
      "Etapa 1: Preparación",
      "Etapa 2: Cobros",
      "Etapa II: Informes",
    ]);
    expect(list.tasks.map((t) => t.phase)).toEqual([0, 1, 2]);
  });

  it("reads the phase's name after a full-width colon", () => {
    expect(classifyPhase("阶段 9：Polish")?.kind).toBe("polish");
  });
});

describe("a heading word the list itself counts with is its phase word", () => {
  // Tagalog "Yugto" (stage), a word maestro has no entry for.
  const list = (headings: readonly string[], prefix = "- [ ] "): string =>
    headings
      .map((h, i) => `## ${h}\n\n${prefix}T00${i + 1} Gawain ${i + 1} in src/g${i + 1}.ts\n`)
      .join("\n");

  it("reads headings counted 1, 2, 3 in order as phases, a particle between word and number allowed", () => {
    for (const headings of [
      ["Yugto 1: Paghahanda", "Yugto 2: Pundasyon", "Yugto 3: Kuwento 1"],
      ["Awamu ya 1: Maandalizi", "Awamu ya 2: Misingi", "Awamu ya 3: Ukamilishaji"],
      // Bengali and Tamil count with their own digits.
      ["পর্ব ১: প্রস্তুতি", "পর্ব ২: ভিত্তি", "পর্ব ৩: গল্প"],
      ["கட்டம் ௧: தயாரிப்பு", "கட்டம் ௨: அடித்தளம்", "கட்டம் ௩: கதை"],
    ]) {
      const parsed = parse(list(headings));
      // Titles keep their words; digits of any script read as ASCII digits.
      expect(parsed.phases.map((p) => p.title)).toEqual(
        headings.map((h) => h.replace(/[১௧]/u, "1").replace(/[২௨]/u, "2").replace(/[৩௩]/u, "3")),
      );
      expect(parsed.tasks.map((t) => t.phase)).toEqual([0, 1, 2]);
    }
  });

  it.each([
    // numbers that do not count up one by one
    [["Yugto 1: A", "Yugto 3: B", "Yugto 4: C"]],
    // two words counting at one level: neither is the list's phase word
    [["Yugto 1: A", "Hakbang 1: B", "Yugto 2: C", "Hakbang 2: D"]],
    // one heading only
    [["Yugto 1: A", "Iba pa", "Tala"]],
    // Bengali digits that do not count up
    [["পর্ব ১: ক", "পর্ব ৩: খ", "পর্ব ৪: গ"]],
  ])("leaves %j without phases", (headings) => {
    expect(parse(list(headings)).phases).toEqual([]);
  });

  it("learns nothing where the list has a phase word maestro knows", () => {
    const parsed = parse(list(["Phase 1: Setup", "Sprint 1", "Sprint 2"]));
    expect(parsed.phases.map((p) => p.title)).toEqual(["Phase 1: Setup"]);
  });

  it("learns nothing outside spec-kit lists: a board's sprints group work without ordering it", () => {
    const board =
      "## Sprint 1\n\n- [ ] SUP-1 Import in src/a.ts\n\n## Sprint 2\n\n- [ ] SUP-2 Export in src/b.ts\n";
    expect(parse(board).phases).toEqual([]);
  });
});
