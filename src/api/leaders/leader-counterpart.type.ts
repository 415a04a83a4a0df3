import { Field, Int, ObjectType } from "type-graphql";
import { Leader } from "./leader.type.js";

@ObjectType({ description: "A person a leader met, and in how many distinct meetings." })
export class LeaderCounterpartCount {
  @Field(() => Leader)
  leader!: Leader;

  @Field(() => Int)
  meetings!: number;
}
