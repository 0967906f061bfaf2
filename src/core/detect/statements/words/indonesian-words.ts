/**
 * What follows an Indonesian or Malay "kalau"/"jika" (if) whose object is in a finished state, as folded text
 * writes it ("2.1 sudah selesai", "semua model ... telah beres", "sudah hijau"): the "if" is "once" then,
 * a time word and no hedge. A sentence holds no stop of its own, so the object may hold the dots of "s.d.".
 */
export const ID_FINISHED_AFTER = String.raw`[^,;:]{1,80}?\s(?:sudah|telah)\s+(?:selesai|beres|siap|jadi|rampung|di-?merge|digabung|hijau)(?![a-z])`;
