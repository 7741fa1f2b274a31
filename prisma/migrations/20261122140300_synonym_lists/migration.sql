-- Tag synonyms were stored space-separated, which split multi-word synonyms ("search domain") apart. They are now
-- a comma-separated list. Data-only: the table and its FTS triggers stay as they are (FTS5 treats commas as
-- separators). Every old value was single words separated by single spaces, so each space becomes ", ".
UPDATE "Tag" SET "synonyms" = replace(trim("synonyms"), ' ', ', ') WHERE "synonyms" <> '' AND instr("synonyms", ',') = 0;
