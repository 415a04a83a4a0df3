import { describe, expect, it } from "vitest";
import { ExportFilterError, planExportFilter } from "./export-filter.js";

describe("planExportFilter", () => {
  it("leaves every condition open without options", () => {
    expect(planExportFilter({})).toEqual({
      countries: null,
      leaders: null,
      kinds: null,
      statuses: null,
      from: null,
      to: null,
      byTopic: false,
      topicKind: null,
      topicArgs: null,
      asOf: null,
    });
  });

  it("turns dates into the days they span, as the API does", () => {
    expect(planExportFilter({ from: "2026-01", to: "2026", asOf: "2026-02" })).toMatchObject({
      from: "2026-01-01",
      to: "2026-12-31",
      asOf: "2026-02-28",
    });
  });

  it("normalises codes, kinds and statuses, and drops repeats", () => {
    expect(
      planExportFilter({
        country: ["kor", "JPN", "KOR"],
        kind: ["SUMMIT", "visit"],
        status: ["held"],
        leader: [" lee-jae-myung "],
      }),
    ).toMatchObject({
      countries: ["KOR", "JPN"],
      kinds: ["summit", "visit"],
      statuses: ["held"],
      leaders: ["lee-jae-myung"],
    });
  });

  it.each([
    ["denuclearization", "denuclearization", null],
    ["PEACE_STABILITY:korean-peninsula", "peace-stability", ["korean-peninsula"]],
    ["cooperation:kor,jpn", "cooperation", ["KOR", "JPN"]],
    [":PRK", null, ["PRK"]],
  ])("reads the topic %s", (topic, kind, args) => {
    expect(planExportFilter({ topic })).toMatchObject({
      byTopic: true,
      topicKind: kind,
      topicArgs: args,
    });
  });

  it.each([
    [{ from: "2026-02-30" }, '--from "2026-02-30" is not a date'],
    [{ from: "2026-03", to: "2026-02" }, "--from 2026-03 is after --to 2026-02"],
    [{ country: ["Korea"] }, "not an ISO 3166-1 alpha-3 code"],
    [{ kind: ["party"] }, '--kind "party" is not one of: summit,'],
    [{ status: ["done"] }, '--status "done" is not one of: held, planned, proposed'],
    [{ topic: "weather" }, '--topic "weather" is not one of: cooperation,'],
    [{ topic: "trade:Korea" }, "neither an alpha-3 code nor a region"],
    [{ topic: "a:b:c" }, "expected KIND, KIND:ARG,ARG or :ARG"],
    [{ asOf: "yesterday" }, '--as-of "yesterday" is not a date'],
  ])("rejects %j, saying what is wrong", (options, message) => {
    expect(() => planExportFilter(options)).toThrow(ExportFilterError);
    expect(() => planExportFilter(options)).toThrow(message);
  });
});
