import type { RelationWord } from "./relation-word.js";

/**
 * Korean puts the verb last and its particles after the noun: the object of a relation stands before the
 * word ("2.4가 필요하다": 2.4 is needed; "1.2가 끝나야": only once 1.2 is done; "4.1보다 먼저": before 4.1),
 * and the subject before the object or, after a word of time, after it ("1.1이 끝나면 1.2를 시작한다":
 * once 1.1 is done, 1.2 starts). Hangul is matched anywhere: a particle is written against its noun.
 */

// "X가 끝나야", "X가 완료되어야 / 완료돼야", "X가 머지되어야": only once X is done; "끝나면", "머지되면": once X is done.
const KO_ONCE_DONE = String.raw`(?:끝나|완료되|완료돼|머지되|머지돼|병합되|병합돼|배포되|배포돼|준비되|준비돼)(?:어야|야|면|고\s*나(?:서|면|야))`;

// "X 뒤에", "X가 끝난 뒤": after X; not "번호는 뒤지만" (the number comes later).
const KO_AFTER = String.raw`뒤(?:에는|에야|에|부터)?(?=[\s.,;:)]|$)`;

// "X를 기다린다 / 기다려야": waits for X.
const KO_WAITS_FOR = String.raw`기다(?:린다|려야|리고|리며|립니다|린\s*(?:뒤|후|다음))`;

// "5.3의 클라이언트를 호출한다" (calls 5.3's client), "2.5의 서비스를 그대로 노출한다" (exposes 2.5's service as it
// is), "1.7의 PostgresTestSupport를 상속한다" (extends 1.7's ...): a verb of use whose object belongs to X ("의",
// of) waits for X. Not "3.4, 4.2가 이 저장소를 쓴다" (3.4 and 4.2 use this repository: they are the subject),
// nor "2.5의 코드를 쓰지는 않는다" (does not use 2.5's code).
const KO_USES_OWN = String.raw`의\s+(?:[^\s.,;]+\s+){0,2}?[^\s.,;]*?(?:을|를|으로|로)\s+(?:그대로\s+)?(?:쓴다|쓰고|쓰며|사용한다|사용하고|호출한다|호출하고|감싼다|감싸고|노출한다|상속한다|상속하고|참조한다|확장한다)`;

/** "X가 필요하다" (X is needed); not "X를 기다릴 필요는 없다" (no need to wait for X). */
const KO_NEEDS = String.raw`필요(?!(?:는|가|하지)?\s*(?:없|않))`;

/** Korean words that wait, the object before them, but "의존" (depends, not "의존성": a library dependency). */
export const KO_FORWARD: readonly RelationWord[] = [
  { pattern: String.raw`에\s*의존`, direction: "forward", object: "precedes" },
  { pattern: KO_NEEDS, direction: "forward", object: "precedes" },
  { pattern: KO_ONCE_DONE, direction: "forward", object: "precedes", temporal: true },
  { pattern: KO_AFTER, direction: "forward", object: "precedes", temporal: true },
  { pattern: KO_WAITS_FOR, direction: "forward", object: "precedes" },
  { pattern: KO_USES_OWN, direction: "forward", object: "precedes" },
  {
    pattern: String.raw`이후|완료\s*후|후에|다음에`,
    direction: "forward",
    object: "precedes",
    temporal: true,
  },
  { pattern: String.raw`의존(?!성)`, direction: "forward", object: "follows" },
];

/** Korean words that go first, the object before them: "4.1보다 먼저" (earlier than 4.1), "X 전에" (before X). */
export const KO_BACKWARD: readonly RelationWord[] = [
  { pattern: String.raw`보다\s*먼저`, direction: "backward", object: "precedes", temporal: true },
  {
    pattern: String.raw`전(?:에는|에야|에)(?=[\s.,;:)]|$)`,
    direction: "backward",
    object: "precedes",
    temporal: true,
  },
];

/** A denied wait, the object before it: "X를 기다리지 않는다", "X를 기다릴 필요는 없다". */
export const KO_PARALLEL_WITH = String.raw`기다리지\s*않|기다릴\s*필요(?:는|가)?\s*없`;

/**
 * "선택 사항" (optional), "권한다" (recommends), "제안" (a suggestion), "원한다면" (if you like), and a
 * concession taking the order back: "꼭 그럴 필요는 없다" (it need not be so), "필수는 아니다" (not required).
 */
export const KO_HEDGES = String.raw`선택\s*사항|권한다|권장|제안(?:이며|이다|합니다|한다)|원한다면|원하면|(?:꼭|반드시)\s*그럴\s*필요는\s*없|필수는\s*아니`;

/** A verb negated after its stem: "-지 않는다" (does not), "-지 못한다" (cannot). */
export const KO_NEGATED_VERB = String.raw`지(?:는|도)?\s*(?:않|못)`;

/** A place, not a subject: "그룹 1 안에서는" (within group 1). */
export const KO_LOCATIVE = /^\s*(?:안|내)?에서(?:는|도)?/u;

/**
 * Two things owned by two tasks joined by "과"/"와" (and) after the first: "6.1의 WebClient 의존성과 6.2의
 * 템플릿이 필요하다" (6.1's WebClient dependency and 6.2's template are needed) lists 6.1 and 6.2.
 */
export const KO_POSSESSIVE_AND = /^의\s+(?:[^\s,.;]+\s+){0,2}?[^\s,.;]*(?:과|와)\s+$/u;
