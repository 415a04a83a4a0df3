import { Field, ID, InputType } from "type-graphql";

@InputType()
export class LeaderFilter {
  @Field(() => String, {
    nullable: true,
    description: "Case- and accent-insensitive match on any part of the name or an alias.",
  })
  name?: string | null;

  @Field(() => [ID], { nullable: true, description: "Holds an office of one of these states." })
  countries?: string[] | null;
}
