/**
 * Words that name a track of work by a short label: "Track A", "Stream 2", "Workstream B", "Lane 1",
 * "Piste B", "Flujo 2", "Трек А", "泳道 A". A heading (a phase's or a section's) that opens with one names
 * the tasks under it, so a sentence can say "Track B starts after Track A's API (T015)".
 */
export const TRACK_WORDS: readonly string[] = [
  String.raw`(?:parallel\s+)?(?:track|work\s*stream|workstream|stream|lane|swim\s*lane)`,
  String.raw`piste|volet|flujo|pista|frente|trilha|strang`,
  String.raw`трек|поток|направление`,
  String.raw`泳道|轨道|工作流|トラック|レーン|트랙`,
];

/** The label after a track word: one letter, a number, or a roman numeral. */
export const TRACK_LABEL = String.raw`(?:[a-zа-я]|\d+|[ivx]+)(?![\p{L}\p{N}])`;
