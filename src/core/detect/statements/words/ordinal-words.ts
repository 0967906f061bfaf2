/**
 * Ordinal words that stand before a noun, one to twelve, as folded text reads them (accents removed from
 * Latin letters; Greek and Cyrillic keep theirs): "the third phase" names phase 3 as "Phase 3" does. Each
 * entry is a stem with its endings; index 0 is "first". Languages whose ordinal follows the noun (Malay
 * "fasa ketiga", Romanian "faza a treia", Persian "فاز سوم") are not here.
 */
// Czech and Slovak endings ("druhá", "tretej", "piatu", "prvního" folded; with "-ego" for the Polish "piątego",
// "ósmego", whose stems are the same), Polish ("drugiej", "trzeciego").
const CS = String.raw`(?:y|a|e|u|i|ia|ie|iu|eho|iho|ieho|ego|ej|om|ou|em|im|imu|iemu|ym|ych|ich)`;
const PL = String.raw`(?:y|i|a|e|ia|ie|ej|iej|ego|iego|ym|im)`;

const ORDINAL_STEMS: readonly string[] = [
  // English; Spanish and Portuguese; Italian; French; German; Dutch; Polish; Czech and Slovak; Russian and
  // Ukrainian; Swedish, Norwegian and Danish; Turkish; Greek
  String.raw`first|primer[ao]?|primeir[ao]|prim[ao]|premier|premiere|erst(?:e|en|er|es|em)|eerste|pierwsz${PL}|prv${CS}|перв[а-яё]{1,4}|перш[а-яё]{1,4}|f(?:o|ø)rst[ae]|birinci|πρ[ώω]τ[α-ωάέήίόύώ]{1,2}`,
  String.raw`second(?:e|a|o)?|segund[ao]|deuxieme|zweit(?:e|en|er|es|em)|tweede|drug${PL}|druh${CS}|втор[а-яё]{1,4}|друг[а-яё]{1,4}|andra|andre|anden|ikinci|δε[ύυ]τερ[α-ωάέήίόύώ]{1,2}`,
  String.raw`third|tercer[ao]?|terceir[ao]|terz[ao]|troisieme|dritt(?:e|en|er|es|em)|derde|trzec${PL}|tret${CS}|трет[а-яёі]{1,4}|tredje|ucuncu|τρ[ίι]τ[α-ωάέήίόύώ]{1,2}`,
  String.raw`fourth|cuart[ao]|quart[ao]|quatrieme|viert(?:e|en|er|es|em)|vierde|czwart${PL}|(?:stv|ctv)rt${CS}|четв[её]рт[а-яёі]{1,4}|fj(?:a|ä)rde|fjerde|dorduncu|τ[έε]ταρτ[α-ωάέήίόύώ]{1,2}`,
  String.raw`fifth|quint[ao]|cinquieme|funft(?:e|en|er|es|em)|vijfde|piat${CS}|pat${CS}|пят[а-яё]{1,4}|п['’]ят[а-яёі]{1,4}|femte|besinci|π[έε]μπτ[α-ωάέήίόύώ]{1,2}`,
  String.raw`sixth|sext[ao]|sest[ao]|sixieme|sechst(?:e|en|er|es|em)|zesde|szost${PL}|si?est${CS}|шест[а-яё]{1,4}|шост[а-яёі]{1,4}|sj(?:a|ä)tte|sjette|altinci|altıncı|[έε]κτ[α-ωάέήίόύώ]{1,2}`,
];

/** The ordinal stems, one pattern per number from one ("first") on. */
export const ORDINAL_WORDS: readonly string[] = [
  ...ORDINAL_STEMS,
  String.raw`seventh|septim[ao]|setim[ao]|settim[ao]|septieme|siebt(?:e|en|er|es|em)|zevende|siodm${PL}|siedm${CS}|sedm${CS}|седьм[а-яё]{1,4}|сьом[а-яёі]{1,4}|sjunde|syvende|yedinci|[έε]βδομ[α-ωάέήίόύώ]{1,2}`,
  String.raw`eighth|octav[ao]|oitav[ao]|ottav[ao]|huitieme|acht(?:e|en|er|es|em)|achtste|osm${CS}|восьм[а-яёі]{1,4}|(?:a|å)ttonde|(?:a|å)ttende|ottende|sekizinci|[όο]γδο[α-ωάέήίόύώ]{1,2}`,
  String.raw`ninth|noven[ao]|non[ao]|neuvieme|neunt(?:e|en|er|es|em)|negende|dziewiat${PL}|deviat${CS}|devat${CS}|девят[а-яёі]{1,4}|дев['’]ят[а-яёі]{1,4}|nionde|niende|dokuzuncu|[έε]νατ[α-ωάέήίόύώ]{1,2}`,
  String.raw`tenth|decim[ao]|dixieme|zehnt(?:e|en|er|es|em)|tiende|dziesiat${PL}|desiat${CS}|desat${CS}|десят[а-яёі]{1,4}|tionde|onuncu|δ[έε]κατ[α-ωάέήίόύώ]{1,2}`,
  String.raw`eleventh|undecim[ao]|onzieme|elft(?:e|en|er|es|em)`,
  String.raw`twelfth|duodecim[ao]|douzieme|zwolft(?:e|en|er|es|em)`,
];

const NUMBER_OF = ORDINAL_WORDS.map((w) => new RegExp(`^(?:${w})$`, "iu"));

/** The number an ordinal word stands for ("third" -> 3), or null when it is none. */
export function ordinalNumber(word: string): number | null {
  const at = NUMBER_OF.findIndex((p) => p.test(word.trim()));
  return at < 0 ? null : at + 1;
}
