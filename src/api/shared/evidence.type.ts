import { Field, Int, ObjectType } from "type-graphql";
import { Article } from "../articles/article.type.js";

@ObjectType({ description: "The words of an article that support a fact." })
export class Evidence {
  @Field(() => Article)
  article!: Article;

  @Field(() => String, { description: "The sentence that states the fact." })
  sentence!: string;

  @Field(() => Int, { description: "Start offset in the article text (a quote: of its words)." })
  start!: number;

  @Field(() => Int, { description: "End offset (exclusive) in the article text." })
  end!: number;
}
