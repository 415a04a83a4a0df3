import { Field, ID, Int, ObjectType } from "type-graphql";
import { type Country } from "../countries/country.type.js";
import { type Meeting } from "../meetings/meeting.type.js";
import { type Position } from "../positions/position.type.js";
import { type Quote } from "../quotes/quote.type.js";
import { type Page, PageInfo } from "../shared/page-info.type.js";
import { type Prefetched } from "../shared/prefetched.js";

/**
 * The office a leader holds, as projected by the statements. A meeting's statement projects
 * its participants' offices only when the query selects a title or a state
 * (MeetingInclude.participantOffices; unprojected, `office` is undefined and Leader.title
 * loads it), and the state's name only when selected (participantCountryNames).
 */
export interface LeaderOffice {
  title: string | null;
  country: Country | null;
}

@ObjectType({ description: "A person who holds, or held, a state office." })
export class Leader {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  office?: LeaderOffice | null;
  positions?: Position[] | null;
  quotes?: Quote[] | null;
  /** Leader.meetings and Leader.counterparts, when the statement projected them. */
  prefetchedMeetings?: Prefetched<Page<Meeting>>;
  prefetchedCounterparts?: Prefetched<LeaderCounterpartRow[]>;
  asOf?: string | null;
}

/** One entry of Leader.counterparts as the statement projects it. */
export interface LeaderCounterpartRow {
  leader: Leader;
  meetings: number;
}

@ObjectType()
export class LeaderEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Leader)
  node!: Leader;
}

@ObjectType()
export class LeaderConnection {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => [LeaderEdge])
  edges!: LeaderEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
