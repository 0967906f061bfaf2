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
  // Using, calling or running what a task makes needs it: "Dùng lại verifyIpnSignature() của 4.1" (reuses
  // 4.1's helper), "gọi service ở 3.4" (calls the service in 3.4), "chạy lệnh ở 8.7" (runs the command in
  // 8.7), "Gọi ReconciliationService.run (8.5)": a verb of use, then within the clause a thing "của" (of),
  // "ở" (in) or "từ" (from) a task, or glossed with one. Without a task there ("dùng Redis") it names nothing.
  follows(
    vi(
      String.raw`(?:dùng\s+lại|tái\s+sử\s+dụng|sử\s+dụng|dùng|gọi|chạy)(?=(?:[^.;:]|\.(?=\w)){0,60}?(?:(?<![\p{L}])(?:của|ở|từ|trong)\s+\d+\.\d|\(\s*\d+\.\d))`,
    ),
  ),
  // "Chỉ chạy được khi migration ở 2.3 đã có" (runs only once 2.3's migration exists), "Làm cuối cùng, khi
  // 9.1–9.6 đã xong hết" (last, when 9.1–9.6 are all done): "khi" (when) after a verb of running or doing,
  // or opening a clause after a comma.
  time(follows(vi(String.raw`(?:chạy|làm|merge)\s+(?:được\s+)?khi|(?<=[,;]\s*)khi`))),
  // "bắt đầu được ngay khi Phase 2 xong": can start as soon as Phase 2 is done.
  time(
    follows(
      vi(
        String.raw`(?:bắt\s+đầu\s+(?:được\s+)?)?ngay\s+(?:sau\s+)?khi|(?:chỉ\s+)?(?:bắt\s+đầu\s+)?sau\s+khi|(?:chỉ\s+)?bắt\s+đầu\s+khi|sau`,
      ),
    ),
  ),
];
