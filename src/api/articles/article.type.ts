import { Field, ID, ObjectType } from "type-graphql";
import { type Stamped } from "../shared/row.js";
import { type Meeting } from "../meetings/meeting.type.js";

@ObjectType({ description: "A news article: the source of every fact in the graph." })
export class Article implements Stamped {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true })
  publisher!: string | null;

  @Field(() => String, { nullable: true })
  author!: string | null;

  @Field(() => String, { nullable: true, description: "ISO day of publication." })
  publishedAt!: string | null;

  /** Prefetched meetings (scalars only), when the statement projected them. */
  meetings?: Meeting[] | null;
  asOf?: string | null;
}
