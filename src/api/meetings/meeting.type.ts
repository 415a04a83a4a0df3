import { Field, ID, Int, ObjectType } from "type-graphql";
import { type Article } from "../articles/article.type.js";
import { type Country } from "../countries/country.type.js";
import { type Leader } from "../leaders/leader.type.js";
import { type Position } from "../positions/position.type.js";
import { type Quote } from "../quotes/quote.type.js";
import { type Evidence } from "../shared/evidence.type.js";
import { PageInfo } from "../shared/page-info.type.js";
import {
  DatePrecisionEnum,
  MeetingKindEnum,
  MeetingStatusEnum,
} from "../shared/vocabulary.enum.js";

@ObjectType({ description: "A summit, meeting, visit, call, interview or conference." })
export class Meeting {
  @Field(() => ID)
  id!: string;

  @Field(() => MeetingKindEnum)
  kind!: string;

  @Field(() => MeetingStatusEnum)
  status!: string;

  @Field(() => String, { nullable: true, description: "ISO prefix at its precision." })
  date!: string | null;

  @Field(() => DatePrecisionEnum, { nullable: true })
  datePrecision!: string | null;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true })
  location!: string | null;

  @Field(() => Boolean, { nullable: true })
  jointStatement!: boolean | null;

  @Field(() => [String])
  agreements!: string[];

  /** First day of the date interval (the sort key), null when undated. */
  dateStart!: string | null;
  /** The sorted codes of its states ("JPN,KOR"): how many took part, for its event codes. */
  countryKey?: string | null;
  // Nested parts, when the statement projected them (see shared/row.ts).
  sources?: Article[] | null;
  countries?: Country[] | null;
  participants?: Leader[] | null;
  positions?: Position[] | null;
  quotes?: Quote[] | null;
  evidence?: Evidence[] | null;
  asOf?: string | null;
}

@ObjectType()
export class MeetingEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Meeting)
  node!: Meeting;
}

@ObjectType()
export class MeetingConnection {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => [MeetingEdge])
  edges!: MeetingEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType({ description: "The number of meetings in one month (YYYY-MM) or year (YYYY)." })
export class PeriodCount {
  @Field(() => String)
  period!: string;

  @Field(() => Int)
  count!: number;
}
