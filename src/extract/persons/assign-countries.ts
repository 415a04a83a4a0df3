import { TITLE_STATES } from "../data/titles.js";
import { isLeaderRole } from "../gazetteer/officials.js";
import { statesByMentions } from "../analysis-view.js";
import { type PlaceMention } from "../mentions/find-places.js";
import { type PersonEntity } from "./person-entity.js";

/**
 * Gives officials whose country the text never states ("Foreign Minister X",
 * "President Y") the most likely one: the state of a title only one state has, else the
 * dateline's state, else the state the article names most often among those without an
 * official of that rank yet.
 */
export function assignMissingCountries(args: {
  entities: PersonEntity[];
  places: readonly PlaceMention[];
  homeCountry?: string;
}): void {
  const ranked = statesByMentions(args.places);
  for (const entity of args.entities) {
    if (entity.country || entity.nonOfficial || !entity.role) continue;
    const titled = entity.title ? TITLE_STATES[entity.title] : undefined;
    if (titled) {
      entity.country = titled;
      continue;
    }
    const taken = new Set(
      args.entities
        .filter((e) => e !== entity && e.country && sameRank(e, entity))
        .map((e) => e.country ?? ""),
    );
    const home = args.homeCountry && !taken.has(args.homeCountry) ? args.homeCountry : undefined;
    const country = home ?? ranked.find((code) => !taken.has(code));
    if (country) entity.country = country;
  }
}

function sameRank(a: PersonEntity, b: PersonEntity): boolean {
  if (a.role === undefined || b.role === undefined) return false;
  // A crown prince serves beside the king or emir of his state.
  if ((a.title === "Crown Prince") !== (b.title === "Crown Prince")) return false;
  return a.role === b.role || (isLeaderRole(a.role) && isLeaderRole(b.role));
}
