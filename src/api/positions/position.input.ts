import { Field, ID, InputType } from "type-graphql";
import { TopicFilter } from "../shared/topic-filter.input.js";
import { StanceEnum } from "../shared/vocabulary.enum.js";

@InputType({ description: "Positions that satisfy every given condition." })
export class PositionFilter {
  @Field(() => [ID], { nullable: true, description: "At least one listed state holds it." })
  holders?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "At least one listed leader stated it." })
  speakers?: string[] | null;

  @Field(() => TopicFilter, { nullable: true })
  topic?: TopicFilter | null;

  @Field(() => [StanceEnum], { nullable: true })
  stances?: string[] | null;

  @Field(() => String, { nullable: true, description: "Inclusive ISO prefix." })
  from?: string | null;

  @Field(() => String, { nullable: true, description: "Inclusive ISO prefix." })
  to?: string | null;
}
