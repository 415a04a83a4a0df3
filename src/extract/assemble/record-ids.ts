/** Local ids of the record: stable, derived from codes and indexes only. */
export const sentenceId = (index: number): string => `s${index + 1}`;
export const countryId = (code: string): string => `country-${code}`;
