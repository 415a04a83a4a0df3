import { describe, it, expect } from "vitest";
import { analyzeBody, nameOf } from "../test-support.js";
import { findMeetings } from "./find-meetings.js";

// Published Wednesday 2024-05-08.
function meetings(body: string) {
  const analysis = analyzeBody(body);
  return findMeetings(analysis).meetings.map((m) => ({
    kind: m.kind,
    status: m.status,
    date: m.date,
    countries: m.countries,
    participants: m.participants.map((p) => nameOf(analysis, p)),
    ...(m.jointStatement !== undefined ? { jointStatement: m.jointStatement } : {}),
  }));
}

const PERU = "Peruvian Foreign Minister Ana Ruiz";
const CHILE = "Chilean Foreign Minister Tomas Vidal";

describe("findMeetings: sides named by states, interviews and attributions", () => {
  it("takes the states after 'talks between' as the sides, whoever hosts them", () => {
    expect(
      meetings(
        `Peru is ready to host talks between Chile and Bolivia, ${PERU} said, after her talks with ${CHILE} in Lima on Monday.`,
      ).map((m) => [m.kind, m.countries.join("+"), m.participants.length]),
    ).toEqual([
      ["meeting", "CHL+BOL", 0],
      ["meeting", "PER+CHL", 2],
    ]);
  });
  it("sends a 'three-day visit' told with no place to the state the article is filed from", () => {
    const analysis = analyzeBody(
      "WARSAW — Polish Defence Minister Jan Nowak received his South Korean counterpart, Ahn Min-su, on Thursday.\n\nAhn arrived on Wednesday for a three-day visit.",
    );
    expect(
      findMeetings(analysis)
        .meetings.filter((m) => m.kind === "visit")
        .map((m) => [m.date, m.countries.join("+")]),
    ).toEqual([["2024-05-08", "KOR+POL"]]);
  });
  it("dates 'that year' by the year the text wrote last", () => {
    expect(
      meetings(
        "In January 2021 Prime Minister Tom Ray of Fiji visited Tonga. On 7 December that year Ray and Tongan Prime Minister Sam Ato met in Suva.",
      ).map((m) => [m.kind, m.date]),
    ).toEqual([
      ["visit", "2021-01"],
      ["summit", "2021-12-07"],
    ]);
  });
  it("reads a list of names closed by a serial comma's 'and' as one subject", () => {
    expect(
      meetings(
        "Vietnamese Prime Minister Pham Minh Chinh, Thai Prime Minister Anutin Charnvirakul, and Cambodian Prime Minister Hun Manet met in Hanoi on Monday. Lee visited Tokyo, Osaka, and Takaichi said she was glad.",
      ).map((m) => [m.kind, m.countries.join("+"), m.participants.length]),
    ).toEqual([["summit", "VNM+THA+KHM", 3]]);
  });
  it("takes a summit 'of' a list of states, or talks between three, as the states' event", () => {
    expect(
      meetings(
        "Welcome to our coverage of the trilateral summit of Kazakhstan, Uzbekistan and Kyrgyzstan in Bishkek. Talks between Armenia, Azerbaijan and Georgia opened in Tbilisi on Monday.",
      ).map((m) => [m.kind, m.countries.join("+"), m.participants.length]),
    ).toEqual([
      ["summit", "KAZ+UZB+KGZ", 0],
      ["meeting", "ARM+AZE+GEO", 0],
    ]);
  });
  it("takes 'looks forward to meeting' as proposed, between the people of the words reported", () => {
    expect(
      meetings(
        `${PERU} conveyed that Bolivian President Luis Mesa looks forward to meeting Chilean President Jorge Soto at an early date.`,
      ),
    ).toEqual([
      {
        kind: "summit",
        status: "proposed",
        date: undefined,
        countries: ["BOL", "CHL"],
        participants: ["Luis Mesa", "Jorge Soto"],
      },
    ]);
  });
  it("takes 'the four ministers' for the last meeting of four, not the last four people named", () => {
    const found = meetings(
      `${PERU} hosted ${CHILE}, Bolivian Foreign Minister Luis Mesa and Ecuadorian Foreign Minister Jorge Soto in Lima on Monday. Ruiz discussed the talks by telephone on Tuesday with Tom Barrack, the US special envoy. The four ministers agreed to meet again in Quito next month.`,
    );
    expect(found.at(-1)).toMatchObject({
      status: "planned",
      countries: ["PER", "CHL", "BOL", "ECU"],
    });
  });
  it("keeps an interview to its speaker and a proposal to meet as proposed", () => {
    expect(
      meetings(
        `${PERU}, in an interview with a Lima radio station on Monday, said she was ready to meet ${CHILE}.`,
      ).map((m) => [m.kind, m.status, m.countries.join("+")]),
    ).toEqual([
      ["interview", "held", "PER"],
      ["meeting", "proposed", "PER+CHL"],
    ]);
  });
});

describe("findMeetings", () => {
  it("reads a virtual summit, or talks by video link, as a call", () => {
    const kinds = (body: string) => meetings(body).map((m) => m.kind);
    expect(kinds(`${PERU} and ${CHILE} held a virtual summit on Monday.`)).toEqual(["call"]);
    expect(kinds(`${PERU} held talks with ${CHILE} by video link on Monday.`)).toEqual(["call"]);
  });
  it("reads talks via video conference as a call, not a conference", () => {
    expect(
      meetings(`${PERU} held talks via video conference with ${CHILE} on Monday.`).map(
        (m) => m.kind,
      ),
    ).toEqual(["call"]);
  });
  it("takes the state after 'the visit of' for the visitor's, and the one after 'to' for the host", () => {
    expect(
      meetings(
        "Peruvian President Ana Ruiz held talks with Chilean President Tomas Vidal on Monday. They prepared the state visit of the President of Chile to Peru, scheduled for 5-6 June.",
      ).map((m) => [m.kind, m.status, m.countries.join("+"), m.participants.join("+")]),
    ).toEqual([
      ["summit", "held", "PER+CHL", "Ana Ruiz+Tomas Vidal"],
      ["visit", "planned", "CHL+PER", "Tomas Vidal"],
    ]);
  });
  it("does not refer back to an event with members it does not have", () => {
    expect(
      meetings(
        `${PERU} and ${CHILE} met in Lima on Monday and agreed to hold a separate meeting. They also discussed the Andean Meeting, which will be held in Quito in September with the participation of the leaders of Bolivia, Chile, Colombia, Ecuador and Peru.`,
      ).map((m) => [m.status, m.date, m.countries.join("+")]),
    ).toEqual([
      ["held", "2024-05-06", "PER+CHL"],
      ["planned", undefined, "PER+CHL"],
      ["planned", "2024-09", "BOL+CHL+COL+ECU+PER"],
    ]);
  });
  it("reads 'the next meeting' as a new event, not the one told", () => {
    expect(
      meetings(
        `${PERU} and ${CHILE} met in Lima on Monday. Earlier they met in Quito. The next Trilateral Meeting will be held in Bogota in 2025.`,
      ).map((m) => [m.status, m.date]),
    ).toEqual([
      ["held", "2024-05-06"],
      ["planned", "2025"],
    ]);
  });
  it("takes the people named after 'summit ... between' for its sides, not the clause's subject", () => {
    expect(
      meetings(
        `${PERU} and ${CHILE} met in Lima on Monday. The ministers welcomed the outcomes of the Washington Summit of 8 August 2023 between President of Bolivia Luis Arce and President of Brazil Lula da Silva.`,
      ).map((m) => [m.kind, m.date, m.countries.join("+"), m.participants.join("+")]),
    ).toEqual([
      ["meeting", "2024-05-06", "PER+CHL", "Ana Ruiz+Tomas Vidal"],
      ["summit", "2023-08-08", "BOL+BRA", "Luis Arce+Lula da Silva"],
    ]);
  });
  it("reads an interview told at the start of a sentence, or without 'with'", () => {
    const interviews = (body: string) =>
      meetings(body).map((m) => [m.kind, m.date, m.participants.join("+")]);
    expect(
      interviews(`In an interview with a US network on Sunday, ${PERU} said she was ready.`),
    ).toEqual([["interview", "2024-05-05", "Ana Ruiz"]]);
    expect(
      interviews(`${PERU} said in an interview published on Monday that she was ready.`),
    ).toEqual([["interview", "2024-05-06", "Ana Ruiz"]]);
  });
  it("reads two officials signing together as their meeting, unless on a trip told before", () => {
    expect(
      meetings(
        `${PERU} met ${CHILE} in Lima on Monday. In Quito on Tuesday, Bolivian Foreign Minister Luis Mora and Ecuadorian Foreign Minister Rosa Vega signed a memorandum on fisheries.`,
      ).map((m) => [m.kind, m.status, m.date, m.participants.join("+")]),
    ).toEqual([
      ["meeting", "held", "2024-05-06", "Ana Ruiz+Tomas Vidal"],
      ["meeting", "held", "2024-05-07", "Luis Mora+Rosa Vega"],
    ]);
  });
  it("reads a treaty signed by two named after 'by' as their meeting, not a letter", () => {
    expect(
      meetings(
        "The Arica Treaty, signed last month in Lima by Peruvian President Rosa Tello and Chilean President Jorge Soto, takes effect today. A letter signed by Ana Ruiz and Tomas Vidal was sent.",
      ).map((m) => [m.kind, m.status, m.date, m.participants.join("+")]),
    ).toEqual([["summit", "held", "2024-04", "Rosa Tello+Jorge Soto"]]);
  });
  it("reads a Leaders' Retreat as a summit, dated by its own date, not by 'this year's'", () => {
    expect(
      meetings(
        "Peruvian President Rosa Tello and Chilean President Jorge Soto held a video call on Monday and agreed to hold this year's Leaders' Retreat in Arica next month.",
      ).map((m) => [m.kind, m.status, m.date]),
    ).toEqual([
      ["call", "held", "2024-05-06"],
      ["summit", "planned", "2024-06"],
    ]);
  });
  it("does not refer 'the Quito summit' back to a summit of other states", () => {
    expect(
      meetings(
        "Peruvian President Rosa Tello and Chilean President Jorge Soto agreed on Monday to hold a summit in Arica soon. Bolivia hopes to join the bloc at the Quito summit, which will be held in September.",
      ).map((m) => [m.kind, m.status, m.date, m.countries.join("+")]),
    ).toEqual([["summit", "planned", undefined, "PER+CHL"]]);
  });
  it("does not take a leader's visit for his minister's, told before", () => {
    const analysis = analyzeBody(
      "Turkish Foreign Minister Kemal Arslan paid a working visit to Riyadh on Monday. Relations have grown. President Recep Tayyip Erdoğan's visit to Medina in July 2023 opened a new chapter.",
    );
    expect(findMeetings(analysis).meetings.map((m) => [m.kind, m.evidence])).toEqual([
      ["visit", [0]],
    ]);
  });
  it("reads a call with a past date of its own as held, after a plan told before it", () => {
    expect(
      meetings(
        `${PERU} and ${CHILE} had discussed preparations for the summit in a phone call last week, officials said.`,
      )
        .filter((m) => m.kind === "call")
        .map((m) => [m.status, m.date]),
    ).toEqual([["held", "2024-05"]]);
  });
  it("reads a joint declaration signed as held, whatever the clause foresees", () => {
    expect(
      meetings(
        "Peruvian President Rosa Tello and Chilean President Jorge Soto signed a joint declaration in Lima on Monday, which comes up for review next year.",
      ).map((m) => [m.kind, m.status, m.date]),
    ).toEqual([["summit", "held", "2024-05-06"]]);
  });
  it("finds a held phone call dated by a weekday", () => {
    expect(
      meetings(`${PERU} and ${CHILE} spoke by phone on Monday, the ministry said Tuesday.`),
    ).toEqual([
      {
        kind: "call",
        status: "held",
        date: "2024-05-06",
        countries: ["PER", "CHL"],
        participants: ["Ana Ruiz", "Tomas Vidal"],
      },
    ]);
  });
  it("calls talks between heads of state a summit and between ministers a meeting", () => {
    expect(
      meetings(
        "Kenyan President William Ruto and Ethiopian President Taye Atske held talks on Monday.",
      )[0]?.kind,
    ).toBe("summit");
    expect(meetings(`${PERU} met ${CHILE} in Lima on Monday.`)[0]?.kind).toBe("meeting");
  });
  it("reads a planned visit with its visitor and destination", () => {
    expect(meetings(`${PERU} will visit Chile next month.`)).toEqual([
      {
        kind: "visit",
        status: "planned",
        date: "2024-06",
        countries: ["PER", "CHL"],
        participants: ["Ana Ruiz"],
      },
    ]);
  });
  it("takes 'spent three hours together' as a meeting, and a summit put off as its heads'", () => {
    expect(
      meetings(
        `Peru and Chile have put off their yearly summit, which was due next month. On Monday, ${PERU} and ${CHILE} spent three hours together in Tacna. Officials said the summit, which President Dina Boluarte and President Gabriel Boric were to chair, is now expected next year.`,
      ).map((m) => [m.kind, m.status, m.countries.join("+"), m.participants.length]),
    ).toEqual([
      ["summit", "proposed", "PER+CHL", 0],
      ["meeting", "held", "PER+CHL", 2],
    ]);
  });
  it("dates a summit put off by its new season, not the plan given up, and reads no summit in 'a summit without'", () => {
    expect(
      meetings(
        "Peru and Chile have put off the yearly summit between their governments, which was due to be held in Arica in the first week of next month. Officials said the summit is now expected next spring. The two presidents last sat down together in March, and concluded that a summit without a deal on water would send the wrong signal.",
      ).map((m) => [m.kind, m.status, m.date, m.countries.join("+")]),
    ).toEqual([
      ["summit", "proposed", "2025", "PER+CHL"],
      ["meeting", "held", "2024-03", "PER+CHL"],
    ]);
  });
  it("keeps 'separate talks' of two apart from the meeting of four, and reads 'the Japanese ministers'", () => {
    expect(
      meetings(
        "Foreign Minister Mohamad Hasan and Defence Minister Mohamed Khaled Nordin hosted Japanese Foreign Minister Toshimitsu Motegi and Defence Minister Shinjiro Koizumi in Putrajaya on Tuesday. Earlier in the day, Mohamad and Motegi held separate talks on trade. The Japanese ministers called on Prime Minister Anwar Ibrahim on Tuesday evening.",
      ).map((m) => [m.date, m.countries.join("+"), m.participants.length]),
    ).toEqual([
      ["2024-05-07", "MYS+JPN", 4],
      ["2024-05-07", "MYS+JPN", 2],
      ["2024-05-07", "MYS+JPN", 3],
    ]);
  });
  it("sends an official visit told with no place to the other leader's state", () => {
    expect(
      meetings(
        "Taoiseach Micheál Martin and Uruguay's President Yamandú Orsi agreed on Monday to work together on energy, as Mr Martin opened the first official visit by an Irish head of government to the South American country.",
      )
        .filter((m) => m.kind === "visit")
        .map((m) => [m.date, m.countries.join("+"), m.participants.length]),
    ).toEqual([["2024-05-06", "IRL+URY", 2]]);
  });
  it("prefers a calendar date to one counted from the event told before", () => {
    const found = meetings(
      `${PERU} met ${CHILE} in Lima on Wednesday. The meeting came a day after Ruiz, in an interview with a broadcaster aired on Monday, said the border would reopen.`,
    );
    expect(found.find((m) => m.kind === "interview")?.date).toBe("2024-05-06");
  });
  it("dates an event by the day that opens its sentence", () => {
    expect(
      meetings(
        `${PERU} thanked ${CHILE} for the talks in Lima on Wednesday. On Monday, the two ministers had held a video call.`,
      ).map((m) => [m.kind, m.date]),
    ).toEqual([
      ["meeting", "2024-05-08"],
      ["call", "2024-05-06"],
    ]);
  });
  it("does not take the person of a 'since' clause for a participant", () => {
    expect(
      meetings(
        `${PERU} and ${CHILE} agreed on Monday to reopen the border, in the most substantive talks between the two governments since President Jose Jeri took office.`,
      ).map((m) => [m.kind, m.participants.join("+")]),
    ).toEqual([["meeting", "Ana Ruiz+Tomas Vidal"]]);
  });
  it("reads a joint communiqué written with its accent", () => {
    const found = meetings(
      `${PERU} and ${CHILE} held talks in Lima on Monday. In a joint communiqué issued after the talks, they agreed to reopen the border.`,
    );
    expect(found.map((m) => m.jointStatement)).toEqual([true]);
  });
  it("gives a joint statement the lead says was issued to the first event held told after it", () => {
    const issued = meetings(
      `The foreign ministers of Peru and Chile pledged on Monday to reopen the border, in a joint communique. ${PERU} hosted ${CHILE} in Lima for the talks.`,
    );
    expect(issued.map((m) => [m.kind, m.jointStatement])).toEqual([["meeting", true]]);
    const drafted = meetings(
      `Officials of Peru and Chile were still trading drafts of a joint statement on Monday. ${PERU} hosted ${CHILE} in Lima for the talks.`,
    );
    expect(drafted.map((m) => [m.kind, m.jointStatement])).toEqual([["meeting", undefined]]);
  });
  it("dates a visit proposed from 'the trip' told with a date later", () => {
    const found = meetings(
      `${PERU} met ${CHILE} in Lima on Monday. Vidal invited Ruiz to pay a return visit to Chile. Ruiz thanked him and said she would consider the trip, possibly as part of a tour next year.`,
    );
    expect(found.filter((m) => m.kind === "visit").map((m) => [m.status, m.date])).toEqual([
      ["proposed", "2025"],
    ]);
  });
  it("takes a trip still to come during a visit held by the same visitor for a leg of it", () => {
    const found = meetings(
      "Kenyan President William Ruto arrived in Tokyo on Monday for a four-day state visit and met Japanese Prime Minister Sanae Takaichi on Tuesday. Takaichi accepted an invitation to visit Kenya at a mutually convenient time. Ruto travels to Osaka on Wednesday before returning to Nairobi on Thursday.",
    );
    expect(
      found.filter((m) => m.kind === "visit").map((m) => [m.status, m.date, m.participants]),
    ).toEqual([
      ["held", "2024-05-06", ["William Ruto", "Sanae Takaichi"]],
      ["planned", undefined, ["Sanae Takaichi"]],
    ]);
  });
  it("takes 'the capital' of a visit for the state the article is most about", () => {
    const found = meetings(
      `${PERU} and ${CHILE} agreed on Wednesday to reopen the border between Peru and Chile. Vidal arrived in the capital on Tuesday for a two-day visit to Peru.`,
    );
    expect(found.find((m) => m.kind === "visit")?.countries).toEqual(["CHL", "PER"]);
    const capitalOnly = meetings(
      `${PERU} and ${CHILE} agreed on Wednesday to reopen the border between Peru and Chile. Vidal arrived in the capital on Tuesday for a two-day state visit.`,
    );
    expect(capitalOnly.find((m) => m.kind === "visit")?.countries).toEqual(["CHL", "PER"]);
  });
  it("reads hosting or receiving a named official as a meeting", () => {
    expect(
      meetings(`${PERU} hosted ${CHILE} in Lima on Monday.`).map((m) => [
        m.kind,
        m.countries.join("+"),
      ]),
    ).toEqual([["meeting", "PER+CHL"]]);
    expect(
      meetings(`${PERU} received ${CHILE} in Lima on Monday.`).map((m) => [
        m.kind,
        m.countries.join("+"),
      ]),
    ).toEqual([["meeting", "PER+CHL"]]);
  });
  it("reads leaders signing a joint declaration together as their meeting", () => {
    expect(
      meetings(
        `Peruvian President Jose Jeri and Chilean President Gabriel Boric signed a joint declaration in Lima on August 8 last year.`,
      ).map((m) => [m.kind, m.status, m.date, m.countries.join("+")]),
    ).toEqual([["summit", "held", "2023-08-08", "PER+CHL"]]);
  });
  it("dates held talks of an article with no dated lead by its publication", () => {
    const found = meetings(
      `We are pausing our live coverage here. The summit closes on Sunday.\n\n${PERU} and ${CHILE} held a bilateral meeting over lunch.`,
    );
    expect(found.map((m) => [m.kind, m.date])).toEqual([["meeting", "2024-05-08"]]);
  });
  it("dates a readout's talks by its numbered lead", () => {
    const found = meetings(
      `The ministry issues the following statement on the visit of the Chilean minister.\n\n1. ${CHILE} arrived in Lima on Monday, 6 May 2024, for a working visit.\n\n2. ${PERU} and Vidal held talks at the palace.`,
    );
    expect(found.map((m) => [m.kind, m.date])).toEqual([
      ["visit", "2024-05-06"],
      ["meeting", "2024-05-06"],
    ]);
  });
  it("does not date a meeting by a relative clause about another event", () => {
    const found = meetings(
      `${PERU} and ${CHILE} agreed on Monday to reopen the border. The two ministers met for an hour on the sidelines of the regional summit, which ended yesterday.`,
    );
    expect([found[0]?.kind, found[0]?.date]).toEqual(["meeting", "2024-05-06"]);
  });
  it("reads talks a side is only open to, or a meeting only possible, as proposed", () => {
    expect(
      meetings(`${CHILE} said Chile remained open to continuing direct talks with Bolivia.`).map(
        (m) => [m.status, m.countries.join("+")],
      ),
    ).toEqual([["proposed", "CHL+BOL"]]);
    expect(
      meetings(
        `Ruiz said a meeting between Peru and Bolivia was "possible only when the ground has been prepared".`,
      ).map((m) => m.status),
    ).toEqual(["proposed"]);
  });
  it("reads an offer to host a new round as proposed, and readiness to host the summit as planned", () => {
    expect(
      meetings(
        "Peru is ready to host a new round of talks between Chile and Bolivia, the ministry said.",
      ).map((m) => m.status),
    ).toEqual(["proposed"]);
    expect(
      meetings(`${PERU} said Peru was ready to host the Peru-Chile summit later this year.`).map(
        (m) => m.status,
      ),
    ).toEqual(["planned"]);
  });
  it("keeps an interview held on its day, whatever later dates it tells of", () => {
    expect(
      meetings(
        `${PERU} said in an interview with Radio Lima on Tuesday that Peru expected to sign the agreement in June.`,
      ).map((m) => [m.kind, m.status, m.date]),
    ).toEqual([["interview", "held", "2024-05-07"]]);
  });
  it("reads a visit a leader only hopes to make as proposed", () => {
    expect(
      meetings(
        "Ruiz said Peruvian President Rosa Tello hoped to visit Chile at the earliest opportunity.",
      ).map((m) => [m.kind, m.status, m.countries.join("+")]),
    ).toEqual([["visit", "proposed", "PER+CHL"]]);
  });
  it("reads a proposed summit from a hyphenated pair of states", () => {
    expect(meetings(`${PERU} backed Lima's push for a Peru-Bolivia summit.`)[0]).toMatchObject({
      kind: "summit",
      status: "proposed",
      countries: ["PER", "BOL"],
    });
  });
  it("refers 'the talks' back to the event already told, with its joint statement", () => {
    const found = meetings(
      `${PERU} met ${CHILE} in Lima on Monday. In a joint statement after the talks, the two ministers pledged to expand trade.`,
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.jointStatement).toBe(true);
  });
  it("records that no joint statement was issued", () => {
    expect(
      meetings(`${PERU} met ${CHILE} in Lima on Monday. No joint statement was issued.`)[0]
        ?.jointStatement,
    ).toBe(false);
  });
  it("dates 'the previous day' from the event the narrative is about", () => {
    const found = meetings(
      `${PERU} met ${CHILE} in Lima on Monday. Ruiz had held separate talks with Bolivian Foreign Minister Luis Mora the previous day.`,
    );
    expect(found.map((m) => [m.countries.join(), m.date])).toEqual([
      ["PER,CHL", "2024-05-06"],
      ["PER,BOL", "2024-05-05"],
    ]);
  });
  it("splits 'separate talks with each of his counterparts' into bilateral meetings", () => {
    const found = meetings(
      `${PERU}, ${CHILE} and Bolivian Foreign Minister Luis Mora met in Lima on Monday. On the sidelines, Ruiz held separate talks with each of her counterparts.`,
    );
    expect(found.map((m) => m.countries.join())).toEqual(["PER,CHL,BOL", "PER,CHL", "PER,BOL"]);
  });
  it("records an interview with the speaker's state only", () => {
    expect(
      meetings(`${PERU} said on Monday in an interview with Chile's TVN that trade mattered.`)[0],
    ).toMatchObject({ kind: "interview", countries: ["PER"] });
  });
  it("reads 'the two presidents' and 'the commissions' as a meeting's sides told before", () => {
    const found = meetings(
      `${PERU} met ${CHILE} in Lima on Monday. The two presidents last met in Santiago in January.`,
    ).map((m) => [m.kind, m.status, m.date, m.countries.join("+")]);
    expect(found).toContainEqual(["meeting", "held", "2024-01", "PER+CHL"]);
  });
  it("does not take what a body is ('an annual gathering of both presidents') for an event", () => {
    expect(
      meetings(
        `Peruvian President Luis Soto and Chilean President Ana Reyes spoke by phone on Monday. That cabinet, an annual gathering of both presidents and most of their ministers, had been scheduled for October in Lima.`,
      ).map((m) => [m.kind, m.countries.join("+")]),
    ).toEqual([["call", "PER+CHL"]]);
  });
  it("takes the states a speaker reports as hosting an event, and a co-host, as its sides", () => {
    expect(
      meetings(
        `${PERU} said Peru and Chile would co-host a ministerial conference on aid for Haiti with Brazil in Lima next month.`,
      ).map((m) => [m.kind, m.status, m.countries.join("+")]),
    ).toEqual([["conference", "planned", "PER+CHL+BRA"]]);
  });
  it("reads an official due in a capital as a planned visit", () => {
    expect(meetings(`${CHILE} is due in Lima next month to review the border programme.`)).toEqual([
      {
        kind: "visit",
        status: "planned",
        date: "2024-06",
        countries: ["CHL", "PER"],
        participants: ["Tomas Vidal"],
      },
    ]);
  });
  it("does not take a press conference or plural summits for an event", () => {
    expect(meetings(`${PERU} told a press conference that regular summits were useful.`)).toEqual(
      [],
    );
  });
  it("reads a meeting of the leaders' ministers as a ministers' meeting", () => {
    const found = meetings(
      "Kenyan President William Ruto and Ethiopian President Taye Atske agreed that their foreign ministers would meet in Addis Ababa next month.",
    );
    expect(found).toEqual([
      {
        kind: "meeting",
        status: "planned",
        date: "2024-06",
        countries: ["KEN", "ETH"],
        participants: [],
      },
    ]);
  });
  it("takes 'the two ministers agreed to meet' as a meeting of the ministers already told", () => {
    const found = meetings(
      `${PERU} and ${CHILE} spoke by phone on Monday. The two ministers agreed to meet in person at an early date.`,
    );
    expect(found.map((m) => [m.kind, m.status, m.participants.length])).toEqual([
      ["call", "held", 2],
      ["meeting", "planned", 2],
    ]);
  });
  it("does not take talks on an agreement for a meeting", () => {
    expect(
      meetings(`${PERU} and ${CHILE} agreed to speed up talks on a free trade agreement.`),
    ).toEqual([]);
  });
  it("reads a grouping's ministers as its member states, and 'the conference' as the same event", () => {
    const found = meetings(
      "Foreign ministers of the Quad met in Delhi on Monday. Australian Foreign Minister Penny Wong, who chaired the conference, said it went well.",
    );
    expect(found).toEqual([
      {
        kind: "meeting",
        status: "held",
        date: "2024-05-06",
        countries: ["USA", "JPN", "IND", "AUS"],
        participants: [],
      },
    ]);
  });
  it("completes 'the three leaders' with the head named next when only two were named before", () => {
    const found = meetings(
      "Peruvian President Rosa Tello said on Monday she had suggested to Chilean President Jorge Soto that the three leaders meet in Lima. Bolivian President Luis Arce has not replied.",
    );
    expect(found.map((m) => [m.status, m.countries.join("+"), m.participants.join("; ")])).toEqual([
      ["proposed", "PER+CHL+BOL", "Rosa Tello; Jorge Soto; Luis Arce"],
    ]);
  });
  it("does not take the gathering on whose sidelines two leaders met for a meeting of theirs", () => {
    const found = meetings(
      "Peruvian President Rosa Tello and Chilean President Jorge Soto met on Saturday. The two leaders met for an hour on the sidelines of the two-day summit, which ended yesterday.",
    );
    expect(found.map((m) => [m.kind, m.date, m.countries.join("+")])).toEqual([
      ["summit", "2024-05-04", "PER+CHL"],
    ]);
  });
  it("dates a meeting after a 'since' phrase that a comma closes", () => {
    const found = meetings(
      "Peruvian President Rosa Tello and Chilean President Jorge Soto have met only once since the election in Lima, on the sidelines of a regional summit in Quito in March.",
    );
    expect(found.map((m) => [m.kind, m.date])).toEqual([["summit", "2024-03"]]);
  });
  it("takes 'talks between the two countries' as the states' talks, and 'the next round of' them as the same", () => {
    const found = meetings(
      "Peruvian President Rosa Tello and Chilean President Jorge Soto met in Lima on Monday. They decided that a new round of technical talks between the two countries would be held in Quito next month. On Tuesday, Tello held a video call with Ecuadorian President Daniel Noboa, who offered to host the next round of technical talks between Peru and Chile.",
    );
    expect(
      found.map((m) => [m.kind, m.status, m.countries.join("+"), m.participants.length]),
    ).toEqual([
      ["summit", "held", "PER+CHL", 2],
      ["meeting", "planned", "PER+CHL", 0],
      ["call", "held", "PER+ECU", 2],
    ]);
    // The offer is told of the planned round itself, in the sentences of both.
    const analysis = analyzeBody(
      "Peruvian President Rosa Tello and Chilean President Jorge Soto met in Lima on Monday. They decided that a new round of technical talks between the two countries would be held in Quito next month. On Tuesday, Tello held a video call with Ecuadorian President Daniel Noboa, who offered to host the next round of technical talks between Peru and Chile.",
    );
    const planned = findMeetings(analysis).state.drafts.filter((d) => d.status === "planned");
    expect(planned.map((d) => d.evidence)).toEqual([[1, 2]]);
  });
  it("settles an invited visit when the invitation is accepted, and refers a past 'the visit' to the one held, whose talks share its statement", () => {
    const found = meetings(
      "Peruvian President Rosa Tello arrived in Chile on Monday for a state visit and met Chilean President Jorge Soto. Soto extended an invitation to Tello to pay a visit to Chile again next year. Tello accepted the invitation. At the conclusion of the visit, a joint statement was issued.",
    );
    expect(found.map((m) => [m.kind, m.status, m.jointStatement ?? false])).toEqual([
      ["visit", "held", true],
      ["summit", "held", true],
      ["visit", "planned", false],
    ]);
  });
  it("takes no deadline for an event's date, and exploratory talks for no proposal", () => {
    const found = meetings(
      "Peruvian President Rosa Tello and Chilean President Jorge Soto pledged on Monday to resume exploratory talks on their maritime boundary. The two leaders signed a joint declaration and agreed to double bilateral trade by 2030.",
    );
    expect(found.map((m) => [m.kind, m.status, m.date, m.jointStatement ?? false])).toEqual([
      ["summit", "held", "2024-05-06", true],
    ]);
  });
  it("takes those who join a larger meeting as its participants, and the pair's joint statement as theirs", () => {
    const found = meetings(
      "Peruvian President Rosa Tello and Chilean President Jorge Soto held talks in Lima on Monday before joining leaders of Bolivia, Ecuador and Colombia for a meeting of the Andean group. In a joint statement, Peru and Chile rejected unilateral trade measures.",
    );
    expect(
      found.map((m) => [m.countries.join("+"), m.participants.length, m.jointStatement ?? false]),
    ).toEqual([
      ["PER+CHL", 2, true],
      ["PER+CHL+BOL+ECU+COL", 2, false],
    ]);
  });
  it("dates a visit by its arrival, and talks held during it by the lead, not the arrival", () => {
    const found = meetings(
      `${PERU} and ${CHILE} agreed on Wednesday to reopen the border. Ruiz arrived in Chile on Tuesday for a three-day visit and held talks with Vidal.`,
    );
    expect(found.map((m) => [m.kind, m.date])).toEqual([
      ["visit", "2024-05-07"],
      ["meeting", "2024-05-08"],
    ]);
  });
  it("takes no date from when a period began ('since taking office in September')", () => {
    const found = meetings(
      `${PERU}, on her first trip abroad since taking office in March, also met ${CHILE} on Monday.`,
    );
    expect(found.map((m) => [m.kind, m.date])).toEqual([["meeting", "2024-05-06"]]);
  });
  it("takes a state visit and the arrival that began it as one trip, dated by its first day", () => {
    const found = meetings(
      "Peruvian President Rosa Tello and Chilean President Jorge Soto agreed on Wednesday to reopen the border during Tello's first state visit to Chile. Tello arrived in Chile on Tuesday evening for a two-day visit.",
    );
    expect(found.filter((m) => m.kind === "visit").map((m) => [m.status, m.date])).toEqual([
      ["held", "2024-05-07"],
    ]);
  });
  it("takes the general secretary of a one-party state's ruling party as its leader at a summit", () => {
    const found = meetings(
      "Communist Party General Secretary Nguyen Phu Trong and Indonesian President Budi Santoso held talks in Hanoi on Monday.",
    );
    expect(found.map((m) => [m.kind, m.participants])).toEqual([
      ["summit", ["Nguyen Phu Trong", "Budi Santoso"]],
    ]);
  });
  it("keeps talks with another leader of the same state apart ('the prime minister received the president')", () => {
    const found = meetings(
      "Communist Party General Secretary Nguyen Phu Trong and Indonesian President Budi Santoso held talks in Hanoi on Monday. Vietnamese Prime Minister Pham Minh Chinh also received the Indonesian president on Monday afternoon.",
    );
    expect(found.map((m) => [m.kind, m.date, m.participants.join(" + ")])).toEqual([
      ["summit", "2024-05-06", "Nguyen Phu Trong + Budi Santoso"],
      ["summit", "2024-05-06", "Pham Minh Chinh + Budi Santoso"],
    ]);
  });
  it("dates a visit in a 'when' clause by the date just before it", () => {
    const found = meetings(
      `The two countries last held talks in Lima in December 2015, when ${CHILE} visited Peru for a regional conference.`,
    );
    expect(found.filter((m) => m.kind === "visit").map((m) => [m.status, m.date])).toEqual([
      ["held", "2015-12"],
    ]);
  });
  it("takes 'the last talks between the two countries' as an earlier occasion of the states", () => {
    const found = meetings(
      `${PERU} and ${CHILE} will meet in Quito next month. The last structured talks between the two countries were held in Lima in December 2015.`,
    );
    expect(found.map((m) => [m.status, m.date, m.participants.length])).toEqual([
      ["planned", "2024-06", 2],
      ["held", "2015-12", 0],
    ]);
  });
  it("takes an offer to host talks as a proposal", () => {
    const found = meetings("Peru said it was ready to host peace talks between Chile and Bolivia.");
    expect(found.map((m) => [m.status, m.countries.join("+")])).toEqual([["proposed", "CHL+BOL"]]);
  });
  it("makes a visit of each further destination listed ('travel on to X and Y')", () => {
    const found = meetings(
      `${PERU} arrived in Chile on Monday and is due to travel on to Bolivia and Ecuador.`,
    );
    expect(found.map((m) => [m.status, m.countries.join("+"), m.participants.length])).toEqual([
      ["held", "PER+CHL", 1],
      ["planned", "PER+BOL", 1],
      ["planned", "PER+ECU", 1],
    ]);
  });
  it("records no event that the sentence says was called off", () => {
    const found = meetings(
      `${PERU} had been due to travel on to Quito for talks on Wednesday, but cancelled the trip.`,
    );
    expect(found).toEqual([]);
  });
  it("finds a visit's destination told after its visitor ('a state visit by X, her first to Y')", () => {
    const found = meetings(
      "Chilean President Jorge Soto and Peruvian President Rosa Tello held talks on Monday during a three-day state visit by President Tello, her first to Chile since 2021.",
    );
    expect(found.map((m) => [m.kind, m.countries.join("+")])).toEqual([
      ["summit", "CHL+PER"],
      ["visit", "PER+CHL"],
    ]);
  });
  it("takes ministers directed 'to convene a meeting' as a planned meeting", () => {
    const found = meetings(
      "Peru and Chile directed their ministers to convene a meeting of the joint commission.",
    );
    expect(found.map((m) => [m.status, m.countries.join("+")])).toEqual([["planned", "PER+CHL"]]);
  });
  it("reads talks held by using an occasion ('used the meeting to hold talks') as held", () => {
    const found = meetings(`${PERU} used the summit on Monday to hold talks with ${CHILE}.`);
    expect(found.map((m) => [m.status, m.countries.join("+")])).toContainEqual(["held", "PER+CHL"]);
    expect(found.every((m) => m.status === "held")).toBe(true);
  });
  it("reads a press agency's 'received at PLACE on DAY GUEST', the guest 'visiting the country', and the guest's other talks apart", () => {
    const found = meetings(
      `Chilean President Jorge Soto received at the Palacio de La Moneda on Wednesday morning ${PERU}, who is visiting the country. Earlier, the Peruvian minister held talks with ${CHILE}.`,
    );
    expect(found.map((m) => [m.kind, m.countries.join("+"), m.participants.join(" + ")])).toEqual([
      ["meeting", "CHL+PER", "Jorge Soto + Ana Ruiz"],
      ["visit", "PER+CHL", "Ana Ruiz"],
      ["meeting", "PER+CHL", "Ana Ruiz + Tomas Vidal"],
    ]);
  });
  it("records no event that the text denies ('did not meet', 'refused to meet', 'no talks')", () => {
    expect(meetings(`${PERU} and ${CHILE} did not meet on Monday.`)).toEqual([]);
    expect(meetings(`${PERU} has refused to meet ${CHILE}.`)).toEqual([]);
    expect(meetings(`${PERU} said no talks with ${CHILE} were planned.`)).toEqual([]);
  });
  it("keeps a relative clause with an event of its own out of the event before it, and takes a coordinated trip for the subject's", () => {
    const found = meetings(
      `${PERU} met Chilean President Jorge Soto in Santiago on Monday and later flew to Quito, where she held separate talks with Ecuadorian President Daniel Noboa.`,
    );
    expect(found.map((m) => [m.kind, m.countries.join("+"), m.participants.join(" + ")])).toEqual([
      ["meeting", "PER+CHL", "Ana Ruiz + Jorge Soto"],
      ["visit", "PER+ECU", "Ana Ruiz"],
      ["meeting", "PER+ECU", "Ana Ruiz + Daniel Noboa"],
    ]);
  });
  it("reads 'will host' as a planned meeting, and the guest's 'first visit' in apposition as the trip to it", () => {
    const found = meetings(
      "Chilean President Jorge Soto will host Peruvian President Rosa Tello in Santiago on May 20, the presidency said, Tello's first visit to Chile since 2019.",
    );
    expect(found.map((m) => [m.kind, m.status, m.date, m.countries.join("+")])).toEqual([
      ["summit", "planned", "2024-05-20", "CHL+PER"],
      ["visit", "planned", "2024-05-20", "PER+CHL"],
    ]);
  });
  it("resolves 'the three' after an event to the people named since, not those told before", () => {
    const found = meetings(
      `${PERU} held talks with ${CHILE} on Monday. Ruiz also met Bolivian Foreign Minister Luis Paz and Ecuadorian Foreign Minister Maria Vega on Tuesday for a trilateral meeting, where the three agreed to cooperate.`,
    );
    expect(found.map((m) => [m.date, m.countries.join("+"), m.participants.length])).toEqual([
      ["2024-05-06", "PER+CHL", 2],
      ["2024-05-07", "PER+BOL+ECU", 3],
    ]);
  });
  it("resolves 'the two presidents' to the presidents named before", () => {
    const found = meetings(
      "Chilean President Jorge Soto and Peruvian President Rosa Tello agreed on Monday to open a border crossing. The two presidents met for 90 minutes in Lima.",
    );
    expect(found.map((m) => [m.kind, m.participants.length])).toEqual([["summit", 2]]);
  });
  it("finds an interview's speaker in an earlier clause of its sentence", () => {
    const found = meetings(
      `${PERU} said Peru must raise its defence spending and warned that Bolivia could close the border, in an interview with a Lima radio station on Monday.`,
    );
    expect(found.map((m) => [m.kind, m.countries.join("+"), m.participants.join()])).toEqual([
      ["interview", "PER", "Ana Ruiz"],
    ]);
  });
  it("reads talks that something followed ('agreed to a ceasefire after talks') as held", () => {
    const found = meetings(
      "Peru and Chile agreed to an immediate ceasefire on Monday after talks in Quito.",
    );
    expect(found.map((m) => [m.status, m.date])).toEqual([["held", "2024-05-06"]]);
  });
  it("adds those who led the delegations to the event just told, and reads dated follow-up meetings as planned", () => {
    const found = meetings(
      `Peru and Chile held talks in Quito on Monday. ${PERU} and ${CHILE} led their countries' delegations. The two sides agreed to hold follow-up meetings in Lima on May 20.`,
    );
    expect(found.map((m) => [m.status, m.date, m.participants.length])).toEqual([
      ["held", "2024-05-06", 2],
      ["planned", "2024-05-20", 2],
    ]);
    expect(meetings("Peru and Chile agreed to hold regular meetings of their ministers.")).toEqual(
      [],
    );
  });
  it("reads 'the regular holding of the summit' as no event, and 'the next summit' after one held as a new planned one", () => {
    const found = meetings(
      "The leaders of Peru, Chile and Bolivia held a summit in Lima on Monday. Peruvian President Rosa Tello, Chilean President Jorge Soto and Bolivian President Luis Arce adopted a declaration that called for the regular holding of the summit. The next summit will be held in Bolivia.",
    );
    expect(found.map((m) => [m.status, m.countries.join("+")])).toEqual([
      ["held", "PER+CHL+BOL"],
      ["planned", "PER+CHL+BOL"],
    ]);
  });
  it("takes those who adopt the joint declaration as the event's participants", () => {
    const found = meetings(
      "The leaders of Peru, Chile and Bolivia held a summit in Lima on Monday. Peruvian President Rosa Tello, Chilean President Jorge Soto and Bolivian President Luis Arce adopted a joint declaration.",
    );
    expect(found.map((m) => [m.participants.length, m.jointStatement])).toEqual([[3, true]]);
  });
  it("splits 'separate bilateral meetings with A and B' into one with each, and takes 'the next summit' for the first one's", () => {
    const found = meetings(
      "The leaders of Peru, Chile and Bolivia held a summit in Lima on Monday. A day earlier, Peruvian President Rosa Tello held separate bilateral meetings with Chilean President Jorge Soto and Bolivian President Luis Arce. The next summit will be held in Bolivia.",
    );
    expect(found.map((m) => [m.kind, m.status, m.date, m.countries.join("+")])).toEqual([
      ["summit", "held", "2024-05-06", "PER+CHL+BOL"],
      ["summit", "held", "2024-05-05", "PER+CHL"],
      ["summit", "held", "2024-05-05", "PER+BOL"],
      ["summit", "planned", undefined, "PER+CHL+BOL"],
    ]);
  });
  it("takes 'the next meeting' for another after the widest meeting held, not a planned one", () => {
    const found = meetings(
      `${PERU} spoke by phone with ${CHILE} on Monday. Bolivian President Luis Mesa is due in Quito next week for talks with Ecuadorian President Jorge Soto. On Tuesday Peruvian President Rosa Tello met Brazilian President Ana Lima in Brasilia. The next meeting is due in Peru next year.`,
    );
    expect(found.at(-1)).toMatchObject({
      status: "planned",
      date: "2025",
      countries: ["PER", "BRA"],
    });
  });
  it("reads a pull-aside on the margins of a gathering as a meeting of its two", () => {
    const found = meetings(
      "Peruvian President Rosa Tello and Chilean President Jorge Soto met on Friday in Gyeongju. Japanese Prime Minister Sanae Takaichi was among the leaders at the opening session. On Friday evening, Tello also had a brief pull-aside with Takaichi on the margins of the APEC meeting.",
    );
    expect(found.map((m) => m.countries.join("+"))).toContain("PER+JPN");
  });
  it("reads a courtesy call on someone as a meeting, not a phone call", () => {
    const found = meetings(`${PERU} paid a courtesy call on ${CHILE} in Santiago on Monday.`);
    expect(found.map((m) => [m.kind, m.countries.join("+")])).toEqual([["meeting", "PER+CHL"]]);
  });
  it("keeps the person of a 'since X took office' clause out of the event", () => {
    const found = meetings(
      `${PERU} met ${CHILE} on Monday in the highest-level contact since Chilean President Jorge Soto took office.`,
    );
    expect(found.map((m) => m.participants.length)).toEqual([2]);
  });
  it("gives talks in a coordinated clause ('..., and met X') the sentence's subject, and reads 'travel on Thursday to'", () => {
    const found = meetings(
      `${PERU} arrived in Chile on Monday on her third trip to the region, and met Chilean President Jorge Soto. Ruiz is due to travel on Thursday to Bolivia.`,
    );
    expect(found.map((m) => [m.kind, m.status, m.date, m.countries.join("+")])).toEqual([
      ["visit", "held", "2024-05-06", "PER+CHL"],
      ["meeting", "held", "2024-05-06", "PER+CHL"],
      ["visit", "planned", "2024-05-09", "PER+BOL"],
    ]);
  });
  it("infers the meeting a lead implies ('A and B agreed on Monday to ...'), unless a later event covers it", () => {
    const lead =
      "Peruvian President Rosa Tello and Chilean President Jorge Soto agreed on Monday to reopen the border.";
    expect(meetings(lead).map((m) => [m.kind, m.status, m.date, m.participants.length])).toEqual([
      ["summit", "held", "2024-05-06", 2],
    ]);
    const called = meetings(`${lead} The two presidents spoke by phone.`);
    expect(called.map((m) => m.kind)).toEqual(["call"]);
  });
  it("does not take 'the next ACTO summit', a body's, for the next of the event told", () => {
    const found = meetings(
      "Peruvian President Rosa Tello and Chilean President Jorge Soto held talks in Lima on Monday. Tello said Peru was ready to host the next ACTO summit in 2027.",
    );
    expect(found.map((m) => m.status)).toEqual(["held"]);
  });
  it("reads a nationality after a visit as the visitor's, and dates talks apart from a relative clause's arrival", () => {
    const found = meetings(
      "Peruvian President Rosa Tello and Chilean President Jorge Soto on Wednesday urged calm. The two leaders met at the palace in Santiago, where Tello arrived on Monday for a state visit, the first by a Peruvian president to Chile since 2019.",
    );
    expect(found.map((m) => [m.kind, m.date, m.countries.join("+")])).toEqual([
      ["summit", "2024-05-08", "CHL+PER"],
      ["visit", "2024-05-06", "PER+CHL"],
    ]);
  });
  it("takes the guest after 'visiting' and the host beside as a visit's sides", () => {
    const found = meetings(
      "Chilean President Jorge Soto held talks with visiting Peruvian President Rosa Tello on Monday.",
    );
    expect(found.find((m) => m.kind === "visit")).toMatchObject({
      countries: ["PER", "CHL"],
      participants: ["Rosa Tello", "Jorge Soto"],
    });
  });
  it("gives a joint statement of two states to their talks, and so to the trip they were held in", () => {
    const found = meetings(
      "Peruvian President Rosa Tello and Chilean President Jorge Soto met in Santiago on Monday, where Tello arrived on Sunday for a state visit to Chile. In a joint statement, Peru and Chile pledged to expand trade.",
    );
    expect(found.map((m) => [m.kind, m.jointStatement])).toEqual([
      ["summit", true],
      ["visit", true],
    ]);
  });
  it("reads a body's summit as a conference, and a meeting never held as none", () => {
    const found = meetings(
      "Peruvian President Rosa Tello and Chilean President Jorge Soto have never held a formal bilateral meeting, and exchanged only a handshake at a Mercosur summit last year. Tello invited Soto to the summit of the Pacific Alliance in Lima in August.",
    );
    expect(found.map((m) => [m.kind, m.status, m.date, m.countries.join("+")])).toEqual([
      ["conference", "held", "2023", "PER+CHL"],
      ["conference", "proposed", "2024-08", "PER+CHL"],
    ]);
  });
  it("gives a trip in a coordinated clause (', and also travelled to') the subject before it", () => {
    const found = meetings(
      "Chilean President Jorge Soto had visited Lima in April, and also travelled to Bolivia the same week.",
    );
    expect(found.map((m) => [m.kind, m.countries.join("+"), m.participants.join()])).toEqual([
      ["visit", "CHL+PER", "Jorge Soto"],
      ["visit", "CHL+BOL", "Jorge Soto"],
    ]);
  });
  it("adds no one from 'the two governments said' to a meeting of people named", () => {
    const found = meetings(
      `Peruvian President Rosa Tello visited Bolivia in April. ${PERU} will meet ${CHILE} in Lima next month, the two governments said.`,
    );
    expect(found.at(-1)).toMatchObject({
      countries: ["PER", "CHL"],
      participants: ["Ana Ruiz", "Tomas Vidal"],
    });
  });
  it("reads leaving for a country as a trip to it", () => {
    const found = meetings(
      `${PERU} met ${CHILE} in Lima on Monday. Vidal is due to leave for Bolivia on Friday.`,
    );
    expect(found.at(-1)).toMatchObject({
      kind: "visit",
      status: "planned",
      date: "2024-05-10",
      countries: ["CHL", "BOL"],
    });
  });
  it("reads 'spoke with' an official as a call, unless told in person", () => {
    expect(meetings(`${PERU} spoke with ${CHILE} on Monday.`).map((m) => m.kind)).toEqual(["call"]);
    expect(
      meetings(`${PERU} spoke with ${CHILE} on Monday on the sidelines of a forum in Quito.`).map(
        (m) => m.kind,
      ),
    ).not.toContain("call");
  });
  it("keeps a meeting put off as proposed, dated by the date it will now take place, with its EU host", () => {
    const found = meetings(
      'The EU has put off a planned meeting in Brussels between Peruvian President Rosa Tello, a former judge, and Chilean President Jorge Soto. The meeting, which EU foreign policy chief Josep Borrell had hoped to host at the end of May, will now take place "in July at the earliest", an EU official said.',
    );
    expect(found).toEqual([
      {
        kind: "summit",
        status: "proposed",
        date: "2024-07",
        countries: ["PER", "CHL"],
        participants: ["Rosa Tello", "Jorge Soto", "Josep Borrell"],
      },
    ]);
  });
  it("infers the meeting of a lead told beside a trip, gives it the joint statement, and reads 'will fly to'", () => {
    const found = meetings(
      "Peruvian President Rosa Tello and Chilean President Jorge Soto agreed on Monday to reopen the border, as Tello made her first trip to Chile. In a joint statement, the leaders pledged to expand trade. Tello will fly to Bolivia on Friday.",
    );
    expect(found.map((m) => [m.kind, m.status, m.countries.join("+"), m.jointStatement])).toEqual([
      ["summit", "held", "PER+CHL", true],
      ["visit", "held", "PER+CHL", true],
      ["visit", "planned", "PER+BOL", undefined],
    ]);
  });
  it("gives a joint statement told after ministers' side talks to the leaders' talks of that day", () => {
    const found = meetings(
      "Peruvian President Rosa Tello arrived in Lima on Sunday for a state visit and held talks with Chilean President Jorge Soto on Monday. Earlier on Monday, Chilean Foreign Minister Tomas Vidal met Peruvian Foreign Minister Ana Ruiz. In a joint statement issued at the conclusion of the talks, the two sides pledged to expand trade.",
    );
    expect(found.map((m) => [m.kind, m.participants.length, m.jointStatement])).toEqual([
      ["visit", 2, true],
      ["summit", 2, true],
      ["meeting", 2, undefined],
    ]);
  });
  it("keeps a statement the ministers issue theirs, and shares none with talks days after a visit", () => {
    const ministers = meetings(
      "Peruvian President Rosa Tello held talks with Chilean President Jorge Soto in Lima on Monday. Chilean Foreign Minister Tomas Vidal also met Peruvian Foreign Minister Ana Ruiz on Monday. In a joint statement, the two ministers pledged to expand trade.",
    );
    expect(ministers.map((m) => [m.kind, m.jointStatement])).toEqual([
      ["summit", undefined],
      ["meeting", true],
    ]);
    const later = meetings(
      "Peruvian President Rosa Tello visited Chile on 20 April. Tello and Chilean President Jorge Soto met again in Lima on Monday and issued a joint statement on trade.",
    );
    expect(later.map((m) => [m.kind, m.date, m.jointStatement])).toEqual([
      ["visit", "2024-04-20", undefined],
      ["summit", "2024-05-06", true],
    ]);
  });
  it("dates undated talks on a trip told in the past, and the trip onward from it, by the trip", () => {
    const found = meetings(
      `${CHILE} gave an interview on Monday. When Vidal landed in Lima in March, relations were strained. He met ${PERU}, and the two agreed on a roadmap. From Lima he flew to Quito, where he met Ecuadorian Foreign Minister Gabriela Sommerfeld.`,
    );
    expect(found.map((m) => [m.kind, m.date, m.countries.join("+")])).toEqual([
      ["interview", "2024-05-06", "CHL"],
      ["visit", "2024-03", "CHL+PER"],
      ["meeting", "2024-03", "CHL+PER"],
      ["visit", "2024-03", "CHL+ECU"],
      ["meeting", "2024-03", "CHL+ECU"],
    ]);
  });
  it("reads a summit held by video as one call, and a statement it did not issue as its own", () => {
    const found = meetings(
      "Peruvian President Rosa Tello and Chilean President Jorge Soto held a summit by video conference on Monday and agreed to meet in Lima next year. The leaders did not issue a joint declaration.",
    );
    expect(found.map((m) => [m.kind, m.status, m.jointStatement])).toEqual([
      ["call", "held", false],
      ["summit", "planned", undefined],
    ]);
  });
  it("gives a statement the three presidents issued to the latest event of three states", () => {
    const found = meetings(
      "Peruvian President Rosa Tello, Chilean President Jorge Soto and Bolivian President Rodrigo Paz met in Lima on Monday. Tello and Soto also held talks on Monday. The two leaders will meet again in Santiago in 2025. The three presidents have issued a joint statement.",
    );
    expect(found.map((m) => [m.countries.length, m.status, m.jointStatement])).toEqual([
      [3, "held", true],
      [2, "held", undefined],
      [2, "planned", undefined],
    ]);
  });
  it("reads talks that are a trip's purpose as planned when the trip's day is still to come", () => {
    const found = meetings(
      "Chilean President Jorge Soto heads to Lima on Friday for talks with Peruvian President Rosa Tello.",
    );
    expect(found.map((m) => [m.kind, m.status, m.date])).toEqual([
      ["visit", "planned", "2024-05-10"],
      ["summit", "planned", "2024-05-10"],
    ]);
  });
  it("leaves a date that ends the verb phrase before 'and' to that phrase, when the event has its own", () => {
    const found = meetings(
      "Peruvian President Rosa Tello spoke on Monday. Tello, who held a summit with Chilean President Jorge Soto in Lima last autumn and visited Quito in January, stressed cooperation.",
    );
    expect(found.map((m) => [m.kind, m.date, m.countries.join("+")])).toEqual([
      ["summit", "2023", "PER+CHL"],
      ["visit", "2024-01", "PER+ECU"],
    ]);
  });
  it("reads a bare 'the two' before 'had' as the pair told, and a joint statement that 'would have' been as none", () => {
    const found = meetings(
      `${PERU} met ${CHILE} in Lima on Monday. The two had already spoken by phone last month. "A joint statement would have forced one side to give ground," an analyst said.`,
    );
    expect(found.map((m) => [m.kind, m.participants.length, m.jointStatement])).toEqual([
      ["meeting", 2, undefined],
      ["call", 2, undefined],
    ]);
  });
  it("does not infer a meeting from the act of a trip told before it", () => {
    const found = meetings(
      "Chilean President Jorge Soto traveled to Lima on Monday, where he and Peruvian President Rosa Tello signed a treaty.",
    );
    expect(found.map((m) => m.kind)).toEqual(["visit"]);
  });
  it("reads a bilateral council's next meeting as the next of the event told", () => {
    const found = meetings(
      "Peruvian President Rosa Tello and Chilean President Jorge Soto co-chaired a meeting of their joint council in Lima on Monday. The council's next meeting will be held in Santiago in 2025.",
    );
    expect(found.map((m) => [m.kind, m.status, m.date, m.countries.join("+")])).toEqual([
      ["summit", "held", "2024-05-06", "PER+CHL"],
      ["summit", "planned", "2025", "PER+CHL"],
    ]);
  });
  it("adds the host of a ceremony to the meeting a lead implies", () => {
    const found = meetings(
      "Peruvian President Rosa Tello and Chilean President Jorge Soto signed a treaty on Monday in a ceremony hosted by Bolivian President Luis Arce.",
    );
    expect(found.map((m) => [m.countries.join("+"), m.participants.length])).toEqual([
      ["PER+CHL+BOL", 3],
    ]);
  });
  it("tells apart an event 'a day after' another, dated the day before", () => {
    const found = meetings(
      `${PERU} met ${CHILE} on Tuesday, a day after the foreign ministers of the Quad countries met in Washington.`,
    );
    expect(found.map((m) => [m.date, m.countries.length])).toEqual([
      ["2024-05-07", 2],
      ["2024-05-06", 4],
    ]);
  });
  it("reads a joint trip to meet someone as held, with every traveller, and its later mention as the same trip", () => {
    const found = meetings(
      "Peruvian President Rosa Tello and Chilean President Jorge Soto travelled to La Paz on Saturday to meet Bolivian President Luis Arce, in the first joint visit of the two leaders to Bolivia. The leaders held a call with Ecuadorian President Daniel Noboa from La Paz.",
    );
    expect(found.map((m) => [m.kind, m.status, m.countries.join("+")])).toEqual([
      ["visit", "held", "PER+CHL+BOL"],
      ["summit", "held", "PER+CHL+BOL"],
      ["call", "held", "ECU+PER+CHL+BOL"],
    ]);
  });
  it("reads 'spoke today with' as a call and 'ready for direct talks' as proposed", () => {
    expect(meetings(`${PERU} spoke today with ${CHILE}.`).map((m) => [m.kind, m.status])).toEqual([
      ["call", "held"],
    ]);
    expect(
      meetings(`${PERU} said Peru was ready for direct talks with Chile.`).map((m) => m.status),
    ).toEqual(["proposed"]);
  });
  it("reads 'his first visit to X' as the trip told, and dates no bilateral summit by a body's", () => {
    const found = meetings(
      "Peruvian President Rosa Tello will pay an official visit to Chile from May 20 to 21. Tello and Chilean President Jorge Soto will hold their annual summit in Santiago. From Chile, Tello will travel to Brasilia for the summit of the Amazon Cooperation Treaty Organization on May 23, her first visit to Brazil in six years.",
    );
    expect(found.map((m) => [m.kind, m.status, m.date, m.countries.join("+")])).toEqual([
      ["visit", "planned", "2024-05-20", "PER+CHL"],
      ["summit", "planned", "2024-05-20", "PER+CHL"],
      ["visit", "planned", "2024-05-23", "PER+BRA"],
    ]);
  });
  it("gives talks referred to their host and the leaders of the delegations, and a summit that 'could only take place' is proposed", () => {
    const found = meetings(
      "Peruvian and Chilean delegations held talks in La Paz on Monday. The talks, hosted by Bolivian Foreign Minister Celinda Sosa, lasted an hour. The delegations, led by Peruvian Foreign Minister Ana Ruiz and Chilean Foreign Minister Tomas Vidal, agreed to exchange prisoners. A summit could only take place once the two sides had reached agreements, Ruiz said.",
    );
    expect(found[0]).toMatchObject({
      status: "held",
      countries: ["PER", "CHL", "BOL"],
      participants: ["Celinda Sosa", "Ana Ruiz", "Tomas Vidal"],
    });
    expect(found.find((m) => m.kind === "summit")?.status).toBe("proposed");
  });
  it("sends a state visit told with no place to the state of an all-capitals dateline; 'the two presidents' are not its one visitor", () => {
    const analysis = analyzeBody(
      "LIMA, May 7 (Andes Report) - Peruvian President Rosa Tello hosted Chilean President Jorge Soto on Monday. Soto, who is on a three-day state visit, addressed parliament on Tuesday. The two presidents last met in January.",
    );
    expect(analysis.homeCountry).toBe("PER");
    const found = findMeetings(analysis).meetings;
    expect(found.map((m) => [m.kind, m.countries.join("+"), m.participants.length])).toEqual([
      ["summit", "PER+CHL", 2],
      ["visit", "CHL+PER", 1],
      ["summit", "PER+CHL", 2],
    ]);
  });
  it("sends a state visit told with no place to the other leader's state before the dateline's", () => {
    const analysis = analyzeBody(
      "SINGAPORE, May 7 (Causeway) - President Donald Trump is due in Beijing in June for talks with Xi Jinping, his first trip to China since a state visit in November 2017.",
    );
    expect(analysis.homeCountry).toBe("SGP");
    const found = findMeetings(analysis).meetings.filter((m) => m.status === "held");
    expect(found.map((m) => [m.kind, m.date, m.countries.join("+")])).toEqual([
      ["visit", "2017-11", "USA+CHN"],
    ]);
  });
  it("reads 'would speak by telephone' as a call, and 'Since' opening a sentence as no part of a name", () => {
    expect(
      meetings(
        "South Korean President Lee Jae-myung and Japanese Prime Minister Sanae Takaichi met in January. Since Takaichi told parliament in March that an attack on Taiwan could threaten Japan, ties have frozen. Officials in Seoul said Lee and Takaichi would speak by telephone next week.",
      ).map((m) => [m.kind, m.status, m.countries.join("+"), m.participants.join(", ")]),
    ).toEqual([
      ["summit", "held", "KOR+JPN", "Lee Jae-myung, Sanae Takaichi"],
      ["call", "planned", "KOR+JPN", "Lee Jae-myung, Sanae Takaichi"],
    ]);
  });
  it("dates 'It was Modi's first visit to China' by the event told just before", () => {
    expect(
      meetings(
        "The first took place in Tianjin in March, when Prime Minister Narendra Modi and President Xi Jinping met on the sidelines of a summit. It was Modi's first visit to China in seven years.",
      ).map((m) => [m.kind, m.date, m.countries.join("+")]),
    ).toEqual([
      ["summit", "2024-03", "IND+CHN"],
      ["visit", "2024-03", "IND+CHN"],
    ]);
  });
  it("takes 'promoting peace talks' for no meeting", () => {
    expect(
      meetings(
        `${PERU} met ${CHILE} on Monday. Both sides agreed to continue to play a constructive role in promoting peace talks.`,
      ).length,
    ).toBe(1);
  });
  it("reads 'called on President X' as a courtesy call, not 'called on X to' act; 'the two ministers' skip a call on a head", () => {
    const found = meetings(
      `${PERU} met ${CHILE} in Lima on Monday. Vidal also called on Peruvian President Rosa Tello. The two ministers will meet again in Santiago next year.`,
    );
    expect(found.map((m) => [m.kind, m.status, m.participants.join()])).toEqual([
      ["meeting", "held", "Ana Ruiz,Tomas Vidal"],
      ["meeting", "held", "Tomas Vidal,Rosa Tello"],
      ["meeting", "planned", "Ana Ruiz,Tomas Vidal"],
    ]);
    expect(
      meetings(
        `${PERU} met ${CHILE} on Monday. Vidal called on Peruvian President Rosa Tello to act.`,
      ),
    ).toHaveLength(1);
  });
  it("takes an arrival in a city the lexicon lacks for a trip to the dateline's state, held, and as one trip with the visit", () => {
    const analysis = analyzeBody(
      "LIMA, May 7 (Andes Report) - Peruvian President Rosa Tello and Chilean President Jorge Soto agreed on Monday to reopen the border, during the first visit by a Chilean president to Peru in seven years. Soto, who arrived in Arequipa on Saturday, will travel to Cusco on Tuesday before flying to Bolivia.",
    );
    const found = findMeetings(analysis).meetings;
    expect(found.map((m) => [m.kind, m.status, m.date, m.countries.join("+")])).toEqual([
      ["summit", "held", "2024-05-06", "PER+CHL"],
      ["visit", "held", "2024-05-04", "CHL+PER"],
      ["visit", "planned", undefined, "CHL+BOL"],
    ]);
  });
  it("keeps the meeting a lead implies when another official of a side met the guest that day", () => {
    const found = meetings(
      "Peruvian President Rosa Tello and Chilean President Jorge Soto signed a trade agreement on Monday. Soto also met Peruvian Foreign Minister Ana Ruiz on Monday.",
    );
    expect(found.map((m) => m.participants.join())).toEqual([
      "Rosa Tello,Jorge Soto",
      "Jorge Soto,Ana Ruiz",
    ]);
  });
});

describe("findMeetings: a body's gathering and who was there", () => {
  it("takes a body's leaders' meeting as a conference of everyone told at it", () => {
    expect(
      meetings(
        "Leaders of the Southern African Development Community met in Gaborone on Saturday for an extraordinary summit. Botswana's President Duma Boko, the host, opened the one-day meeting. Among those around the table were South African President Cyril Ramaphosa and Zimbabwe's Emmerson Mnangagwa. On the sidelines, Ramaphosa and Mozambique's President Daniel Chapo held talks. Namibian President Netumbo Nandi-Ndaitwah did not attend the summit.",
      ).map((m) => [m.kind, m.date, m.countries.join("+"), m.participants.length]),
    ).toEqual([
      ["conference", "2024-05-04", "BWA+ZAF+ZWE+MOZ", 4],
      ["summit", "2024-05-04", "ZAF+MOZ", 2],
    ]);
  });
  it("names a gathering by its leaders' meeting and counts a same-day bilateral as on its margins", () => {
    expect(
      meetings(
        "King Charles III opened the Commonwealth Heads of Government Meeting in Kigali on Monday. Later on Monday, Australian Prime Minister Anthony Albanese and Jamaican Prime Minister Andrew Holness held a bilateral meeting over lunch.",
      ).map((m) => [m.kind, m.countries.join("+")]),
    ).toEqual([
      ["conference", "GBR+AUS+JAM"],
      ["summit", "AUS+JAM"],
    ]);
  });
  it("counts who sat around the table, states that sent ministers and who represented a state", () => {
    expect(
      meetings(
        "Indian Prime Minister Narendra Modi opened the APEC Economic Leaders' Meeting in Gandhinagar on Friday. Around the table were Fiji's Prime Minister Sitiveni Rabuka and Vanuatu's Prime Minister Jotham Napat. Samoa and Tonga sent ministers. Papua New Guinea's Prime Minister, James Marape, stayed in Port Moresby, and his country was represented by Deputy Prime Minister John Rosso.",
      ).map((m) => [m.kind, m.countries.join("+"), m.participants.join(", ")]),
    ).toEqual([
      [
        "conference",
        "IND+FJI+VUT+WSM+TON+PNG",
        "Narendra Modi, Sitiveni Rabuka, Jotham Napat, John Rosso",
      ],
    ]);
  });
  it("refers 'the APEC meeting' back to the gathering, so that 'a day after' counts from it", () => {
    expect(
      meetings(
        "South Korean President Lee Jae-myung opened the APEC Economic Leaders' Meeting in Gyeongju on Friday. Japanese Prime Minister Sanae Takaichi was among the leaders present. The APEC meeting opened a day after U.S. President Donald Trump and Chinese President Xi Jinping held talks in Busan.",
      ).map((m) => [m.kind, m.date, m.countries.join("+")]),
    ).toEqual([
      ["conference", "2024-05-03", "KOR+JPN"],
      ["summit", "2024-05-02", "USA+CHN"],
    ]);
  });
});
