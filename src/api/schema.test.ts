import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { projectPath } from "../lib/paths.js";
import { buildApiSchema, emitSchemaSdl } from "./schema.js";

describe("schema/schema.graphql", () => {
  it("is the SDL the code builds (run `npm run schema:emit` after changing the API)", async () => {
    const committed = readFileSync(projectPath("schema/schema.graphql"), "utf8");
    expect(committed).toBe(await emitSchemaSdl());
  });

  it("keeps the contract's root fields, arguments and enum values", async () => {
    const schema = await buildApiSchema();
    const fields = schema.getQueryType()?.getFields() ?? {};
    const signature = (name: string): string[] =>
      (fields[name]?.args ?? []).map(
        (a) =>
          `${a.name}: ${String(a.type)}${a.defaultValue === undefined ? "" : ` = ${String(a.defaultValue)}`}`,
      );
    expect(Object.keys(fields).sort()).toEqual([
      "article",
      "articles",
      "countries",
      "country",
      "leader",
      "leaders",
      "meeting",
      "meetingStats",
      "meetings",
      "positions",
      "quotes",
      "search",
      "topic",
      "topics",
    ]);
    expect(signature("meetings").sort()).toEqual([
      "after: String",
      "asOf: String",
      "filter: MeetingFilter",
      "first: Int = 20",
      "orderBy: MeetingOrder = DATE_ASC",
    ]);
    expect(String(fields.meetings?.type)).toBe("MeetingConnection!");
    expect(String(fields.meeting?.type)).toBe("Meeting");
    expect(String(fields.meetingStats?.type)).toBe("[PeriodCount!]!");
    expect(signature("topic").sort()).toEqual(["asOf: String", "id: ID!"]);
    const sdl = await emitSchemaSdl();
    expect(sdl).toMatch(/enum TopicKind \{[^}]*DIPLOMATIC_RELATIONS[^}]*PEACE_STABILITY/s);
    expect(sdl).toMatch(
      /enum MeetingKind \{\s*CALL\s*CONFERENCE\s*INTERVIEW\s*MEETING\s*SUMMIT\s*VISIT\s*\}/,
    );
  });
});
