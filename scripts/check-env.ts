// Validates the environment (lib/env.ts) for `npm start`: one line per bad variable, exit 1.
import { parseEnv } from "../lib/env";

const result = parseEnv();
if (!result.ok) {
  for (const problem of result.problems) console.error(`✗ Invalid environment: ${problem}. See .env.example.`);
  process.exit(1);
}
