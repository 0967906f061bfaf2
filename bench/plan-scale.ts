// Times parse / detect / plan on generated spec-kit lists: `npm run bench:plan`.
import { detectDependencies } from "../src/core/detect/detect-dependencies.js";
import { parseTaskList } from "../src/core/parse/parse-task-list.js";
import { buildPlan } from "../src/core/plan/build-plan.js";
import { planWaves } from "../src/core/plan/plan-waves.js";
import { generateTaskList } from "./generate-task-list.js";

const RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

console.log("tasks    parse ms  detect ms  waves ms  total ms  edges    waves");
for (const count of [1_000, 10_000, 50_000]) {
  const text = generateTaskList(count);
  const parse: number[] = [];
  const detect: number[] = [];
  const waves: number[] = [];
  const total: number[] = [];
  let edges = 0;
  let waveCount = 0;
  for (let run = 0; run < RUNS; run++) {
    let list = parseTaskList({ kind: "file", path: "tasks.md", text });
    parse.push(time(() => (list = parseTaskList({ kind: "file", path: "tasks.md", text }))));
    let detected = detectDependencies(list);
    detect.push(time(() => (detected = detectDependencies(list))));
    const ids = list.tasks.map((t) => t.id);
    waves.push(time(() => void planWaves(ids, detected.edges, new Set())));
    total.push(
      time(() => {
        const plan = buildPlan(parseTaskList({ kind: "file", path: "tasks.md", text }));
        edges = plan.edges.length;
        waveCount = plan.waves.length;
      }),
    );
  }
  console.log(
    [
      String(count).padEnd(8),
      median(parse).toFixed(1).padStart(8),
      median(detect).toFixed(1).padStart(10),
      median(waves).toFixed(1).padStart(9),
      median(total).toFixed(1).padStart(9),
      String(edges).padStart(7),
      String(waveCount).padStart(8),
    ].join(" "),
  );
}
