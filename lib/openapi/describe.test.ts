import { describe, expect, it } from "vitest";
import { z } from "zod";
import { jsonSchema } from "@/lib/openapi/document";
import { constraints, objectOf, typeLabel, type Schema } from "@/lib/openapi/describe";

const of = (schema: z.ZodType) => jsonSchema(schema, "input") as Schema;

describe("describing schemas for people", () => {
  it("names types, enums, nullables and lists", () => {
    expect(typeLabel(of(z.enum(["a", "b"])))).toBe("a | b");
    expect(typeLabel(of(z.string().nullable()))).toBe("string | null");
    expect(typeLabel(of(z.array(z.string())))).toBe("array of string");
    expect(typeLabel(of(z.iso.date()))).toBe("string (date)");
    expect(typeLabel(of(z.union([z.literal(""), z.enum(["x"])])))).toBe('"" | x');
  });

  it("lists limits, without zod's safe-integer bound", () => {
    expect(constraints(of(z.string().min(3).max(200)))).toEqual(["3–200 characters"]);
    expect(constraints(of(z.number().int().positive()))).toEqual(["≥ 1"]);
    expect(constraints(of(z.array(z.string().regex(/^[a-z]+$/)).max(30)))).toEqual(["at most 30 items", "each matches ^[a-z]+$"]);
    expect(constraints(of(z.string().default("team")))).toEqual(["default team"]);
  });

  it("finds the object behind lists and nullables", () => {
    const item = z.object({ a: z.string() });
    expect(objectOf(of(z.array(item)))?.properties).toHaveProperty("a");
    expect(objectOf(of(item.nullable()))?.properties).toHaveProperty("a");
    expect(objectOf(of(z.string()))).toBeNull();
  });
});
