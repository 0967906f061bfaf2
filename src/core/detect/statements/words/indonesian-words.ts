import { time, wordsOf, type RelationWord } from "./relation-word.js";

/**
 * What follows an Indonesian or Malay "kalau"/"jika" (if) whose object is in a finished state, as folded text
 * writes it ("2.1 sudah selesai", "semua model ... telah beres", "sudah hijau"): the "if" is "once" then,
 * a time word and no hedge. A sentence holds no stop of its own, so the object may hold the dots of "s.d.".
 */
export const ID_FINISHED_AFTER = String.raw`[^,;:]{1,80}?\s(?:sudah|telah)\s+(?:selesai|beres|siap|jadi|rampung|di-?merge|digabung|hijau)(?![a-z])`;

const { follows } = wordsOf("forward");

/** Indonesian and Malay words that wait, their object after them. */
export const ID_FORWARD: readonly RelationWord[] = [
  // "diblokir oleh" is passive: blocked by; "perlu menunggu", need to wait, is one
  // word of need, so that "tidak perlu menunggu T017" is denied as a whole; "mengikuti 1.3": follows what
  // 1.3 lays down, not "mengikuti pola": in the pattern of)
  follows(
    String.raw`(?:ber|ter)gantung\s+(?:pada|kepada)|membutuhkan|memerlukan|butuh|(?:perlu\s+)?menunggu|perlu|menggunakan|memakai|diblokir\s+oleh|mengikuti(?!\s+(?:pola|gaya|contoh|format)\b)`,
  ),
  // Malay writes "after" "selepas", and "as soon as" "sebaik sahaja" or "sejurus selepas".
  time(
    follows(
      String.raw`(?:hanya\s+|baru\s+)?(?:setelah|sesudah|selepas)|begitu|sebaik\s+(?:sahaja|saja)|sejurus(?:\s+(?:selepas|setelah))?`,
    ),
  ),
  // "baru dikerjakan kalau semua model (2.1 s.d. 2.7) sudah beres": "if" before an object in a finished state
  // is "once" (above)
  time(follows(String.raw`(?:baru\s+)?(?:kalau|jika|apabila|bila|ketika|saat)(?=\s+${ID_FINISHED_AFTER})`)),
];
