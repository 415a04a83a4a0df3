import { type RecordInput } from "../../src/domain/record.js";
import { addDays, type SyntheticMeeting } from "./meetings.js";
import { type Prng } from "./prng.js";
import { type World, type WorldLeader } from "./world.js";

const PUBLISHERS = [
  "Global Wire",
  "The Ledger",
  "Capital Post",
  "Daily Courier",
  "World Desk",
].concat(["Evening Herald", "Policy Review", "Harbor Times", "Northern Star", "Meridian News"]);

/** Text assembled sentence by sentence, with each sentence's id and character range. */
class TextBuilder {
  text = "";
  sentences: { id: string; start: number; end: number }[] = [];

  /** Appends a sentence and returns its id; `mark` gives the range of a part of it. */
  add(sentence: string, mark?: string): { id: string; markStart: number; markEnd: number } {
    if (this.text.length > 0) this.text += " ";
    const start = this.text.length;
    this.text += sentence;
    const id = `s${this.sentences.length}`;
    this.sentences.push({ id, start, end: this.text.length });
    const at = mark === undefined ? -1 : sentence.indexOf(mark);
    return { id, markStart: start + at, markEnd: start + at + (mark?.length ?? 0) };
  }
}

/**
 * Writes one article record that reports the given meetings (1-3), with their
 * participants' offices, positions and quotes. `serial` makes the text unique.
 */
export function writeArticle(args: {
  world: World;
  prng: Prng;
  seed: number;
  serial: number;
  meetings: SyntheticMeeting[];
  /** A second report of meetings already reported: their basic facts only. */
  brief: boolean;
}): RecordInput {
  const { world, prng, seed, serial, meetings, brief } = args;
  const names = new Map(world.countries.map((c) => [c.code, c.name]));
  const text = new TextBuilder();
  text.add(`Report ${seed}-${serial} from the diplomatic desk.`);
  const persons = new Map<string, { leader: WorldLeader; evidence: string }>();
  const codes = new Set<string>();
  const record = {
    meetings: [] as NonNullable<RecordInput["meetings"]>,
    positions: [] as NonNullable<RecordInput["positions"]>,
    quotes: [] as NonNullable<RecordInput["quotes"]>,
  };
  meetings.forEach((meeting, m) => {
    const who = meeting.participants
      .map((p) => `${p.title} ${p.name} of ${names.get(p.countryCode)}`)
      .join(", ");
    const where = names.get(meeting.countries[0] ?? "") ?? "";
    const { id: sentence } = text.add(`On ${meeting.date}, ${who} held a ${meeting.kind}.`);
    meeting.countries.forEach((c) => codes.add(c));
    for (const p of meeting.participants)
      persons.set(personId(p), { leader: p, evidence: sentence });
    record.meetings.push({
      id: `m${m}`,
      kind: meeting.kind,
      status: "held",
      date: meeting.date,
      datePrecision: "day",
      title: `${meeting.kind} in ${where}`,
      location: where,
      countries: meeting.countries,
      participants: meeting.participants.map((p, i) => ({
        person: personId(p),
        ...(meeting.countries.length === 2 ? { role: i === 0 ? "host" : "guest" } : {}),
      })),
      evidence: [sentence],
    });
    if (brief) return;
    writePositions({ text, meeting, m, record, names, persons, codes });
    if (meeting.quote) {
      const { speaker, text: words } = meeting.quote;
      const said = text.add(`"${words}," ${speaker.name} said.`, words);
      persons.set(personId(speaker), { leader: speaker, evidence: said.id });
      record.quotes.push({
        id: `q${record.quotes.length}`,
        text: words,
        speaker: personId(speaker),
        meeting: `m${m}`,
        start: said.markStart,
        end: said.markEnd,
        evidence: [said.id],
      });
    }
  });
  const lastDate = meetings.at(-1)?.date ?? "2000-01-01";
  return {
    version: 1,
    article: {
      url: `https://news.example/${seed}/${serial}`,
      title: `Report ${serial}`,
      publisher: prng.pick(PUBLISHERS),
      publishedAt: addDays(lastDate, prng.int(0, 2) + (brief ? 1 : 0)),
      text: text.text,
    },
    sentences: text.sentences,
    countries: [...codes].map((code) => ({ id: code, code, name: names.get(code) ?? code })),
    persons: [...persons.values()].map(({ leader, evidence }) => ({
      id: personId(leader),
      name: leader.name,
      offices: [
        {
          title: leader.title,
          country: leader.countryCode,
          from: String(leader.from),
          to: String(leader.to),
          evidence: [evidence],
        },
      ],
    })),
    ...record,
  };
}

function writePositions(args: {
  text: TextBuilder;
  meeting: SyntheticMeeting;
  m: number;
  record: { positions: NonNullable<RecordInput["positions"]> };
  names: Map<string, string>;
  persons: Map<string, { leader: WorldLeader; evidence: string }>;
  codes: Set<string>;
}): void {
  const { text, meeting, m, record, names, persons, codes } = args;
  for (const position of meeting.positions) {
    const holders = position.holders.map((h) => names.get(h) ?? h).join(" and ");
    const topic = `${position.topic.kind} (${position.topic.args.join(", ")})`;
    const { id } = text.add(
      `${holders} stated ${position.stance} on ${topic}, ${position.speaker.name} said.`,
    );
    position.holders.forEach((h) => codes.add(h));
    if (!persons.has(personId(position.speaker)))
      persons.set(personId(position.speaker), { leader: position.speaker, evidence: id });
    record.positions.push({
      id: `p${record.positions.length}`,
      stance: position.stance,
      topic: { kind: position.topic.kind, args: position.topic.args },
      holders: position.holders,
      speakers: [personId(position.speaker)],
      meeting: `m${m}`,
      evidence: [id],
    });
  }
}

/** A record-local person id: the leader's name in lower case with dashes. */
function personId(leader: WorldLeader): string {
  return leader.name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
}
