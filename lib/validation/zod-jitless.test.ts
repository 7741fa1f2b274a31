import { describe, expect, it, vi } from "vitest";

describe("instrumentation-client", () => {
  it("makes zod, loaded afterwards, run in jitless mode (no `new Function`, which the CSP forbids)", async () => {
    vi.resetModules();
    delete (globalThis as { __zod_globalConfig?: unknown }).__zod_globalConfig;
    await import("../../instrumentation-client");
    const { config } = await import("zod/v4/core");
    expect(config().jitless).toBe(true);
    const FunctionSpy = vi.spyOn(globalThis, "Function");
    const { z } = await import("zod");
    expect(z.object({ a: z.string(), b: z.number() }).parse({ a: "x", b: 1 })).toEqual({ a: "x", b: 1 });
    expect(FunctionSpy).not.toHaveBeenCalled();
  });
});
