import type { PhaseKind } from "../model/task.js";
import { westernDigits } from "./western-digits.js";

/** What a phase heading says about its place in the spec-kit order. */
export interface PhaseHeading {
  kind: PhaseKind;
  /** "US1", "AUTH-US1" for a user-story phase, else null. */
  story: string | null;
}

/**
 * Words that open a phase heading, each followed by the phase's number. A word alone is not enough:
 * "Phase-out plan", "Stage directions" or a bare "Fase" are prose headings, so the number is required.
 */
const PHASE_WORDS: readonly string[] = [
  // English: the spec-kit template's own word, and "Stage" for lists that call their phases stages.
  String.raw`phase|stage`,
  // Portuguese, Spanish and Italian (spec-kit translations): "Fase 2: Fundação".
  String.raw`fase`,
  // French "Étape 3 :" (also typed without the accent), Spanish, Portuguese and Catalan "Etapa 1".
  String.raw`[eé]tape|etapa`,
  // German "Stufe 2" (German lists also say "Phase", read above).
  String.raw`stufe`,
  // Swedish, Danish and Norwegian "Fas 2" / "Fase 2" (read above), Polish "Faza 2", Turkish "Aşama 2",
  // Czech and Slovak "Fáze 2", Lithuanian "Fazė 2".
  String.raw`fas|faza|f[aá]z[eė]|a[sş]ama`,
  // Finnish "Vaihe 2", Greek "Φάση 2".
  String.raw`vaihe|φ[άα]ση`,
  // Russian "Этап 2", "Фаза 2".
  String.raw`этап|фаза|етап`,
  // Arabic "المرحلة 2" (the phase), also without the article or with a final hā'.
  String.raw`(?:ال)?مرحل[ةه]`,
  // Persian "فاز ۳" (phase; "مرحله", stage, is read above).
  String.raw`فاز`,
  // Hebrew "שלב 2" (stage, phase; "השלב" with the article), "פאזה 2".
  String.raw`ה?שלב|ה?פאזה`,
  // Swahili "Awamu ya 2" (phase of 2: the phase's number follows "ya").
  String.raw`awamu\s+ya`,
];

/** Words of scripts written without a space before the number: "フェーズ3", "阶段 2", "단계 2". */
const CJK_PHASE_WORDS: readonly string[] = [
  // Japanese "フェーズ" (phase).
  String.raw`フェーズ`,
  // Chinese "阶段" (simplified) and "階段" (traditional): stage, phase.
  String.raw`阶段|階段`,
  // Korean "단계" (step, stage) and the loanword "페이즈" (phase).
  String.raw`단계|페이즈`,
  // Thai "เฟส" (phase), "ระยะที่" (stage number); Thai writes no space between words.
  String.raw`เฟส|ระยะ(?:ที่)?`,
];

// Hungarian writes the ordinal first: "2. fázis: Alapok"; so do Korean "1단계: 설정" (step 1) and Chinese
// and Japanese "第 2 阶段", "第2フェーズ" (the 2nd phase).
const ORDINAL_PHASE =
  /^(\d+(?:\.\d+)*)\.\s+(?:f[áa]zis|szakasz)(?![\p{L}])|^(\d+(?:\.\d+)*)\s*단계|^第\s*(\d+(?:\.\d+)*)\s*(?:阶段|階段|フェーズ)/iu;

const PHASE_WORD = new RegExp(
  String.raw`^(?:(?:${PHASE_WORDS.join("|")})\s+|(?:${CJK_PHASE_WORDS.join("|")})\s*)`,
  "iu",
);

/**
 * The phase's number after the word: `3`, `2.5`, `3a`, or a Roman numeral in capitals (`II`, `IV`)
 * followed by punctuation, the end or a capitalised word, so that "Stage I did" stays prose.
 */
const PHASE_NUMBER = /^(?:\d+(?:\.\d+)*[a-zA-Z]?\b|[IVXL]+(?=\s*(?:[:：.\-–—(]|$)|\s+\p{Lu}))/u;

/**
 * "Final Phase: Polish": the closing phase, without a number, also in other languages ("Fase final",
 * "Phase finale", "Letzte Phase", "Финальная фаза", "最終フェーズ", "最终阶段", "최종 단계").
 */
const FINAL_PHASE = new RegExp(
  [
    String.raw`^(?:final|last|closing)\s+phase\b`,
    String.raw`^(?:fase|etapa)\s+(?:final|finale|conclusiva)\b|^phase\s+finale\b|^[ée]tape\s+finale\b`,
    String.raw`^(?:letzte|abschlie(?:ß|ss)ende)\s+phase\b|^(?:abschluss|schluss)phase\b|^laatste\s+fase\b`,
    String.raw`^(?:faza|etap)\s+(?:ko[nń]cowa|ko[nń]cowy|ostatnia|ostatni)\b|^son\s+a[sş]ama\b`,
    String.raw`^(?:финальн\p{L}*|заключительн\p{L}*|последн\p{L}*)\s+(?:фаза|этап)(?![\p{L}])`,
    String.raw`^(?:最終|最后|最後|最终)\s*(?:フェーズ|段階|阶段|階段)|^(?:최종|마지막)\s*단계`,
  ].join("|"),
  "iu",
);

/**
 * Strips leading emoji, bold markers and punctuation that authors put before a heading's words; Eastern
 * Arabic and Persian digits are read as digits ("فاز ۳").
 */
export function headingWords(text: string): string {
  return westernDigits(text)
    .replace(/^[^\p{L}\p{N}]+/u, "")
    .replace(/\s+#+\s*$/, "")
    .trim();
}

/**
 * Classifies a heading as a phase heading (`Phase 3: User Story 1 - Sign in`, `Phase 3.1: Setup`,
 * `Final Phase: Polish`) or returns null when it is not one. `countingWord`: the word the list itself
 * counts its phases with (counted-headings.ts), for languages maestro has no word of.
 */
export function classifyPhase(heading: string, countingWord: RegExp | null = null): PhaseHeading | null {
  const words = headingWords(heading).replace(/\*\*/g, "");
  const prefix = phasePrefix(words, countingWord);
  if (prefix === null) return null;
  const name = words.slice(prefix.length).replace(/^\s*[:：.\-–—]?\s*/, "");
  const story = storyOf(name);
  if (story) return { kind: "story", story };
  const role = [...RTL_ROLES, ...NAMED_ROLES].find((r) => r.words.test(name));
  if (role) return { kind: role.kind, story: null };
  // spec-kit's own heading is "Foundational (Blocking Prerequisites)": the foundation, not the setup.
  // Romanian "Fundație" (foundation), "Pregătire" (setup), "Finisare" (polish); Danish and Norwegian
  // "Fundament", "Opsætning" / "Oppsett", "Oprydning" / "Opprydding"; Finnish "Perusta", "Valmistelu",
  // "Viimeistely".
  if (
    /\bfoundation|\bblocking prerequisites|\bfunda[țţt]i[ea]|\bfundament\b|\bperust(?:a|us)\b|θεμελ[ίι]ωση|\balapok\b/i.test(
      name,
    )
  )
    return { kind: "foundational", story: null };
  if (
    /\b(setup|set[- ]up|initiali[sz]ation|prerequisites?|bootstrap|scaffold|preg[ăa]tire|ops[æe]tning|oppsett|valmistelu|alustus|προετοιμασ[ίι]α|el[őo]k[ée]sz[íi]t[ée]s)/i.test(
      name,
    )
  ) {
    return { kind: "setup", story: null };
  }
  if (
    /\b(polish|cross[- ]cutting|final|hardening|clean-?up|wrap[- ]up|finisare|oprydning|opprydding|viimeistely|βελτι[ώω]σεις|v[ée]gleges[íi]t[ée]s)(?![\p{L}])/iu.test(
      prefix + " " + name,
    )
  ) {
    return { kind: "polish", story: null };
  }
  return { kind: "other", story: null };
}

// Arabic role names at the start of a phase's name: "الإعداد" (the setup), "التهيئة" (initialisation), "الأساس"
// (the foundation), "التحسينات" (improvements), "اللمسات الأخيرة" (finishing touches), "التلميع" (polish);
// Hebrew: "הכנה", "הקמה", "אתחול" (preparation, setting up, initialisation), "יסודות", "בסיס" (foundations,
// base), "ליטוש", "שיפורים", "גימור" (polish, improvements, finish), the article "ה" allowed; Persian
// "راه‌اندازی", "آماده‌سازی", "پیکربندی" (setting up, preparation, configuration), "پایه", "مبانی", "زیربنا"
// (base, foundations, infrastructure), "بهبودها", "صیقل", "نهایی‌سازی" (improvements, polish, finalising),
// the zero-width non-joiner inside a word optional.
const RTL_ROLES: ReadonlyArray<{ kind: PhaseKind; words: RegExp }> = [
  {
    kind: "setup",
    words:
      /^(?:(?:ال)?(?:إعداد|اعداد|تهيئة)|ה?(?:הכנה|הקמה|אתחול)|راه\u200c?\s*اندازی|آماده\u200c?\s*سازی|پیکربندی)(?![\p{L}])/u,
  },
  {
    kind: "foundational",
    words:
      /^(?:(?:ال)?(?:أساس|اساس|أساسيات|بنية\s+(?:ال)?أساسية)|ה?(?:יסודות|בסיס)|پایه|مبانی|زیربنا)(?![\p{L}])/u,
  },
  {
    kind: "polish",
    words:
      /^(?:(?:ال)?(?:تحسينات|تلميع|لمسات\s+(?:ال)?أخيرة)|ה?(?:ליטוש|שיפורים|גימור)|بهبود(?:\u200c?ها)?|صیقل|نهایی\u200c?\s*سازی)(?![\p{L}])/u,
  },
];

// The role names of spec-kit's translated templates and of lists written in other languages, at the start
// of a phase's name: "Fase 1: Configuración", "Phase 2: Fondations", "Fase 2: Fundação", "Phase 7:
// Feinschliff", "Fáze 2: Základ", "フェーズ6: 仕上げ", "階段 1：專案設定", "Phase 6: 마무리", "পর্ব ১: প্রস্তুতি" (scripts without
// spaces between words end the word anywhere); Lithuanian "Paruošimas", "Pagrindai", "Poliravimas". A name
// that only holds the word later ("Phase 3: Core Configuration") is no role.
const NAMED_ROLES: ReadonlyArray<{ kind: PhaseKind; words: RegExp }> = [
  {
    kind: "setup",
    words:
      /^(?:প্রস্তুতি|সেটআপ|configuraci[oó]n|configura[cç][aã]o|configurazione|preparaci[oó]n|prepara[cç][aã]o|preparazione|mise\s+en\s+place|einrichtung|vorbereitung|opzet|inrichting|p[řr][íi]prava|przygotowanie|konfiguracja|подготовка|настройка|підготовка|налаштування|kurulum|haz[ıi]rl[ıi]k|thi[ếe]t\s+l[ậa]p|chu[ẩa]n\s+b[ịi]|persiapan|penyiapan|f[öo]rberedelse|προετοιμασ[ίι]α|maandalizi|paruo[šs]imas|parengimas)(?![\p{L}])|^(?:セットアップ|準備|(?:专案|專案|项目|項目)?(?:设定|設定|设置|設置|搭建)|설정|준비|ตั้งค่า|เตรียม)/iu,
  },
  {
    kind: "foundational",
    words:
      /^(?:ভিত্তি|মৌলিক\s+কাঠামো|fundacional|fundamentos|funda[cç][aã]o|fondamenta|fondations?|grundlagen|fundamenty|z[áa]klad[yu]?|podstawy|фундамент|основа|temel(?:ler)?|n[ềe]n\s+t[ảa]ng|fondasi|θεμελ[ίι]ωση|misingi|pagrindai|pagrindas)(?![\p{L}])|^(?:基盤|基础|基礎|기반|기초|พื้นฐาน)/iu,
  },
  {
    kind: "polish",
    words:
      /^(?:পলিশ|চূড়ান্ত\s+কাজ|pulido|polimento|rifinitur[ae]|finitions?|finitura|feinschliff|afronding|afwerking|dokon[čc]en[íi]|dopracowanie|szlif|полировка|доработка|полірування|доопрацювання|iyile[şs]tirme|ho[àa]n\s+thi[ệe]n|penyempurnaan|finputs|βελτι[ώω]σεις|ukamilishaji|poliravimas|baigiamieji\s+darbai)(?![\p{L}])|^(?:仕上げ|品質向上|收尾|完善|打磨|마무리|เก็บงาน|ขัดเกลา)/iu,
  },
];

/** The number of a phase heading that writes its ordinal first ("2. fázis: Alapok" -> "2"), or null. */
export function ordinalPhaseNumber(heading: string): string | null {
  const m = ORDINAL_PHASE.exec(headingWords(heading).replace(/\*\*/g, ""));
  return m?.slice(1).find((n) => n !== undefined) ?? null;
}

/** The heading's opening words that make it a phase ("Phase 3", "Fase II", "Final Phase"), or null. */
function phasePrefix(words: string, countingWord: RegExp | null): string | null {
  const final = FINAL_PHASE.exec(words);
  if (final) return final[0];
  const ordinal = ORDINAL_PHASE.exec(words);
  if (ordinal) return ordinal[0];
  const word = PHASE_WORD.exec(words) ?? countingWord?.exec(words);
  if (!word) return null;
  const number = PHASE_NUMBER.exec(words.slice(word[0].length));
  return number ? word[0] + number[0] : null;
}

// "User Story 2" in the languages lists are written in: "História de Usuário 2", "Historia de usuario 2",
// "Récit utilisateur 2", "Användarberättelse 2", "Brugerhistorie 2", "Gebruikersverhaal 2", "Kullanıcı
// Hikayesi 2", "Cerita Pengguna 2", "Povestea 2", "Пользовательская история 2", "ユーザーストーリー2", "用户故事 2", "사용자 스토리 2".
const STORY_WORDS = [
  String.raw`user\s+stor(?:y|ies)|hist[oó]ria\s+de\s+usu[aá]rio|historia\s+de\s+usuario|r[ée]cit\s+utilisateur`,
  String.raw`histoire\s+utilisateur|anv[äa]ndarber[äa]ttelse|bru[gk]erhistorie|gebruikersverhaal`,
  // Catalan "Història d'usuari 2"
  String.raw`hist[oòó]ri(?:a|es)\s+d['’]usuari`,
  String.raw`kullan[ıi]c[ıi]\s+hikayesi|cerita\s+pengguna|пользовательск\p{L}*\s+истори\p{L}*|потребителск\p{L}*\s+истори\p{L}*`,
  // Romanian "Povestea 2", "Povestea utilizatorului 2"; Finnish "Käyttäjätarina 2"
  String.raw`povestea(?:\s+utilizatorului)?|k[äa]ytt[äa]j[äa]tarina|ιστορ[ίι]α\s+χρ[ήη]στη`,
  String.raw`ユーザーストーリー|用户故事|用戶故事|사용자\s*스토리`,
  // Arabic "قصة المستخدم 2" (the user's story), Hebrew "סיפור משתמש 2" (user story)
  String.raw`قص[ةه]\s+(?:ال)?مستخدم|סיפור\s+(?:ה)?משתמש`,
  // Persian "داستان کاربر ۲" (user story; "ک" and "ی" also typed as their Arabic forms)
  String.raw`داستان\s+[کك]اربر`,
  // Urdu "یوزر اسٹوری 2" (user story, the English words in Urdu letters)
  String.raw`[یي]وزر\s+اسٹور[یي]`,
  // Swahili "Hadithi ya Mtumiaji 2" (story of the user); Lithuanian "Vartotojo istorija 2" (the user's story)
  String.raw`hadithi\s+ya\s+mtumiaji|vartotojo\s+istorij(?:a|os)`,
  // Thai "เรื่องราวผู้ใช้ที่ 2" (user story number 2; "ที่" marks the ordinal)
  String.raw`เรื่องราว(?:ของ)?ผู้ใช้(?:\s*ที่)?`,
].join("|");
const LONG_STORY = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:${STORY_WORDS})\s*(?:([A-Z][A-Z0-9]*-US\d+[A-Za-z]?)|(\d+)|(US\d+))`,
  "iu",
);

/** The story a phase name belongs to: `User Story 2 - ...` -> US2, `US6 - ...` -> US6. */
// Hungarian "1. felhasználói történet" (user story 1): the ordinal first.
const ORDINAL_STORY = /(?:^|[^\p{L}\d])(\d+)\.\s+(?:felhaszn[áa]l[óo]i\s+)?t[öo]rt[ée]net(?![\p{L}])/iu;

function storyOf(name: string): string | null {
  const ordinal = ORDINAL_STORY.exec(name);
  if (ordinal) return `US${ordinal[1] ?? ""}`;
  const long = LONG_STORY.exec(name);
  if (long) return long[1] ?? (long[2] ? `US${long[2]}` : (long[3] ?? "").toUpperCase());
  const short = /^(?:([A-Z][A-Z0-9]*-)?US-?(\d+))\b/.exec(name) ?? TAGGED_STORY.exec(name);
  if (short) return `${short[1] ?? ""}US${short[2] ?? ""}`;
  return null;
}

// A story tagged in brackets after the phase's name, alone or with its priority: "Capture offline (US1)",
// "Sign in [US2 · P1]". Several stories ("(US1–US3 docs)") name none.
const TAGGED_STORY = /[(（[]\s*([A-Z][A-Z0-9]*-)?US-?(\d+)\s*(?:[,;·|/]\s*P\d\s*)?[)）\]]\s*$/u;
