import { type OfficeRole } from "../gazetteer/officials.js";

/** A person found by a discovery rule, before candidates are merged into entities. */
export interface PersonCandidate {
  name: string;
  start: number;
  end: number;
  title?: string;
  role?: OfficeRole;
  /** The state named beside the title ("Japanese Prime Minister", "Minister of Japan"). */
  country?: string;
  /** A spokesperson, analyst, journalist: quotable, but not a leader. */
  nonOfficial?: boolean;
  /** A spokesperson: what they say is another's position, not their own comment. */
  relays?: boolean;
  /** "his Chinese counterpart Wang Yi": the role is the other side's. */
  counterpart?: boolean;
  /** The title is the other side's, taken for a counterpart: any title of their own wins. */
  titleInherited?: boolean;
}
