// Migrations, Prisma client and content sync — what `npm run build` and `npm run dev` need first.
import { ensureDependencies, prepareDatabase } from "./lib/run.mjs";

ensureDependencies();
prepareDatabase();
