import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";

// P2's schema: the part of diplograph's that the benchmark's documents ask, with the same
// names, so that P2 is asked the very documents diplograph is. Vocabulary values are plain
// strings (the canonical form lower-cases them).

export const P2MeetingOrder = { DATE_ASC: "DATE_ASC", DATE_DESC: "DATE_DESC" } as const;
registerEnumType(P2MeetingOrder, { name: "MeetingOrder" });

@ObjectType("Country")
export class P2Country {
  @Field(() => ID) code!: string;
  @Field(() => String) name!: string;
}

@ObjectType("Article")
export class P2Article {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) url!: string | null;
  @Field(() => String, { nullable: true }) publisher!: string | null;
}

@ObjectType("Evidence")
export class P2Evidence {
  sentenceId!: string;
  @Field(() => String) sentence!: string;
  @Field(() => Int) start!: number;
  @Field(() => Int) end!: number;
}

@ObjectType("Leader")
export class P2Leader {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
}

@ObjectType("Topic")
export class P2Topic {
  @Field(() => ID) id!: string;
  @Field(() => String) kind!: string;
  @Field(() => [String]) args!: string[];
  @Field(() => String) label!: string;
}

@ObjectType("Position")
export class P2Position {
  @Field(() => ID) id!: string;
  @Field(() => String) stance!: string;
  @Field(() => String, { nullable: true }) date!: string | null;
  topicKey?: string;
}

@ObjectType("Quote")
export class P2Quote {
  @Field(() => ID) id!: string;
  @Field(() => String) text!: string;
}

@ObjectType("Meeting")
export class P2Meeting {
  @Field(() => ID) id!: string;
  @Field(() => String) kind!: string;
  @Field(() => String) status!: string;
  @Field(() => String, { nullable: true }) date!: string | null;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => String, { nullable: true }) location!: string | null;
}

@ObjectType("PageInfo")
export class P2PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

@ObjectType("MeetingEdge")
export class P2MeetingEdge {
  @Field(() => String) cursor!: string;
  @Field(() => P2Meeting) node!: P2Meeting;
}

@ObjectType("MeetingConnection")
export class P2MeetingConnection {
  @Field(() => [P2MeetingEdge]) edges!: P2MeetingEdge[];
  @Field(() => P2PageInfo) pageInfo!: P2PageInfo;
}

@ObjectType("LeaderCounterpartCount")
export class P2LeaderCounterpartCount {
  @Field(() => P2Leader) leader!: P2Leader;
  @Field(() => Int) meetings!: number;
}

@ObjectType("TopicPositions")
export class P2TopicPositions {
  topicKey!: string;
  @Field(() => [P2Position]) positions!: P2Position[];
}

@ObjectType("StanceCount")
export class P2StanceCount {
  @Field(() => P2Country) country!: P2Country;
  @Field(() => Int) support!: number;
  @Field(() => Int) oppose!: number;
  @Field(() => Int) concern!: number;
}

@InputType("MeetingFilter")
export class P2MeetingFilter {
  @Field(() => [ID], { nullable: true }) countries?: string[] | null;
  @Field(() => String, { nullable: true }) from?: string | null;
  @Field(() => String, { nullable: true }) to?: string | null;
}

/** A page of meeting nodes, from `limit + 1` rows (the extra one says a next page exists). */
export function meetingPage(rows: P2Meeting[], first: number): P2MeetingConnection {
  const edges = rows.slice(0, first).map((node) => ({ cursor: node.id, node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
