import { z } from "zod";
import { postmortemRef, restoreRevisionInput, VISIBILITIES } from "@/lib/validation/postmortem";

// Lead decisions on the postmortem and history pages: purges and visibility.
export const purgeRevisionInput = restoreRevisionInput;
export const purgePostmortemInput = postmortemRef.extend({ confirmation: z.string().max(200) });
export const visibilityInput = postmortemRef.extend({ visibility: z.enum(VISIBILITIES) });
