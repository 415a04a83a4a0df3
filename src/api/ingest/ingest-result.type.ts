import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";

export enum IngestOutcomeEnum {
  LOADED = "loaded",
  REVISED = "revised",
  UNCHANGED = "unchanged",
}
registerEnumType(IngestOutcomeEnum, {
  name: "IngestOutcome",
  description: "LOADED: new; REVISED: replaced an earlier record of it; UNCHANGED: already there.",
});

@ObjectType({ description: "What ingesting one article did." })
export class IngestArticleResult {
  @Field(() => ID)
  articleId!: string;

  @Field(() => IngestOutcomeEnum)
  outcome!: string;

  @Field(() => Int)
  nodesCreated!: number;

  @Field(() => Int)
  relationshipsCreated!: number;
}
