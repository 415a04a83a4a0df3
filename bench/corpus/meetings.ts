import { type MeetingKind, type Stance } from "../../src/domain/vocabulary.js";
import { type Prng, WeightedPicker } from "./prng.js";
import { FIRST_YEAR, LAST_YEAR, type World, type WorldLeader, type WorldTopic } from "./world.js";

/** One synthetic meeting, before it is written into articles. */
export interface SyntheticMeeting {
  kind: MeetingKind;
  /** ISO day. */
  date: string;
  /** Codes; the first one hosts. */
  countries: string[];
  participants: WorldLeader[];
  positions: SyntheticPosition[];
  quote: { speaker: WorldLeader; text: string } | null;
}

export interface SyntheticPosition {
  stance: Stance;
  topic: WorldTopic;
  holders: string[];
  speaker: WorldLeader;
}

/** Activity rises over time: the last year has four times the meetings of the first. */
export function meetingsPerYear(total: number): Map<number, number> {
  const years = LAST_YEAR - FIRST_YEAR + 1;
  const weights = Array.from({ length: years }, (_, i) => 1 + (3 * i) / (years - 1));
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = new Map<number, number>();
  let assigned = 0;
  weights.forEach((w, i) => {
    const n = i === years - 1 ? total - assigned : Math.round((total * w) / sum);
    counts.set(FIRST_YEAR + i, n);
    assigned += n;
  });
  return counts;
}

const STANCE_PICKER = new WeightedPicker([0.6, 0.15, 0.25]);
const STANCES: Stance[] = ["support", "oppose", "concern"];
const BILATERAL_KINDS: MeetingKind[] = ["meeting", "meeting", "visit", "call", "call", "summit"];
const PHRASES = ["a new chapter", "lasting progress", "real trust", "a common path", "a fair deal"];

/** Draws the meetings of one year in date order; no two share kind, states and day. */
export function generateYearMeetings(args: {
  world: World;
  prng: Prng;
  year: number;
  count: number;
}): SyntheticMeeting[] {
  const { world, prng, year, count } = args;
  const countryPicker = new WeightedPicker(world.countries.map((c) => c.weight));
  const topicPicker = new WeightedPicker(world.topics.map((_, i) => 1 / (i + 1)));
  const taken = new Set<string>();
  const meetings: SyntheticMeeting[] = [];
  while (meetings.length < count) {
    const countries = drawCountries(prng, countryPicker, world);
    const kind = drawKind(prng, countries.length);
    const date = dayOfYear(year, prng.int(0, daysIn(year) - 1));
    const key = `${kind}|${[...countries].sort().join(",")}|${date}`;
    if (taken.has(key)) continue;
    taken.add(key);
    const participants = countries.map((code) => world.leaderOf(code, year));
    meetings.push({
      kind,
      date,
      countries,
      participants,
      positions: drawPositions({ prng, participants, topicPicker, world }),
      quote: prng.chance(0.3) ? drawQuote(prng, participants, date) : null,
    });
  }
  return meetings.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Most meetings are bilateral; some have 3-6 states; a few are conferences of 10-40. */
function drawCountries(prng: Prng, picker: WeightedPicker, world: World): string[] {
  const r = prng.next();
  const size = r < 0.82 ? 2 : r < 0.96 ? prng.int(3, 6) : prng.int(10, 40);
  const chosen = new Set<number>();
  while (chosen.size < size) chosen.add(picker.draw(prng));
  return [...chosen].map((i) => world.countries[i]?.code ?? "");
}

function drawKind(prng: Prng, states: number): MeetingKind {
  if (states === 2) return prng.pick(BILATERAL_KINDS);
  if (states <= 6) return prng.chance(0.6) ? "summit" : "meeting";
  return prng.chance(0.7) ? "conference" : "summit";
}

function drawPositions(args: {
  prng: Prng;
  participants: WorldLeader[];
  topicPicker: WeightedPicker;
  world: World;
}): SyntheticPosition[] {
  const { prng, participants, topicPicker, world } = args;
  const r = prng.next();
  const n = r < 0.35 ? 0 : r < 0.75 ? 1 : 2;
  const positions: SyntheticPosition[] = [];
  for (let i = 0; i < n; i += 1) {
    const speaker = prng.pick(participants);
    const other = prng.pick(participants);
    const holders =
      prng.chance(0.15) && other !== speaker
        ? [speaker.countryCode, other.countryCode]
        : [speaker.countryCode];
    const topic = world.topics[topicPicker.draw(prng)] ?? world.topics[0];
    const stance = STANCES[STANCE_PICKER.draw(prng)] ?? "support";
    if (!topic) continue;
    // One statement per stance, topic and holders at a meeting (the graph merges repeats).
    if (positions.some((p) => p.topic === topic && p.holders.join() === holders.join())) continue;
    positions.push({ stance, topic, holders, speaker });
  }
  return positions;
}

function drawQuote(
  prng: Prng,
  participants: WorldLeader[],
  date: string,
): SyntheticMeeting["quote"] {
  const speaker = prng.pick(participants);
  const text = `The talks of ${date} opened ${prng.pick(PHRASES)} for our peoples`;
  return { speaker, text };
}

function daysIn(year: number): number {
  return (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000;
}

function dayOfYear(year: number, offset: number): string {
  return new Date(Date.UTC(year, 0, 1 + offset)).toISOString().slice(0, 10);
}

/** An ISO day plus some days. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split("-").map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10);
}
