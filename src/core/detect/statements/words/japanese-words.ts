import type { RelationWord } from "./relation-word.js";

/**
 * Japanese puts the verb last and its particles after the noun: the object of a relation stands before the
 * word ("1.1 の完了後に着手": start after 1.1 is done; "3.2 に依存する": depends on 3.2; "4.3 より先に":
 * before 4.3). Japanese writes no space between words, so its words are matched anywhere.
 */

// What a sub-task owns, between its number and the particle: "4.2 の `Promoter.Accept` に依存する" (depends on
// 4.2's Promoter.Accept), "1.3 の OpenAPI 定義に合わせる", "4.1 の `Service.Join` / `Service.Leave` を"; never
// another task's number or ID ("US2 の T025 に依存": US2's T025 is the object), nor "と" (and) joining a
// second owner.
const OWNED = String.raw`(?:の\s*(?:(?!\d+\.\d|[A-Za-z]{1,4}-?\d{3,}|#\d)(?:\x60[^\x60]*\x60\s*(?:[/・と]\s*(?=\x60))?|[^\s。、,;\x60と]|\s(?=[^\s。、,;]))){1,40}?\s*)?`;

// What is done, between X and the verb: X's own thing, "両方" (both), "全部" / "すべて" (all), "全体" (the
// whole), and the particle.
const DONE_SUBJECT = String.raw`${OWNED}(?:の)?(?:両方|全部|すべて|全体)?(?:が|を)?\s*`;

// "X が終わってから", "X の両方が終わってから" (once both are done), "タスク 3 全体が終わってから" (once the whole
// of task 3 is done), "X が揃ってから", "X が揃っていれば" (once X are all in), "X が通ってから" (once X
// passes), "X が固まってから", "X のルートが入った環境" (an environment X's routes are in): once X is done.
const JA_ONCE_DONE = String.raw`${DONE_SUBJECT}(?:(?:終わって|終えて|完了して|揃って|そろって|通って|マージされて|済んで|固まって|決まって|入って)から|(?:揃って|そろって|終わって|完了して|マージされて|入って)いれば|入った|入っている)`;

// "3.2 の `WaitlistRepo` を使う" (uses 3.2's WaitlistRepo), "4.2 の `Promoter.Next` を呼んで", "1.4 のキーを
// 使う", "7.1 のフォームを表示し", "1.3 の定義に合わせる", "4.6 の `Clock` から取る" (takes from 4.6's Clock): a verb of use whose object belongs to X ("の", of)
// waits for X; an indirect object may stand between ("5.6 のミドルウェアを chi のルーターに登録する"). Not
// "4.3 のジョブは待たない" (does not wait for 4.3's job), whose particle is no object's.
const JA_USES_OWN = String.raw`${OWNED}(?:を\s*(?:[^。、,;]{1,20}?に\s*)?(?:そのまま\s*)?(?:使う|使い|使って|使用|呼ぶ|呼び|呼んで|包む|包み|表示す|表示し|登録す|登録し|組み込|読み込|継承|拡張)|に合わせ|から\s*(?:取る|取り|取って|読む|読み|読んで|受け取|生成))`;

// "3.1 で生成した db.Queries" (db.Queries generated in 3.1), "2.1 で作ったテーブル": what a sub-task made.
const JA_MADE_IN = String.raw`で(?:生成|作成|定義|追加|実装|用意)(?:した|された|済み)`;

// "X が終わるまで着手できない" (cannot start until X is done), "X が揃うまで待つ": until X is done, X named by its
// number or ID right before ("このフェーズが終わるまで", until this phase is done, names no object here). Not
// "までに" (by the time X is done), which puts the subject first.
const JA_UNTIL_DONE = String.raw`(?<=\d)\s*${DONE_SUBJECT}(?:終わる|終了する|完了する|揃う|そろう|マージされる|入る|固まる)まで(?!に)`;

/** Japanese words that wait, the object before them. */
export const JA_FORWARD: readonly RelationWord[] = [
  {
    pattern: String.raw`${OWNED}(?:に依存|が必要(?!なのは)|が前提|(?:が)?(?:すべて|全部|両方)?(?:揃っている|そろっている|終わっている)?必要がある)`,
    direction: "forward",
    object: "precedes",
  },
  // "必要なのは 1.3 の定義だけ" (what it needs is only 1.3's definition): the object follows.
  { pattern: String.raw`必要なのは`, direction: "forward", object: "follows" },
  {
    pattern: String.raw`の後に?|の完了後|完了後|以降`,
    direction: "forward",
    object: "precedes",
    temporal: true,
  },
  { pattern: JA_ONCE_DONE, direction: "forward", object: "precedes", temporal: true },
  { pattern: JA_UNTIL_DONE, direction: "forward", object: "precedes", temporal: true },
  { pattern: JA_USES_OWN, direction: "forward", object: "precedes" },
  { pattern: JA_MADE_IN, direction: "forward", object: "precedes" },
  { pattern: String.raw`依存(?!なし|しない)`, direction: "forward", object: "follows" },
];

/** Japanese words that go first, the object before them: "4.3 より前に", "4.3 より先に" (before 4.3). */
export const JA_BACKWARD: readonly RelationWord[] = [
  {
    pattern: String.raw`より(?:前|先)に?|の前に?|前に`,
    direction: "backward",
    object: "precedes",
    temporal: true,
  },
  { pattern: String.raw`をブロック`, direction: "backward", object: "precedes" },
  { pattern: String.raw`ブロック`, direction: "backward", object: "follows" },
];

/** A denied wait, the object before it: "3.1 を待たない", "6.2 は待たない", "4.1 を待つ必要はない". */
export const JA_PARALLEL_WITH = String.raw`(?:を|は)\s*待たない|を待つ必要は(?:ない|ありません)`;

/**
 * Two things owned by two tasks joined by "と" (and) or "、" after the first: "8.1 の E2E と 8.5 の負荷試験の両方"
 * (8.1's E2E and 8.5's load test, both), "5.2 のハンドラ、5.6 のミドルウェア" list both tasks.
 */
export const JA_POSSESSIVE_AND = /^\s*の\s*(?:[^\s、。,;]+\s*){1,3}?(?:と|、)\s*$/u;
