// Times parse / detect / plan on generated spec-kit lists: `npm run bench:plan` (benchmark 3 alone, without
// writing results.json; `npm run bench -- --only planner` writes it).
import { plannerScale } from "./planner-scale.js";
import { renderPlannerScale } from "./render-results.js";

process.stdout.write(`${renderPlannerScale(plannerScale([1_000, 10_000, 50_000], 5))}\n`);
