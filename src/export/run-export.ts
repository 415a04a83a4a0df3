import { type GraphExecutor } from "../graph/executor.js";
import { type ExportParams } from "./export-filter.js";
import { type ExportItem, type ExportWriter } from "./export-rows.js";
import { readExport } from "./read-export.js";
import { FirstSeen, referencesOf } from "./references.js";

/** What an export wrote: facts, and distinct reference entities. */
export interface ExportCounts {
  meetings: number;
  participants: number;
  positions: number;
  quotes: number;
  countries: number;
  leaders: number;
  topics: number;
  articles: number;
}

/**
 * Reads what the filter selects and hands each item to the writer as it arrives; the
 * writer is closed (its output flushed) before the counts are returned, and on failure
 * too, so that no file handle stays open.
 */
export async function runExport(args: {
  executor: GraphExecutor;
  params: ExportParams;
  writer: ExportWriter;
}): Promise<ExportCounts> {
  const tally = new Tally();
  try {
    for await (const item of readExport(args.executor, args.params)) {
      tally.add(item);
      await args.writer.write(item);
    }
  } catch (error) {
    // The read's failure is the one to report, not a second one from closing.
    await args.writer.close().catch(() => undefined);
    throw error;
  }
  await args.writer.close();
  return tally.counts();
}

class Tally {
  #facts = { meetings: 0, participants: 0, positions: 0, quotes: 0 };
  #seen = {
    countries: new FirstSeen(),
    leaders: new FirstSeen(),
    topics: new FirstSeen(),
    articles: new FirstSeen(),
  };

  add(item: ExportItem): void {
    if (item.type === "meeting") {
      this.#facts.meetings += 1;
      this.#facts.participants += item.meeting.participants.length;
      this.#facts.positions += item.meeting.positions.length;
      this.#facts.quotes += item.meeting.quotes.length;
    } else if (item.type === "position") this.#facts.positions += 1;
    else this.#facts.quotes += 1;
    const refs = referencesOf(item);
    refs.countries.forEach((c) => this.#seen.countries.take(c.code));
    refs.people.forEach((p) => this.#seen.leaders.take(p.id));
    refs.topics.forEach((t) => this.#seen.topics.take(t.key));
    refs.articles.forEach((a) => this.#seen.articles.take(a.id));
  }

  counts(): ExportCounts {
    return {
      ...this.#facts,
      countries: this.#seen.countries.size,
      leaders: this.#seen.leaders.size,
      topics: this.#seen.topics.size,
      articles: this.#seen.articles.size,
    };
  }
}
