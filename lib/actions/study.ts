import "server-only";
import { mutation } from "@/lib/actions/mutation";
import { importStudyMarks, setStudyMark } from "@/lib/data/study";
import { submitExerciseAnswer } from "@/lib/data/exercises";
import { exerciseAnswerInput, studyImportInput, studyMarkInput } from "@/lib/validation/study";

// Study progress and exercise answers, shared by server actions and the API. Progress is the reader's own.
export const markStudyMutation = mutation({ schema: studyMarkInput, run: (input, viewer) => setStudyMark(viewer, input) });

export const importStudyMutation = mutation({ schema: studyImportInput, run: (input, viewer) => importStudyMarks(viewer, input.marks) });

// Anyone may answer and reveal; only a signed-in reader's answer is kept (in their private history).
export const exerciseAnswerMutation = mutation({
  schema: exerciseAnswerInput,
  auth: "none",
  run: (input, viewer) => submitExerciseAnswer(viewer, input),
});
