import type { RelationWord } from "./relation-word.js";

/**
 * Thai, written without spaces between the words of a clause (a space ends a clause or a sentence), so its
 * words match anywhere, as Chinese ones do. Its word order is that of English: "T049 ต้องรอ T047" (T049 must
 * wait for T047), "T022 บล็อก T050" (T022 blocks T050); "ไม่" (not) stands before the verb it denies.
 */

/** "ต้องรอ" (must wait for), "รอ", "ขึ้นอยู่กับ", "ขึ้นกับ" (depends on), "ต้องใช้" (needs): the object follows. */
export const TH_NEEDS = String.raw`(?<!ไม่)(?:ยัง)?ต้องรอ(?:ให้)?|(?<!ไม่(?:ต้อง)?)รอ(?:ให้)?(?=\s*t?\d)|(?<!ไม่)ขึ้น(?:อยู่)?กับ|(?<!ไม่(?:ได้)?)ต้องใช้`;

/** "หลังจาก" (after), "ทันทีที่" (as soon as), "เมื่อ" (when): the object follows. */
export const TH_AFTER = String.raw`(?:เริ่ม(?:ได้)?\s*)?หลัง(?:จาก)?(?:ที่)?|(?:เริ่ม(?:ได้)?\s*)?ทันทีที่|(?:เริ่ม(?:ได้)?\s*)?เมื่อ`;

/** "จนกว่า" (until): the subject waits for the object. */
export const TH_UNTIL = String.raw`จนกว่า`;

/** "ก่อน" (before) with its object after it ("ต้องเสร็จก่อน T031"); "บล็อก" (blocks). */
export const TH_BEFORE = String.raw`ก่อน(?=\s*(?:t\d|\d|เฟส|เรื่องราว|us))`;
export const TH_BLOCKS = String.raw`บล็อก`;

/** Denials and parallel work with an object: "ไม่ต้องรอ", "ไม่ขึ้นกับ", "(ทำ)พร้อมกับ", "คู่ขนานกับ". */
export const TH_PARALLEL_WITH = String.raw`ไม่(?:จำเป็น)?ต้องรอ|ไม่ขึ้น(?:อยู่)?กับ|ไม่ได้ใช้|(?:ทำ)?(?:ไป)?พร้อม(?:กัน)?กับ|คู่ขนาน(?:กัน)?กับ`;

/** Parallel work with no object: "ทำพร้อมกันได้" (can be done together), "คู่ขนาน" (parallel), "อิสระ". */
export const TH_PARALLEL = String.raw`(?:ทำ)?พร้อมกัน(?:ได้)?|คู่ขนาน|ไม่ขึ้นกับกัน|อิสระ(?:ต่อกัน)?`;

/** "ไม่" (not), "ห้าม" (must not). */
export const TH_NOT = String.raw`ไม่|ห้าม`;

/**
 * "ถ้า", "หาก" (if), "หรือ" (or), "แนะนำ" (recommended; not "ไม่ใช่แค่คำแนะนำ", not merely a
 * recommendation), "อาจ" (may), "ก็ได้" (either is fine), "ไม่บังคับ" (not required), "เช่น" (e.g.).
 */
export const TH_HEDGES = String.raw`ถ้า|หาก|หรือ|(?<!ไม่ใช่(?:แค่|เพียง)?(?:คำ)?)แนะนำ|อาจ|ก็ได้|ไม่บังคับ|เช่น`;

/** "ยกเว้น", "นอกจาก" (except). */
export const TH_EXCEPT = String.raw`ยกเว้น|นอกจาก`;

/** "เฟส 2" (phase 2). */
export const TH_PHASE = String.raw`เฟส`;

/** "เรื่องราวผู้ใช้ที่ 1" (user story number 1), "เรื่องที่ 1" (story 1). */
export const TH_STORY = String.raw`เรื่องราว(?:ของ)?ผู้ใช้(?:\s*ที่)?|เรื่อง(?:ที่)?`;

/** "ทุก" (every, all). */
export const TH_ALL = String.raw`ทุก`;

/** Thai words that wait, the object after them: "ต้องรอ T047", "หลังจาก T030 เสร็จ", "จนกว่า". */
export const TH_FORWARD: readonly RelationWord[] = [
  { pattern: TH_NEEDS, direction: "forward", object: "follows" },
  { pattern: TH_AFTER, direction: "forward", object: "follows", temporal: true },
  { pattern: TH_UNTIL, direction: "forward", object: "follows", limit: true },
];

/** Thai words that go first: "ต้องเสร็จก่อน T031" (must be done before T031), "บล็อก T050" (blocks T050). */
export const TH_BACKWARD: readonly RelationWord[] = [
  { pattern: TH_BEFORE, direction: "backward", object: "follows", temporal: true },
  { pattern: TH_BLOCKS, direction: "backward", object: "follows" },
];
