/**
 * Headings of the authors' own parallel sections ("Parallel Example: User Story 1", "Parallel
 * Opportunities"): the task lines listed together in their code blocks may run at the same time.
 */
export const PARALLEL_HEADINGS: readonly string[] = [
  String.raw`parallel|concurren|simultane`,
  String.raw`parall[eè]l|paralel`,
  // Finnish "Rinnakkaisuus", "Rinnakkain" (parallelism, side by side)
  String.raw`rinnakkai`,
  // Hungarian "Párhuzamosítási lehetőségek", "Párhuzamos példa"
  String.raw`p[aá]rhuzamos`,
  // Greek "παραλληλισμός", "παράλληλα"
  String.raw`παρ[άα]λληλ|παραλληλισμ`,
  String.raw`параллел`,
  String.raw`并行|並行|並列|병렬`,
];
