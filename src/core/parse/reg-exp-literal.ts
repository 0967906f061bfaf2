/** Text as a regular-expression source that matches exactly it: "C++ (beta)" -> "C\+\+ \(beta\)". */
export function regExpLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
