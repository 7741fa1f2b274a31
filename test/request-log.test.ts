import { describe, expect, it } from "vitest";
import { loggablePath, requestLogLine } from "@/scripts/lib/request-log.mjs";

describe("request logs", () => {
  it("keep query parameter names but never their values", () => {
    expect(loggablePath("/postmortems?q=my+secret+incident&severity=production&severity=trivial")).toEqual({
      path: "/postmortems",
      query: ["q", "severity"],
    });
    expect(loggablePath("/api/auth/callback/oidc?code=abc123&state=xyz")).toEqual({ path: "/api/auth/callback/oidc", query: ["code", "state"] });
    expect(loggablePath("/postmortems")).toEqual({ path: "/postmortems" });
  });

  it("replace the token of an invite link", () => {
    expect(loggablePath("/invite/s3cr3t-token?x=1")).toEqual({ path: "/invite/[redacted]", query: ["x"] });
  });

  it("write one JSON object with method, path, status, duration and time", () => {
    const line = requestLogLine({
      method: "POST",
      url: "/login?callbackUrl=%2Fnew",
      status: 303,
      durationMs: 12.345,
      finished: true,
      time: new Date("2026-11-22T16:00:00Z"),
    });
    expect(line).not.toContain("\n");
    expect(JSON.parse(line)).toEqual({
      time: "2026-11-22T16:00:00.000Z",
      level: "info",
      msg: "request",
      method: "POST",
      path: "/login",
      query: ["callbackUrl"],
      status: 303,
      durationMs: 12.3,
    });
    expect(JSON.parse(requestLogLine({ method: "GET", url: "/", status: 500, durationMs: 1, finished: false }))).toMatchObject({
      level: "error",
      aborted: true,
    });
  });
});
