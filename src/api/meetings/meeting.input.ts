import { Field, ID, InputType } from "type-graphql";
import { TopicFilter } from "../shared/topic-filter.input.js";
import { MeetingKindEnum, MeetingStatusEnum } from "../shared/vocabulary.enum.js";

@InputType({ description: "Meetings that satisfy every given condition." })
export class MeetingFilter {
  @Field(() => [ID], { nullable: true, description: "Every listed state took part." })
  countries?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "At least one listed state took part." })
  anyCountries?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "Every listed leader took part." })
  leaders?: string[] | null;

  @Field(() => [MeetingKindEnum], { nullable: true })
  kinds?: string[] | null;

  @Field(() => [MeetingStatusEnum], { nullable: true })
  statuses?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: "Inclusive ISO prefix; the meeting's date interval must overlap [from, to].",
  })
  from?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Inclusive ISO prefix (to 2026-01: through 31 January).",
  })
  to?: string | null;

  @Field(() => TopicFilter, {
    nullable: true,
    description: "A position stated at the meeting is on such a topic.",
  })
  topic?: TopicFilter | null;
}
