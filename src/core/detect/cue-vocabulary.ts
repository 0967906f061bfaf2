// The words task lists use, in several languages, for the kinds of work cue rules order and for the
// order itself. Data only: read-role-order.ts applies it.

/** The kinds of work a cue rule can order. */
export type CueRole = "test" | "implementation" | "model" | "service" | "endpoint" | "integration";

/** Each role's words; a clause that holds one mentions the role. */
export const ROLE_WORDS: ReadonlyArray<[CueRole, RegExp]> = [
  [
    "test",
    /\b(?:unit\s+|contract\s+|integration\s+)?tests?\b|\btesting\b|_test\.\w+|\.(?:test|spec)\.\w+|\btest_\w+\.py\b|テスト|테스트|测试|測試|\bpruebas?\b|\btestes?\b|\bessais?\b|\bтест\w*|(?<![\p{L}])[وفبل]?(?:ال)?اختبار(?:ات)?(?![\p{L}])|(?<![\p{L}])[ובלמשכ]?ה?בדיק(?:ה|ות)(?![\p{L}])|(?<![\p{L}])ٹیسٹ(?:وں|س)?(?![\p{L}])|(?<![\p{L}])(?:تست|آزمون)(?:\u200c?(?:های|ها|ی))?(?![\p{L}])|\btest(?:en|ene|er|erne)\b|\btest(?:y|ów|ow|ami|ach)\b|เทสต์|การทดสอบ/giu,
  ],
  [
    "implementation",
    /\bimplementation\b|\bimplementing\b|\bimplement\b|\bcore\s+(?:modules?|code|logic)\b|\bproduction\s+code\b|구현|实现|実装|\bimplémentation\b|\bimplementaci[oó]n\b|\bimplementação\b|\bреализаци\w*|(?<![\p{L}])[وفبل]?(?:ال)?تنفيذ(?![\p{L}])|(?<![\p{L}])[ובלמשכ]?ה?מימוש(?![\p{L}])|(?<![\p{L}])پیاده[\u200c\s]?سازی(?:\u200c?ها)?(?![\p{L}])|\bimplementering\w*|\bimplementac(?:j\p{L}*|e)\b|การพัฒนา|โค้ดจริง/giu,
  ],
  ["model", /\b(?:models?|entit(?:y|ies)|schemas?)\b|模型|モデル|모델/giu],
  ["service", /\bservices?\b|服务|サービス|서비스/giu],
  ["endpoint", /\b(?:endpoints?|controllers?|routes?|handlers?|api)\b|接口|エンドポイント|엔드포인트/giu],
  ["integration", /\bintegration\b(?!\s+tests?)|\bwiring\b|集成|統合|통합/giu],
];

/** Words that put what comes before them first: "A before B", "A → B", "A, then B", "A 후 B". */
export const FIRST_THEN =
  /\bbefore\b|\bthen\b|\bfollowed\s+by\b|\bprecedes?\b|\bprior\s+to\b|→|->|⟶|=>|\bavant\b|\bpuis\b|\bantes\b|\bdepois\b|\bluego\b|\bvor\b|\bdann\b|\bpotem\b|\bnast[eę]pnie\b|\bpot[oé]m?\b|\bдо\b|\bзатем\b|\bпотом\b|후|다음|然后|之后|以后|后|の後|のあと|後|(?<![\p{L}])[وف]?(?:قبل|ثم)(?![\p{L}])|(?<![\p{L}])ו?(?:לפני|ואז)(?![\p{L}])|(?<![\p{L}])(?:پیش\s+از|سپس)(?![\p{L}])|(?<!\p{L})(?:før|inden|innan)(?!\p{L})/iu;

/** Words that put what comes after them first: "B after A", "B once A", "B only when A exist". */
export const THEN_FIRST =
  /\bafter\b|\bonce\b|\bonly\s+when\b|\bas\s+soon\s+as\b|\baprès\b|\bdespués\b|\bnach\b|\bпосле\b|(?<![\p{L}])[وف]?بعد(?![\p{L}])|(?<![\p{L}])ו?(?:אחרי|לאחר)(?![\p{L}])|(?<![\p{L}])پس\s+از(?![\p{L}])|(?<!\p{L})(?:(?:f[øö]rst\s+)?(?:etter|efter)|f[øö]rst\s+(?:når|när))(?!\p{L})/iu;

/**
 * "tests first": the role just before it goes before every other kind of work. Danish, Norwegian and Swedish
 * "først"/"först" is also "only" before "when" or "after" ("starter først når testene ..."), which is no
 * "first".
 */
export const FIRST_OF_ALL =
  /\bfirst\b|(?<!\p{L})f[øö]rst(?!\p{L})(?!\s+(?:når|nar|när|efter|etter|da|om|i\s+dag))|\bd'abord\b|\bprimero\b|\bprimeiro\b|\bzuerst\b|\beerst\b|\bnajpierw\b|\bnejprve\b|\bсначала\b|先|最初|먼저|(?<!\p{L})tr(?:ư|u)ớc(?!\p{L})|(?<![\p{L}])أول[\u064B-\u065F]*ا[\u064B-\u065F]*(?![\p{L}])|(?<![\p{L}])(?:תחילה|קודם|ראשונות|ראשונים)(?![\p{L}])|ก่อน(?!\s*(?:T\d|เฟส|เรื่อง))/iu;

/**
 * "first" written after the kind of work with nothing between (Persian "تست‌ها اول", "تست‌ها را اول
 * بنویسید", Urdu "ٹیسٹ پہلے": tests first; Urdu "X سے پہلے", before X, has its postposition between): where an ordinal also follows its noun ("فاز اول", the first phase), only the
 * word right after the kind, or after the object marker "را", puts it first.
 */
export const FIRST_RIGHT_AFTER = /^\s*(?:را\s+)?(?:اول|ابتدا|پہلے)(?![\p{L}])/u;
