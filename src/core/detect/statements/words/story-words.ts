import { HE_STORY } from "./hebrew-words.js";
import { FA_STORY } from "./persian-words.js";
import { TH_STORY } from "./thai-words.js";
import { SW_STORY } from "./swahili-words.js";
import { AR_STORY } from "./arabic-words.js";
import { TR_STORY } from "./turkish-words.js";
import { UR_STORY } from "./urdu-words.js";
import { BN_STORY } from "./bengali-words.js";
/**
 * Words that name a user story before its number ("User Story 3", "Story 3", "História 3",
 * "ユーザーストーリー3"); `US3` and `AUTH-US3` are read apart from these.
 */
export const STORY_WORDS: readonly string[] = [
  String.raw`user\s+stor(?:y|ies)|stor(?:y|ies)`,
  String.raw`hist[oó]rias?(?:\s+de\s+usu[aá]rio)?|user\s+storys?`,
  // Catalan "història d'usuari", "històries" (folded)
  String.raw`histori(?:a|es)(?:\s+d['’]usuari(?:s)?)?`,
  // French "récit utilisateur" (user story), often shortened to "récit".
  String.raw`r[ée]cits?(?:\s+utilisateurs?)?`,
  // French "histoire utilisateur", Dutch "gebruikersverhaal" (user story), often just "histoire", "verhaal".
  String.raw`histoires?(?:\s+utilisateurs?)?|(?:gebruikers)?verha(?:al|len)`,
  // Swedish "användarberättelse" (folded), "berättelse".
  String.raw`(?:anvandar)?berattelser(?:na)?|(?:anvandar)?berattelsen?`,
  String.raw`истори[яиюй]|істор(?:ія|ії|ію)(?:\s+користувача)?`,
  // Czech "uživatelský příběh" (user story), often just "příběh" (folded)
  String.raw`(?:uzivatelsk(?:y|eho|emu|ym|e|ych)\s+)?pribeh(?:u|y|em|ech)?`,
  // Danish "brugerhistorie", Norwegian "brukerhistorie" (user story), often just "historie(n)"
  String.raw`bru[gk]erhistorie(?:n|r|rne|rnes)?|historie(?:n|r|rne|rnes)?`,
  // Finnish "käyttäjätarina" (user story), often just "tarina", with its case endings (folded)
  String.raw`(?:kayttaja)?tarin(?:a|an|at|aa|assa|asta|aan|oiden|oita|oihin|oissa|oista|oittain)`,
  // Greek "ιστορία χρήστη" (user story), often just "ιστορία"
  String.raw`ιστορ[ίι](?:α|ας|ες|ών|ων)(?:\s+χρ[ήη]στ(?:η|ών|ων))?`,
  // Romanian "povestea", "poveștile", "poveștii" (folded), "povestea utilizatorului" (user story)
  String.raw`pove[sșş]t(?:ea|ile|ilor|ii|e|i)(?:\s+(?:de\s+)?utilizator(?:ului)?)?`,
  String.raw`用户故事|用戶故事|故事|ユーザーストーリー|ストーリー|사용자\s*스토리|스토리`,
  // Arabic "قصة المستخدم" (user story), "قصص المستخدم" (user stories)
  AR_STORY,
  // Hebrew "סיפור משתמש" (user story), "סיפורי המשתמש" (the user stories), a joined letter allowed
  HE_STORY,
  // Persian "داستان کاربر" (user story), "داستان‌های" (stories)
  FA_STORY,
  // Thai "เรื่องราวผู้ใช้ที่ 1" (user story number 1), "เรื่อง" (story)
  TH_STORY,
  // Swahili "Hadithi ya Mtumiaji 3" (user story 3), "Hadithi ya 3"
  SW_STORY,
  // Turkish "kullanıcı hikayesi 3" (user story), "hikaye 3"
  TR_STORY,
  // Urdu "یوزر اسٹوری 2" (user story), "اسٹوریز"
  UR_STORY,
  // Bengali "ইউজার স্টোরি ২" (user story 2)
  BN_STORY,
];

/** Words for a priority label on a story ("Priority: P1", "Prioridade P1", "優先度: P1"). */
export const PRIORITY_WORDS: readonly string[] = [
  String.raw`priority|prioridade|prioridad|priorit[eé]|приоритет`,
  String.raw`优先级|優先度|우선순위`,
];
