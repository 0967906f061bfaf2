import { TL_STRATEGY } from "./tagalog-words.js";

/**
 * Headings of sections that describe a way of working (implementation strategy, MVP scope, incremental
 * delivery, team split, schedule) rather than what must precede what: nothing under them binds. Latin
 * patterns must open the heading (after an optional number or label), so a title such as "Tasks: MVP
 * login" does not silence the whole list.
 */
export const STRATEGY_HEADINGS: readonly string[] = [
  String.raw`^(?:[\w.]+\s*[:.)-]\s*)?(?:(?:implementation|execution|delivery|rollout|team|development|testing|single[- ]developer|multi[- ]developer|parallel\s+team)\s+)?strateg`,
  // Compounds: "Implementeringsstrategi", "Umsetzungsstrategie", "Implementatiestrategie".
  String.raw`^(?:[\w.]+\s*[:.)-]\s*)?\p{L}{4,}strategi`,
  String.raw`^(?:[\w.]+\s*[:.)-]\s*)?(?:mvp|minimum\s+viable)\b`,
  String.raw`^(?:[\w.]+\s*[:.)-]\s*)?incremental\b`,
  // A way of working for one person ("Solo developer path", "Working alone", "One-person order").
  String.raw`^(?:[\w.]+\s*[:.)-]\s*)?(?:solo|working\s+alone|alone|one[- ]person|single[- ]person)\b`,
  // A section headed by a condition ("If you are alone", "Si trabajas solo", "Falls nur eine Person ...",
  // Hungarian "Ha egyedül dolgozol", Romanian "Dacă lucrezi singur",
  // "如果只有一个人") offers a schedule for that case: maestro cannot tell whether the case holds. "When"
  // stays out: "When each story can start" heads rules.
  String.raw`^(?:[\w.]+\s*[:.)-]\s*)?(?:if|unless|in\s+case|si|se|wenn|falls|sofern|indien|jeśli|jeżeli|jesli|jezeli|pokud|jestliže|если|якщо|eğer|ha|dac[aă]|jei|jeigu)(?![\p{L}])`,
  String.raw`^(?:[\w.]+\s*[:.)-]\s*)?(?:如果|假如|若是|もし|만약|만일)`,
  // Questions the team has not settled: "Open questions", "Offene Fragen", "Preguntas abiertas", "待定问题".
  String.raw`^(?:[\w.]+\s*[:.)-]\s*)?(?:open\s+questions?|unresolved|undecided|to\s+be\s+decided|offene\s+fragen|questions\s+ouvertes|preguntas\s+abiertas|perguntas\s+em\s+aberto|questoes\s+em\s+aberto|domande\s+aperte|open\s+vragen|otwarte\s+pytania|открытые\s+вопросы|відкриті\s+питання)(?![\p{L}])`,
  String.raw`未决问题|待定问题|待讨论|未解決|未決事項|미해결`,
  String.raw`^(?:[\w.]+\s*[:.)-]\s*)?(?:parallel\s+team|team\s+(?:plan|split|allocation)|staffing|timeline|schedule|suggested|recommended|suggestions|nice[- ]to[- ]haves?)\b`,
  String.raw`^(?:[\w.]+\s*[:.)-]\s*)?(?:estrat[eé]gi|strat[eé]gi|entrega\s+incremental|livraison\s+incr[eé]mentale|стратеги|стратегі|инкрементальн)`,
  String.raw`策略|战略|戦略|전략|增量|インクリメンタル|점진적|段階的リリース`,
  // A heading that calls its section non-binding: "Notes (non-binding)", "Wskazówki (niewiążące)",
  // "Hinweise (unverbindlich)", "Conseils (non contraignants)".
  String.raw`\(\s*(?:non[- ]?binding|not\s+binding|niewi[aą][zż][aą]c\p{L}*|unverbindlich|nicht\s+bindend|non\s+contraignant\p{L}*|no\s+vinculante\p{L}*|niet\s+bindend|n[aã]o\s+vinculativ\p{L}*)\s*\)`,
  // Polish "Wskazówki", "Propozycje", "Sugestie", "Zalecenia" (hints, proposals, suggestions, recommendations)
  String.raw`^(?:[\w.]+\s*[:.)-]\s*)?(?:wskaz[oó]wki|propozycje|sugestie|zalecenia)`,
  // Czech and Slovak "Doporučení", "Doporučený postup" (recommendations, recommended way)
  String.raw`^(?:[\w.]+\s*[:.)-]\s*)?doporu[cč]en`,
  // Danish and Norwegian "Forslag" (suggestions)
  String.raw`^(?:[\w.]+\s*[:.)-]\s*)?forslag`,
  // Greek "Στρατηγική" (strategy), "Σταδιακή παράδοση" (incremental delivery), "Πρώτα το MVP"
  String.raw`^(?:[\w.]+\s*[:.)-]\s*)?(?:στρατηγικ|σταδιακ|πρ[ώω]τα\s+το\s+mvp)`,
  // Hungarian "Megvalósítási stratégia", "Fokozatos bővítés" (incremental), "Először az MVP"
  String.raw`^(?:[\w.]+\s*[:.)-]\s*)?(?:megval[oó]s[ií]t[aá]si\s+strat[eé]gia|fokozatos|el[oő]sz[oö]r\s+az\s+mvp)`,
  // Finnish "Vaiheittain" (step by step: incremental delivery), "Ehdotukset", "Suositukset" (suggestions)
  String.raw`^(?:[\w.]+\s*[:.)-]\s*)?(?:vaiheittain|ehdotukset|suositukset)`,
  // Romanian "Sugestii", "Recomandări" (suggestions, recommendations)
  String.raw`^(?:[\w.]+\s*[:.)-]\s*)?(?:sugestii|recomand[aă]ri)`,
  // Tagalog "Mungkahing Strategy", "Mga Mungkahi" (suggestions)
  TL_STRATEGY,
  // Vietnamese "Chiến lược" (strategy), "Nếu chỉ có một người" (if there is only one person)
  String.raw`^(?:[\w.]+\s*[:.)-]\s*)?(?:chi[eế]n\s+l[uư][oợ]c|n[eế]u\s+ch[iỉ]\s+c[oó]\s+m[oộ]t\s+ng[uư][oờ]i)`,
];
