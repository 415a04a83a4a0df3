import { describe, it, expect } from "vitest";
import { analyzeBody } from "../test-support.js";
import { findOrganizations } from "./find-organizations.js";

describe("findOrganizations", () => {
  it("finds known bodies by any of their forms, once each", () => {
    const found = findOrganizations(
      analyzeBody("Peru raised the issue at the UN. Chile said the United Nations must act."),
    );
    expect(found).toEqual([
      { name: "United Nations", kind: "international", sentences: [0, 1], gatherings: [] },
    ]);
  });
  it("marks the sentences that name a body as what a gathering is of", () => {
    const found = findOrganizations(
      analyzeBody(
        "Peru hosted a meeting of the Quad. Chile asked NATO for help. The Quad leaders met.",
      ),
    );
    expect(found.map((o) => [o.name, o.gatherings])).toEqual([
      ["Quad", [0, 2]],
      ["NATO", []],
    ]);
  });
  it("finds a media outlet named after a describing noun", () => {
    const found = findOrganizations(
      analyzeBody(
        "Ruiz, in an interview with the Chilean broadcaster Radio Andes on Monday, spoke.",
      ),
    );
    expect(found).toEqual([{ name: "Radio Andes", kind: "media", sentences: [0], gatherings: [] }]);
  });
});
