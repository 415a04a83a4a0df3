import { Field, ID, ObjectType } from "type-graphql";
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

  asOf?: string | null;
}
