import { type Stance, type TopicKind } from "../../domain/vocabulary.js";

/** A stated position as the positions stage builds it. */
export interface PositionDraft {
  stance: Stance;
  kind: TopicKind;
  args: string[];
  /** ISO alpha-3 codes of the holders. */
  holders: string[];
  /** Entity ids of the people who stated it. */
  speakers: string[];
  meeting?: string;
  sentence: number;
}
