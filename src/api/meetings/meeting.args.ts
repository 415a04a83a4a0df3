import { ArgsType, Field, Int } from "type-graphql";
import { PageArgs } from "../shared/as-of.args.js";
import { MeetingOrderEnum, StatsIntervalEnum } from "../shared/vocabulary.enum.js";
import { MeetingFilter } from "./meeting.input.js";

@ArgsType()
export class MeetingsArgs extends PageArgs {
  @Field(() => MeetingFilter, { nullable: true })
  filter?: MeetingFilter | null;

  @Field(() => MeetingOrderEnum, { nullable: true, defaultValue: "DATE_ASC" })
  orderBy?: string | null;
}

@ArgsType()
export class NestedMeetingsArgs {
  @Field(() => MeetingFilter, { nullable: true })
  filter?: MeetingFilter | null;

  @Field(() => Int, { nullable: true, defaultValue: 20 })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => MeetingOrderEnum, { nullable: true, defaultValue: "DATE_ASC" })
  orderBy?: string | null;
}

@ArgsType()
export class MeetingStatsArgs {
  @Field(() => MeetingFilter, { nullable: true })
  filter?: MeetingFilter | null;

  @Field(() => StatsIntervalEnum)
  interval!: string;

  @Field(() => String, { nullable: true })
  asOf?: string | null;
}
