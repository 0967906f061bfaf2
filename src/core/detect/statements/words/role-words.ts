import type { PhaseKind } from "../../../model/task.js";

/** Words that name a phase by its role in spec-kit's order ("Setup", "Foundational", "Polish"). */
export const ROLE_WORDS: ReadonlyArray<{ kind: PhaseKind; pattern: string }> = [
  {
    kind: "setup",
    pattern: String.raw`setup|set-up|przygotowani(?:e|a|u)|preparazione|voorbereiding|configura[cç][aã]o\s+inicial|mise\s+en\s+place|preg[aă]tire[a]?|ops[æe]tning(?:en)?|oppsett|valmistelu(?:n|vaihe)?|alustus|maandalizi|προετοιμασ[ίι]α[ςσ]?|elokeszites(?:e|t)?|einrichtung|настройк\S*|セットアップ`,
  },
  {
    kind: "foundational",
    pattern: String.raw`foundational|foundations?|fundament(?:y|ow|ach)|fondamenta|fundacional|funda[cç][aã]o|fondations?|funda[tțţ]i[ea]|fundament(?:et)?|perusta(?:n|vaihe)?|perustus|misingi|θεμελ[ίι]ωσ(?:η|ης)|alapok(?:at)?|grundlagen|фундамент\S*|基盤|基础阶段|기반\s*단계`,
  },
  {
    kind: "polish",
    pattern: String.raw`polish(?:ing)?|dopracowani(?:e|a|u)|rifinitur[ae]|afronding|polimento|pulido|finitions?|finisare[a]?|oprydning(?:en)?|opprydding|viimeistely(?:n|vaihe)?|ukamilishaji|βελτι[ώω]σεις|βελτι[ώω]σεων|veglegesites(?:e|t)?|feinschliff|полировк\S*|仕上げ|收尾|마무리`,
  },
];
