import "server-only";
import { NextResponse } from "next/server";
import type { ParamErrors } from "@/lib/validation/browse-params";

export const json = (body: unknown, status = 200) =>
  NextResponse.json(body, { status, headers: { "Cache-Control": "no-store" } });

export const badRequest = (errors: ParamErrors) =>
  json({ error: "invalid_parameters", message: `Invalid parameter: ${Object.keys(errors).join(", ")}`, fields: errors }, 400);

export const notFoundJson = (what: string) => json({ error: "not_found", message: `${what} not found` }, 404);
