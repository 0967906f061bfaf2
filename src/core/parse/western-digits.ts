// A decimal digit of any script but ASCII: Arabic-Indic "٣", Persian "۳", Devanagari "३", Bengali "৩",
// Thai "๓", full-width "３", ...
const OTHER_DIGIT = /(?![0-9])\p{Nd}/gu;
const DIGIT = /^\p{Nd}$/u;
const values = new Map<number, number>();

/**
 * The digits of every script as the ASCII digits they are, one character for one, so "فاز ۳", "पर्व ३" and
 * "পর্ব ৩" are phase 3 and positions in the text stay those of the original. Unicode lays each script's
 * digits out as a run of ten from zero, so a digit's value is its distance from the start of its run.
 * Digits outside the Basic Multilingual Plane (mathematical digits) take two code units and stay.
 */
export function westernDigits(text: string): string {
  return text.replace(OTHER_DIGIT, (d) => {
    const code = d.codePointAt(0) ?? 0;
    return code > 0xffff ? d : String(digitValue(code));
  });
}

function digitValue(code: number): number {
  const known = values.get(code);
  if (known !== undefined) return known;
  let start = code;
  while (start > 0 && DIGIT.test(String.fromCodePoint(start - 1))) start--;
  const value = (code - start) % 10;
  values.set(code, value);
  return value;
}
