import { Field, Float, ID, ObjectType } from "type-graphql";
import { SearchHitKindEnum } from "../shared/vocabulary.enum.js";

@ObjectType({ description: "A node whose name, title, label or words match the search text." })
export class SearchHit {
  @Field(() => SearchHitKindEnum)
  kind!: string;

  @Field(() => ID, { description: "The id (a country: its code; a topic: its key)." })
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => Float)
  score!: number;
}
