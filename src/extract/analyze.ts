import { loadGazetteer } from "./gazetteer/officials.js";
import { type Layout, parseLayout } from "./layout/parse-layout.js";
import { findPlaces, type PlaceMention } from "./mentions/find-places.js";
import { resolveShortNames } from "./mentions/short-names.js";
import { assignMissingCountries } from "./persons/assign-countries.js";
import { buildEntities } from "./persons/build-entities.js";
import { discoverPersons } from "./persons/discover-persons.js";
import { type PersonEntity } from "./persons/person-entity.js";
import { type PersonMention, resolveMentions } from "./persons/resolve-mentions.js";
import { findQuoteSpans, type QuoteSpan } from "./quotes/find-quote-spans.js";
import { type Sentence, splitSentences } from "./text/split-sentences.js";
import { lowerCase } from "./text/letter-case.js";

/** What the early stages know of an article: its body, sentences, places and people. */
export interface Analysis {
  text: string;
  layout: Layout;
  publishedAt: string;
  sentences: Sentence[];
  places: PlaceMention[][];
  quotes: QuoteSpan[];
  entities: PersonEntity[];
  mentions: PersonMention[];
  /** The state of the dateline's place ("NAIROBI, Nov 4 -"): where the article is filed from. */
  homeCountry?: string;
}

/**
 * Runs the stages that every later one needs: layout, sentences, places, quotation
 * spans, people and their mentions. `publishedAt` is the reference for dates.
 */
export function analyzeArticle(text: string, publishedAt: string | undefined): Analysis {
  const layout = parseLayout(text);
  const day = publishedAt ?? layout.publishedAt ?? "1970-01-01";
  const found = splitSentences(text, layout.paragraphs);
  // The record needs one sentence at least: a text of furniture only is one sentence.
  const sentences = found.length > 0 ? found : wholeText(text);
  const places = resolveShortNames(sentences.map((s) => findPlaces(s.text, s.start)));
  const placesOf = (s: Sentence): readonly PlaceMention[] => places[s.index] ?? [];
  const quotes = findQuoteSpans(text, layout.paragraphs);
  const bodyStart = layout.paragraphs[0]?.start ?? 0;
  const bodyEnd = layout.paragraphs.at(-1)?.end ?? text.length;
  const entities = buildEntities({
    candidates: discoverPersons(sentences, placesOf),
    gazetteer: loadGazetteer(),
    body: text.slice(bodyStart, bodyEnd),
    bodyStart,
    day,
    statesNamed: new Set(places.flat().flatMap((p) => (p.codes.length === 1 ? p.codes : []))),
  });
  const homeCountry = layout.dateline
    ? datelineState(layout.dateline.place)
    : mastheadState(text.slice(0, bodyStart));
  assignMissingCountries({
    entities,
    places: places.flat(),
    ...(homeCountry ? { homeCountry } : {}),
  });
  const mentions = resolveMentions({ sentences, entities, quotes, placesOf });
  return {
    text,
    layout,
    publishedAt: day,
    sentences,
    places,
    quotes,
    entities,
    mentions,
    ...(homeCountry ? { homeCountry } : {}),
  };
}

// Datelines are often in capitals ("NAIROBI", "WOODSIDE, California"); the place lexicon
// knows "Nairobi".
function datelineState(place: string): string | undefined {
  const titled = place.replace(/\p{Lu}{2,}/gu, (word) => word[0] + lowerCase(word.slice(1)));
  return findPlaces(titled)[0]?.codes[0];
}

// "REPUBLIC OF TÜRKİYE / MINISTRY OF FOREIGN AFFAIRS", "PRESS SERVICE OF THE PRESIDENT OF THE
// REPUBLIC OF UZBEKISTAN": a government's own release, whose officials are its state's.
const GOVERNMENT_MASTHEAD =
  /\b(?:ministry of (?:foreign|external) affairs|foreign ministry|press service|(?:office|administration) of the (?:president|prime minister)|presidential (?:office|administration|press service))\b/i;

/** The state whose government publishes the article, read from the masthead above its body. */
function mastheadState(header: string): string | undefined {
  const top = header.split("\n").slice(0, 4).join("\n");
  if (!GOVERNMENT_MASTHEAD.test(top)) return undefined;
  return datelineState(top);
}

function wholeText(text: string): Sentence[] {
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  return end > start ? [{ index: 0, paragraph: 0, start, end, text: text.slice(start, end) }] : [];
}
