// Prisma config used only by `npm test`'s schema check (scripts/db/check-schema.mjs), never by the app: it
// introspects a migrated PostgreSQL test database with `prisma db pull`. adapter-pg 6.19 cannot read columns of
// types `name` and `"char"` (prisma/orm issue 27403) that introspection returns, so this pool reports them as text.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { defineConfig } from "prisma/config";

// "char", name → text; their arrays → text[].
const AS_TEXT = new Map([
  [18, 25],
  [19, 25],
  [1002, 1009],
  [1003, 1009],
]);

function patchResult(result) {
  for (const field of result?.fields ?? []) field.dataTypeID = AS_TEXT.get(field.dataTypeID) ?? field.dataTypeID;
  return result;
}

function patchQuery(target) {
  const query = target.query.bind(target);
  target.query = (...args) => {
    const callback = typeof args[args.length - 1] === "function" ? args.pop() : null;
    if (callback) return query(...args, (error, result) => callback(error, patchResult(result)));
    return query(...args).then(patchResult);
  };
  return target;
}

class IntrospectionPool extends pg.Pool {
  connect(callback) {
    if (callback) return super.connect((error, client, release) => callback(error, client && patchQuery(client), release));
    return super.connect().then(patchQuery);
  }
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "schema.prisma",
  async adapter() {
    return new PrismaPg(patchQuery(new IntrospectionPool({ connectionString: process.env.DATABASE_URL })));
  },
});
