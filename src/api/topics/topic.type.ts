import { Field, ID, ObjectType } from "type-graphql";
import { type Prefetched } from "../shared/prefetched.js";
import { TopicKindEnum } from "../shared/vocabulary.enum.js";

@ObjectType({ description: "A topic of the controlled vocabulary: a kind and its arguments." })
export class Topic {
  @Field(() => ID, { description: 'The topic key, e.g. "denuclearization:korean-peninsula".' })
  id!: string;

  @Field(() => TopicKindEnum)
  kind!: string;

  @Field(() => [String], {
    description: 'ISO alpha-3 codes or region slugs ("KOR", "korean-peninsula").',
  })
  args!: string[];

  @Field(() => String)
  label!: string;

  /** Topic.stanceMatrix, when the statement projected it. */
  prefetchedStanceMatrix?: Prefetched<StanceCountRow[]>;
  asOf?: string | null;
}

/** One row of Topic.stanceMatrix as the statement projects it. */
export interface StanceCountRow {
  country: { code: string; name: string };
  support: number;
  oppose: number;
  concern: number;
}
