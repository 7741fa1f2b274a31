import { describe, expect, it } from "vitest";
import { appOrigins, refuseCookieWrite } from "@/lib/api/same-origin";

const env = { NEXTAUTH_URL: "https://atlas.example.com" };
const origins = appOrigins(new Headers({ host: "127.0.0.1:3000" }), "http://127.0.0.1:3000/api/v1/postmortems", env);
const check = (headers: Record<string, string>) => refuseCookieWrite(new Headers(headers), origins)?.status ?? "ok";

describe("appOrigins", () => {
  it("is the public URL and the addressed host", () => {
    expect(origins).toEqual(["https://atlas.example.com", "http://127.0.0.1:3000"]);
  });

  it("believes X-Forwarded-Proto only behind a trusted proxy", () => {
    const headers = new Headers({ host: "atlas.internal", "x-forwarded-proto": "https" });
    expect(appOrigins(headers, "http://atlas.internal/", {})).toEqual(["http://atlas.internal"]);
    expect(appOrigins(headers, "http://atlas.internal/", { TRUST_PROXY: "1" })).toEqual(["https://atlas.internal"]);
  });
});

describe("refuseCookieWrite", () => {
  const json = { "content-type": "application/json" };
  it.each([
    [{ ...json, origin: "https://atlas.example.com" }, "ok"],
    [{ ...json, origin: "http://127.0.0.1:3000" }, "ok"],
    [{ "content-type": "application/json; charset=utf-8", origin: "http://127.0.0.1:3000" }, "ok"],
    [{ ...json, "sec-fetch-site": "same-origin" }, "ok"],
    [{ ...json, "sec-fetch-site": "none" }, "ok"],
    [{ ...json, origin: "http://127.0.0.1:3001" }, 403],
    [{ ...json, origin: "http://atlas.example.com" }, 403],
    [{ ...json, origin: "https://atlas.example.com.evil.example" }, 403],
    [{ ...json, origin: "null" }, 403],
    [{ ...json, origin: "http://evil.example", "sec-fetch-site": "same-origin" }, 403],
    [{ ...json, "sec-fetch-site": "same-site" }, 403],
    [{ ...json, "sec-fetch-site": "cross-site" }, 403],
    [json, 403],
    [{ origin: "http://127.0.0.1:3000", "content-type": "text/plain" }, 415],
    [{ origin: "http://127.0.0.1:3000", "content-type": "application/x-www-form-urlencoded" }, 415],
    [{ origin: "http://127.0.0.1:3000" }, 415],
    [{ origin: "http://evil.example", "content-type": "text/plain" }, 403],
  ])("%j → %s", (headers, expected) => {
    expect(check(headers)).toBe(expected);
  });
});
