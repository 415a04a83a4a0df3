import { Field, ObjectType } from "type-graphql";
import { Topic } from "../topics/topic.type.js";
import { Position } from "./position.type.js";

@ObjectType({ description: "The positions on one topic, by date." })
export class TopicPositions {
  @Field(() => Topic)
  topic!: Topic;

  @Field(() => [Position])
  positions!: Position[];
}
