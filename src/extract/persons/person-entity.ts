import { type OfficeRole } from "../gazetteer/officials.js";

/** One person of the article, after merging every way the article names them. */
export interface PersonEntity {
  id: string;
  /** The fullest form the article uses (or the gazetteer's, if the article only has a short one). */
  name: string;
  aliases: string[];
  /** Folded name words, for matching short mentions. */
  tokens: string[];
  title?: string;
  /** The title is a counterpart's, not the person's own: a title found later replaces it. */
  titleInherited?: boolean;
  role?: OfficeRole;
  country?: string;
  gender?: "m" | "f";
  nonOfficial: boolean;
  /** A spokesperson, who relays positions instead of commenting. */
  relays: boolean;
  /** Where the article first names them: the evidence for their office. */
  firstStart: number;
}
