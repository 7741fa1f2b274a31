import "server-only";
import { mutation } from "@/lib/actions/mutation";
import { answerItem, setRunVisibility, startRun } from "@/lib/data/checklist-runs";
import { answerInput, runVisibilityInput, startRunInput } from "@/lib/validation/checklist-run";

// Checklist run mutations, shared by server actions and the API.
export const startRunMutation = mutation({ schema: startRunInput, run: (input, viewer) => startRun(viewer, input) });
export const answerItemMutation = mutation({ schema: answerInput, run: (input, viewer) => answerItem(viewer, input) });
export const runVisibilityMutation = mutation({ schema: runVisibilityInput, run: (input, viewer) => setRunVisibility(viewer, input) });
