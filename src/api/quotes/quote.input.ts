import { Field, ID, InputType } from "type-graphql";

@InputType()
export class QuoteFilter {
  @Field(() => [ID], { nullable: true, description: "Said by one of these leaders." })
  speakers?: string[] | null;

  @Field(() => ID, { nullable: true, description: "Said at this meeting." })
  meeting?: string | null;

  @Field(() => String, { nullable: true, description: "Case-insensitive substring of the words." })
  text?: string | null;
}
