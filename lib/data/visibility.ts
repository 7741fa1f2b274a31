import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/** What an anonymous reader may see. Every read of postmortems goes through this filter. */
export function visiblePostmortems(): Prisma.PostmortemWhereInput {
  return { status: "published", visibility: "public" };
}
