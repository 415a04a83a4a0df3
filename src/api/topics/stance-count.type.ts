import { Field, Int, ObjectType } from "type-graphql";
import { Country } from "../countries/country.type.js";

@ObjectType({ description: "How many positions of each stance a state holds on a topic." })
export class StanceCount {
  @Field(() => Country)
  country!: Country;

  @Field(() => Int)
  support!: number;

  @Field(() => Int)
  oppose!: number;

  @Field(() => Int)
  concern!: number;
}
