/** A problem that stops one file from being imported: which field, and what is wrong with it. */
export type ImportProblem = { field: string; message: string };

/**
 * What one file could become: the draft's fields (not yet validated), the tag and component names as written
 * (matched against the taxonomy later), notes on everything that could not be mapped to a field (kept in the
 * narrative), and problems that stop the file.
 */
export type ParsedFile = {
  fields: Record<string, unknown>;
  tags: string[];
  components: string[];
  notes: string[];
  problems: ImportProblem[];
};

/** Builds a ParsedFile piece by piece. */
export function parsedFile(): ParsedFile {
  return { fields: {}, tags: [], components: [], notes: [], problems: [] };
}
