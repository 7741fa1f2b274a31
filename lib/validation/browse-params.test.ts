import { describe, expect, it } from "vitest";
import { browseQueryString, parseBrowseParams, searchParamsToRecord } from "@/lib/validation/browse-params";

describe("parseBrowseParams", () => {
  it("applies defaults", () => {
    const { filters, errors } = parseBrowseParams({});
    expect(errors).toEqual({});
    expect(filters).toMatchObject({ q: "", severity: [], sort: "newest", page: 1, pageSize: 20 });
  });

  it("defaults to relevance when there is a query", () => {
    expect(parseBrowseParams({ q: "dns" }).filters.sort).toBe("relevance");
  });

  it("accepts repeated values and removes duplicates", () => {
    const raw = searchParamsToRecord(new URLSearchParams("severity=production&severity=trivial&severity=production&tag=snat"));
    const { filters } = parseBrowseParams(raw);
    expect(filters.severity).toEqual(["production", "trivial"]);
    expect(filters.tag).toEqual(["snat"]);
  });

  it.each([
    ["severity", "catastrophic"],
    ["platform", "openshift"],
    ["tag", "Not A Slug"],
    ["year", "19"],
    ["sort", "random"],
    ["page", "0"],
    ["page", "two"],
    ["pageSize", "1000"],
    ["q", "x".repeat(201)],
    ["duration", "2h"],
    ["measured", "diagnose"],
    ["tagMatch", "most"],
  ])("reports an invalid %s and drops it", (param, value) => {
    const { filters, errors } = parseBrowseParams({ [param]: value });
    expect(Object.keys(errors)).toEqual([param]);
    expect(errors[param]).toBeTruthy();
    const defaults = parseBrowseParams({}).filters;
    expect(filters[param as keyof typeof filters]).toEqual(defaults[param as keyof typeof defaults]);
  });

  it("round-trips through browseQueryString", () => {
    const query =
      "?q=calico&severity=production&tag=snat&tag=cni-routing&year=2023&duration=1h-4h&measured=detect&measured=resolve&tagMatch=all&sort=oldest&page=2";
    const { filters } = parseBrowseParams(searchParamsToRecord(new URLSearchParams(query)));
    expect(browseQueryString(filters)).toBe(query);
  });
});
