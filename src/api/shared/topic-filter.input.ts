import { Field, InputType } from "type-graphql";
import { TopicKindEnum } from "./vocabulary.enum.js";

@InputType({
  description:
    "A topic by kind and/or arguments (every listed argument must be one of the topic's).",
})
export class TopicFilter {
  @Field(() => TopicKindEnum, { nullable: true })
  kind?: string | null;

  @Field(() => [String], { nullable: true })
  args?: string[] | null;
}
