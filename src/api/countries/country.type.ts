import { Field, ID, Int, ObjectType } from "type-graphql";
import { type Leader } from "../leaders/leader.type.js";
import { type Position } from "../positions/position.type.js";

@ObjectType({ description: "A state, by ISO 3166-1 alpha-3 code." })
export class Country {
  @Field(() => ID)
  code!: string;

  @Field(() => String)
  name!: string;

  leaders?: Leader[] | null;
  positions?: Position[] | null;
  asOf?: string | null;
}

@ObjectType({ description: "A state met, and in how many distinct meetings." })
export class CounterpartCount {
  @Field(() => Country)
  country!: Country;

  @Field(() => Int)
  meetings!: number;
}
