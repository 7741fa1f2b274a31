import "server-only";
import type { NextRequest } from "next/server";
import { json } from "@/lib/api/respond";

type Handler<C> = (request: NextRequest, context: C) => Response | Promise<Response>;
type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * The exports of one API route: the handlers it has, and for every other method a 405 with a JSON
 * body and an `Allow` header (Next's own 405 has neither). Use as
 * `export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({ GET: … })`.
 */
export function apiRoute<C>(handlers: Partial<Record<Method, Handler<C>>>) {
  const methods = Object.keys(handlers) as Method[];
  const allow = [...methods, ...(handlers.GET ? ["HEAD"] : []), "OPTIONS"].sort().join(", ");
  const refuse: Handler<C> = (request) =>
    json({ error: "method_not_allowed", message: `${request.method} is not supported here; use ${allow}.` }, 405, { Allow: allow });
  return {
    GET: handlers.GET ?? refuse,
    HEAD: handlers.GET ?? refuse,
    OPTIONS: (() => new Response(null, { status: 204, headers: { Allow: allow } })) as Handler<C>,
    POST: handlers.POST ?? refuse,
    PUT: handlers.PUT ?? refuse,
    PATCH: handlers.PATCH ?? refuse,
    DELETE: handlers.DELETE ?? refuse,
  };
}
