/** A quotation attributed to a person, as the quotes stage builds it. */
export interface QuoteDraft {
  text: string;
  /** Entity id of the speaker. */
  speaker: string;
  start: number;
  end: number;
  sentences: number[];
}
