import { describe, it, expect } from "vitest";
import { findDateExpressions } from "./date-expressions.js";

// 2024-05-08 is a Wednesday.
const PUBLISHED = "2024-05-08";
const dates = (text: string): (string | number | undefined)[] =>
  findDateExpressions(text, 0, PUBLISHED).map((d) => d.date ?? d.eventOffset);

describe("findDateExpressions", () => {
  it("takes a weekday as the latest such day on or before publication", () => {
    expect(dates("They met on Monday.")).toEqual(["2024-05-06"]);
    expect(dates("They met on Wednesday.")).toEqual(["2024-05-08"]);
    expect(dates("They met last Thursday.")).toEqual(["2024-05-02"]);
  });
  it("takes a season as the year it falls in, the next one after publication for 'next'", () => {
    // Published in May: spring has begun and ended this year's March-May.
    expect(dates("The summit is now expected next spring.")).toEqual(["2025"]);
    expect(dates("They will meet next autumn.")).toEqual(["2024"]);
    expect(dates("They met last autumn.")).toEqual(["2023"]);
    expect(dates("They met last spring.")).toEqual(["2023"]);
    expect(dates("They meet this summer.")).toEqual(["2024"]);
  });
  it("reads a month or a year after a preposition that opens the sentence", () => {
    expect(dates("In February, the minister travelled to Beijing.")).toEqual(["2024-02"]);
    expect(dates("In 2019, they met in Osaka.")).toEqual(["2019"]);
  });
  it("takes how long a meeting lasted for no date", () => {
    expect(
      dates("On May 6, commencing at 6:00 p.m. for approximately 60 minutes, the ministers met."),
    ).toEqual(["2024-05-06"]);
  });
  it("points a weekday forward after a verb of what is still to come", () => {
    expect(dates("The summit closes on Sunday.")).toEqual(["2024-05-12"]);
    expect(dates("They will meet on Monday.")).toEqual(["2024-05-13"]);
    expect(dates("The minister heads to Lima on Friday for talks.")).toEqual(["2024-05-10"]);
  });
  it("takes a weekday still to come that is the publication's own as that day, 'next' as a week on", () => {
    expect(dates("The minister travels to Osaka on Wednesday.")).toEqual(["2024-05-08"]);
    expect(dates("They will meet next Wednesday.")).toEqual(["2024-05-15"]);
  });
  it("takes the year named after a date", () => {
    expect(dates("They signed it on August 8 last year.")).toContain("2023-08-08");
    expect(dates("They will meet in September next year.")).toContain("2025-09");
  });
  it("takes a month without a year by the tense of its clause", () => {
    expect(dates("They have met only once, in Bangkok in June.")).toContain("2023-06");
    expect(
      dates(
        "Yunus and Modi have met only once since the changeover in Dhaka, on the sidelines of the regional summit in Bangkok in June.",
      ),
    ).toContain("2023-06");
    expect(dates("They agreed to meet in person in June.")).toContain("2024-06");
  });
  it("reads parts of the day of publication", () => {
    expect(dates("They met this afternoon; a dinner follows tonight.")).toEqual([
      "2024-05-08",
      "2024-05-08",
    ]);
    expect(dates("He arrived last night.")).toEqual(["2024-05-07"]);
  });
  it("points a weekday forward after 'next'", () => {
    expect(dates("They meet next Monday.")).toEqual(["2024-05-13"]);
  });
  it("resolves months, weeks and years relative to publication", () => {
    expect(dates("They met earlier this month and will meet next month.")).toEqual([
      "2024-05",
      "2024-06",
    ]);
    expect(dates("a summit later this year, after talks last year")).toEqual(["2024", "2023"]);
    expect(dates("a call last week")).toEqual(["2024-05"]);
  });
  it("reads a day and month without a year as the nearest such day", () => {
    expect(dates("on Dec. 30 they spoke")).toEqual(["2023-12-30"]);
    expect(dates("on 2 May they spoke")).toEqual(["2024-05-02"]);
  });
  it("reads a day told of as past or future as the last or the next such day", () => {
    // Published 2024-05-08: the nearest 30 June is this year's, but a meeting held on it was
    // last year's, and 1 February's next meeting is next year's.
    expect(dates("The ministers met in Cairo on 30 June.")).toEqual(["2023-06-30"]);
    expect(dates("The ministers will meet in Cairo on 1 February.")).toEqual(["2025-02-01"]);
    expect(dates("The ministers met in Cairo on 2 May.")).toEqual(["2024-05-02"]);
  });
  it("reads the year named after a day or month as part of its date", () => {
    expect(dates("the visit to Japan in September last year")).toEqual(["2023-09"]);
    expect(dates("on 2 March last year")).toEqual(["2023-03-02"]);
    const thatYear = (text: string) =>
      findDateExpressions(text, 0, PUBLISHED, 2019).map((d) => d.date);
    expect(thatYear("On 7 December that year the two leaders met.")).toEqual(["2019-12-07"]);
    expect(thatYear("in March of the same year, and again later that year")).toEqual([
      "2019-03",
      "2019",
    ]);
  });
  it("reads a month alone as month precision, the nearest such month", () => {
    expect(dates("to meet again in July")).toEqual(["2024-07"]);
  });
  it("keeps 'the previous day' relative to the event", () => {
    expect(dates("talks the previous day")).toEqual([-1]);
    expect(dates("Two days earlier, they met. The next day they left.")).toEqual([-2, 1]);
    expect(dates("On the same day, the ministers met")).toEqual([0]);
    expect(dates("came a day after talks")).toEqual([-1]);
    expect(dates("had met the evening before, over dinner, and the next morning")).toEqual([-1, 1]);
  });
  it("counts 'a day before' from the event after it, and alone from the event told", () => {
    const forward = (text: string) =>
      findDateExpressions(text, 0, PUBLISHED).map((d) => d.forward ?? false);
    expect(forward("came a day before talks")).toEqual([true]);
    expect(forward("They had met the evening before, over dinner.")).toEqual([false]);
  });
  it("marks the date a statement was made", () => {
    const [when] = findDateExpressions("the ministry said Tuesday", 0, PUBLISHED);
    expect(when?.reporting).toBe(true);
  });
});
