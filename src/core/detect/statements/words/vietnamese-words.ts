import { foldText as vi } from "../fold-text.js";
import { wordsOf, time, type RelationWord } from "./relation-word.js";

const { follows } = wordsOf("forward");

/** Vietnamese words that wait, their object after them. */
export const VI_FORWARD: readonly RelationWord[] = [
  // Written as the text is folded ("phụ thuộc vào" reads "phụ thuoc vao"): "cần chờ" is one
  // word of need, so that "Không cần chờ T019" is denied as a whole.
  follows(
    vi(
      String.raw`phụ\s+thuộc(?:\s+vào)?|cần\s+(?:chờ|đợi)|cần(?!\s+(?:thiết|phải))|chờ(?:\s+đợi)?|bị\s+chặn\s+bởi|dựa\s+(?:trên|vào)`,
    ),
  ),
  // "bắt đầu được ngay khi Phase 2 xong": can start as soon as Phase 2 is done.
  time(
    follows(
      vi(
        String.raw`(?:bắt\s+đầu\s+(?:được\s+)?)?ngay\s+(?:sau\s+)?khi|(?:chỉ\s+)?(?:bắt\s+đầu\s+)?sau\s+khi|(?:chỉ\s+)?bắt\s+đầu\s+khi|sau`,
      ),
    ),
  ),
];
