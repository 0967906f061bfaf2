/**
 * A run ID that sorts by time and is safe in a branch name: `20250131-142501-3f9a` (UTC). `suffix`
 * separates runs started in the same second.
 */
export function formatRunId(time: Date, suffix: string): string {
  const iso = time.toISOString(); // 2025-01-31T14:25:01.123Z
  const date = iso.slice(0, 10).replace(/-/g, "");
  const clock = iso.slice(11, 19).replace(/:/g, "");
  const clean = suffix.toLowerCase().replace(/[^a-z0-9]/g, "");
  return clean === "" ? `${date}-${clock}` : `${date}-${clock}-${clean}`;
}
