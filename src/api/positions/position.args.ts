import { ArgsType, Field, Int } from "type-graphql";
import { PageArgs } from "../shared/as-of.args.js";
import { PositionOrderEnum } from "../shared/vocabulary.enum.js";
import { PositionFilter } from "./position.input.js";

@ArgsType()
export class PositionsArgs extends PageArgs {
  @Field(() => PositionFilter, { nullable: true })
  filter?: PositionFilter | null;

  @Field(() => PositionOrderEnum, { nullable: true, defaultValue: "DATE_ASC" })
  orderBy?: string | null;
}

@ArgsType()
export class NestedPositionsArgs {
  @Field(() => PositionFilter, { nullable: true })
  filter?: PositionFilter | null;

  @Field(() => Int, { nullable: true, defaultValue: 20 })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}
