// Runs the real CLI from sources (`node --import tsx test/support/cli-entry.ts implement ...`).
import { main } from "../../src/cli/main.js";

process.exitCode = await main(process.argv.slice(2));
