import { type GraphExecutor } from "../graph/executor.js";
import { type Article } from "./articles/article.type.js";
import { type Principal } from "./auth/api-keys.js";
import { type ArticleIngestor } from "./ingest/article-ingestor.js";
import { findArticlesByIds } from "./articles/article.service.js";
import { countCounterparts, findCountriesByCodes } from "./countries/country.service.js";
import { type CounterpartCount, type Country } from "./countries/country.type.js";
import { type LeaderNested } from "./leaders/leader-nested.js";
import { findLeadersByIds } from "./leaders/leader.service.js";
import { type Leader } from "./leaders/leader.type.js";
import { type Batcher } from "./loaders/batcher.js";
import { entityBatcher, type EntityRequest, groupedBatcher } from "./loaders/grouped-batcher.js";
import {
  findMeetingPages,
  findMeetingsByIds,
  type MeetingInclude,
  type MeetingNested,
  type MeetingScope,
} from "./meetings/meeting.service.js";
import { type Meeting } from "./meetings/meeting.type.js";
import {
  findPositionPages,
  findPositionsByIds,
  type PositionInclude,
  type PositionScope,
} from "./positions/position.service.js";
import { type Position } from "./positions/position.type.js";
import { type Page } from "./shared/page-info.type.js";
import { findTopicsByKeys, type TopicNested } from "./topics/topic.service.js";
import { type Topic } from "./topics/topic.type.js";

/** A page request of a nested connection: one scope among its siblings'. */
export interface PageRequest<Scope, Include, Nested extends object = object> {
  scope: Scope;
  first: number;
  desc: boolean;
  asOf: string | null;
  include: Include & { totalCount: boolean };
  /** Nested parts planned from arguments (participants' meetings): part of the batch's key. */
  nested?: Nested;
}

/** The batch loaders of one request: each runs one statement per level, never one per parent. */
export interface ApiLoaders {
  meeting: Batcher<EntityRequest<MeetingNested>, Meeting | null>;
  position: Batcher<EntityRequest, Position | null>;
  leader: Batcher<EntityRequest<LeaderNested>, Leader | null>;
  country: Batcher<EntityRequest, Country | null>;
  article: Batcher<EntityRequest, Article | null>;
  topic: Batcher<EntityRequest<TopicNested>, Topic | null>;
  meetingPage: Batcher<PageRequest<MeetingScope, MeetingInclude, MeetingNested>, Page<Meeting>>;
  positionPage: Batcher<PageRequest<PositionScope, PositionInclude>, Page<Position>>;
  counterparts: Batcher<
    { code: string; from: string | null; to: string | null; asOf: string | null },
    CounterpartCount[]
  >;
}

/** What every resolver receives: the executor, this request's loaders and its caller. */
export interface ApiContext {
  executor: GraphExecutor;
  loaders: ApiLoaders;
  /** Who sent the request (from its API key). */
  principal: Principal;
  /** How to write an article; absent on a read-only server. */
  ingestor?: ArticleIngestor;
}

export function createApiContext(
  executor: GraphExecutor,
  caller: { principal?: Principal; ingestor?: ArticleIngestor } = {},
): ApiContext {
  const pageSignature = (r: {
    first: number;
    desc: boolean;
    asOf: string | null;
    include: object;
    nested?: object;
  }): string => JSON.stringify([r.first, r.desc, r.asOf, r.include, r.nested ?? null]);
  return {
    executor,
    principal: caller.principal ?? { kind: "anonymous" },
    ingestor: caller.ingestor,
    loaders: {
      meeting: entityBatcher((args) => findMeetingsByIds(executor, args)),
      position: entityBatcher((args) => findPositionsByIds(executor, args)),
      leader: entityBatcher((args) => findLeadersByIds(executor, args)),
      country: entityBatcher((args) => findCountriesByCodes(executor, args)),
      article: entityBatcher((args) => findArticlesByIds(executor, args)),
      topic: entityBatcher((args) => findTopicsByKeys(executor, args)),
      meetingPage: groupedBatcher<
        PageRequest<MeetingScope, MeetingInclude, MeetingNested>,
        Page<Meeting>
      >(pageSignature, (requests) =>
        findMeetingPages(executor, {
          ...firstOf(requests),
          scopes: requests.map((r) => r.scope),
        }),
      ),
      positionPage: groupedBatcher<PageRequest<PositionScope, PositionInclude>, Page<Position>>(
        pageSignature,
        (requests) =>
          findPositionPages(executor, {
            ...firstOf(requests),
            scopes: requests.map((r) => r.scope),
          }),
      ),
      counterparts: groupedBatcher(
        (r) => JSON.stringify([r.from, r.to, r.asOf]),
        async (requests) => {
          const first = firstOf(requests);
          const counts = await countCounterparts(executor, {
            codes: [...new Set(requests.map((r) => r.code))],
            from: first.from,
            to: first.to,
            asOf: first.asOf,
          });
          return requests.map((r) => counts.get(r.code) ?? []);
        },
      ),
    },
  };
}

function firstOf<T>(items: readonly T[]): T {
  const first = items[0];
  if (first === undefined) throw new Error("an empty batch has no arguments");
  return first;
}
