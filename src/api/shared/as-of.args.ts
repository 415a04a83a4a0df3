import { ArgsType, Field, Int } from "type-graphql";

@ArgsType()
export class AsOfArgs {
  @Field(() => String, {
    nullable: true,
    description:
      "Answer as of this day (ISO prefix: the last day it names), from articles published by then.",
  })
  asOf?: string | null;
}

@ArgsType()
export class PageArgs extends AsOfArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20, description: "At most 100." })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "The endCursor of the previous page." })
  after?: string | null;
}
