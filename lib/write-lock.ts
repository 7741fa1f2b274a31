/**
 * Any constant: the key of the one advisory lock that serialises writes on PostgreSQL (lib/db-client.ts). Anything
 * else that writes to the same database takes it too (the end-to-end tests' clean-up does): a writer without it can
 * deadlock with the app, since both update the vocabulary's rows, in whatever order their statements produce them.
 */
export const WRITE_LOCK_KEY = 7_418_301;
