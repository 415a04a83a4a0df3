import { Field, Int, ObjectType } from "type-graphql";
import { PageInfo } from "../shared/page-info.type.js";
import { Article } from "./article.type.js";

export { Article };

@ObjectType()
export class ArticleEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Article)
  node!: Article;
}

@ObjectType()
export class ArticleConnection {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => [ArticleEdge])
  edges!: ArticleEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
