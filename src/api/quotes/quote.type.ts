import { Field, ID, Int, ObjectType } from "type-graphql";
import { type Leader } from "../leaders/leader.type.js";
import { type Meeting } from "../meetings/meeting.type.js";
import { Evidence } from "../shared/evidence.type.js";
import { PageInfo } from "../shared/page-info.type.js";

@ObjectType({ description: "Words a leader said, with the article passage that reports them." })
export class Quote {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  text!: string;

  @Field(() => String, {
    nullable: true,
    description: "ISO prefix: the meeting's date or the article's.",
  })
  date!: string | null;

  @Field(() => Evidence)
  evidence!: Evidence;

  speaker!: Leader | null;
  meetingId!: string | null;
  meeting?: Meeting | null;
  asOf?: string | null;
}

@ObjectType()
export class QuoteEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Quote)
  node!: Quote;
}

@ObjectType()
export class QuoteConnection {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => [QuoteEdge])
  edges!: QuoteEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
