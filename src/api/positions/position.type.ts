import { Field, ID, Int, ObjectType } from "type-graphql";
import { type Article } from "../articles/article.type.js";
import { type Country } from "../countries/country.type.js";
import { type Leader } from "../leaders/leader.type.js";
import { type Meeting } from "../meetings/meeting.type.js";
import { type Evidence } from "../shared/evidence.type.js";
import { PageInfo } from "../shared/page-info.type.js";
import { StanceEnum } from "../shared/vocabulary.enum.js";
import { Topic } from "../topics/topic.type.js";

@ObjectType({
  description: "A stance that states (holders) took on a topic, as stated by speakers.",
})
export class Position {
  @Field(() => ID)
  id!: string;

  @Field(() => StanceEnum)
  stance!: string;

  @Field(() => Topic)
  topic!: Topic;

  @Field(() => String, { nullable: true, description: "ISO prefix at its precision." })
  date!: string | null;

  dateStart!: string | null;
  /** Where it was stated; undefined when the statement did not read it (LeaderInclude). */
  meetingId?: string | null;
  holders!: Country[];
  speakers!: Leader[];
  meeting?: Meeting | null;
  sources?: Article[] | null;
  evidence?: Evidence[] | null;
  asOf?: string | null;
}

@ObjectType()
export class PositionEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Position)
  node!: Position;
}

@ObjectType()
export class PositionConnection {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => [PositionEdge])
  edges!: PositionEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
