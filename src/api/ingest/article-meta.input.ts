import { Field, InputType } from "type-graphql";
import { type ArticleMetaFields } from "./article-ingestor.js";

@InputType({ description: "What is known of an article besides its text (the crawler's sidecar)." })
export class ArticleMetaInput implements ArticleMetaFields {
  @Field(() => String, { nullable: true })
  url?: string;

  @Field(() => String, { nullable: true })
  publisher?: string;

  @Field(() => String, {
    nullable: true,
    description: "ISO date or date-time; needed unless the text has a dated line.",
  })
  publishedAt?: string;

  @Field(() => String, { nullable: true })
  title?: string;

  @Field(() => String, { nullable: true })
  author?: string;
}
