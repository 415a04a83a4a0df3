/**
 * What every object the API returns carries besides its GraphQL fields: the `asOf`
 * day of the query that produced it, so that nested fields answer as of the same day.
 * Nested parts a statement did not project are `undefined`; null means "projected, empty".
 */
export interface Stamped {
  asOf?: string | null;
}
