import { hasKnownExtension } from "./known-file-names.js";

// `backend/__init__.py` written outside backticks is rendered with "init" in bold, and a tool that turns the
// rendered page back into Markdown writes `backend/**init**.py`. A glob's `**` is a whole segment, so a word
// wrapped in `**` inside a path or a file name is the dunder name (`__init__`, `__tests__`).
const RENDERED_DUNDER = /(?<=^|[\s(/])\*\*([A-Za-z][A-Za-z0-9]*)\*\*(?=\/|\.[A-Za-z0-9]+)/g;

function unrenderDunder(whole: string, word: string, index: number, text: string): string {
  const rest = /^[\w./-]*/.exec(text.slice(index + whole.length))?.[0] ?? "";
  const inPath = text[index - 1] === "/" || /^\/[\w.-]/.test(rest) || hasKnownExtension(`${word}${rest}`);
  return inPath ? `__${word}__` : whole;
}

/** The text with every dunder name Markdown rendered bold inside a path written back as `__name__`. */
export function unrenderDunders(text: string): string {
  return text.replace(RENDERED_DUNDER, unrenderDunder);
}
