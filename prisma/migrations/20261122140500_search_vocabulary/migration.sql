-- The search index's vocabulary (one row per term, with how many postmortems use it), for spelling suggestions
-- on searches that find nothing. An fts5vocab table is a read-only view of postmortem_fts: nothing to keep in sync.
CREATE VIRTUAL TABLE "postmortem_vocab" USING fts5vocab('postmortem_fts', 'row');
