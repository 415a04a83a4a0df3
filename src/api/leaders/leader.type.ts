import { Field, ID, Int, ObjectType } from "type-graphql";
import { type Country } from "../countries/country.type.js";
import { type Position } from "../positions/position.type.js";
import { type Quote } from "../quotes/quote.type.js";
import { PageInfo } from "../shared/page-info.type.js";

/** The office a leader holds, as projected by the statements. */
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
  asOf?: string | null;
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
