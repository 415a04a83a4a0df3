import { describe, expect, it } from "vitest";
import { type GraphQLResolveInfo } from "graphql";
import { buildSchema, execute, parse } from "../graphql-runtime.js";
import { nestedFieldArguments, type NestedArguments, ownArgumentsKey } from "./field-arguments.js";

const schema = buildSchema(`
  type Query { leader: Leader }
  type Leader { id: ID meetings(first: Int = 20, orderBy: String): Conn counterparts(from: String): [Leader] }
  type Conn { totalCount: Int }
`);

/** What the root resolver plans for `field` (a path), and the key each nested `meetings` resolver sees. */
function plan(
  query: string,
  field: string | string[],
  variables: Record<string, unknown> = {},
): { planned: NestedArguments | null; nestedKeys: string[] } {
  // graphql-js calls a function-valued field of the parent with (args, context, info).
  let planned: NestedArguments | null = null;
  const nestedKeys: string[] = [];
  const meetings = (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
    nestedKeys.push(ownArgumentsKey(info));
    return { totalCount: 0 };
  };
  execute({
    schema,
    document: parse(query),
    variableValues: variables,
    rootValue: {
      leader: (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
        planned = nestedFieldArguments(info, ...[field].flat());
        return { id: "x", meetings };
      },
    },
  });
  return { planned, nestedKeys };
}

describe("nested field arguments", () => {
  it("reads variables and defaults through fragments, with the key the nested field computes", () => {
    const { planned, nestedKeys } = plan(
      `query($o: String) { leader { ...L } } fragment L on Leader { meetings(orderBy: $o) { totalCount } }`,
      "meetings",
      { o: "DATE_DESC" },
    );
    expect(planned?.args).toEqual({ first: 20, orderBy: "DATE_DESC" });
    expect(nestedKeys).toEqual([planned?.key]);
  });

  it("plans aliases that ask the same arguments once, and none when they differ", () => {
    const same = plan(
      `{ leader { a: meetings(first: 5) { totalCount } b: meetings(first: 5) { totalCount } } }`,
      "meetings",
    );
    expect(same.planned?.args).toEqual({ first: 5 });
    const different = plan(
      `{ leader { a: meetings(first: 5) { totalCount } b: meetings(first: 6) { totalCount } } }`,
      "meetings",
    );
    expect(different.planned).toBeNull();
    expect(new Set(different.nestedKeys).size).toBe(2);
  });

  it("leaves out a skipped selection and a field that is not asked", () => {
    const skipped = plan(
      `{ leader { meetings(first: 5) @skip(if: true) { totalCount } meetings(first: 5) { totalCount } } }`,
      "meetings",
    );
    expect(skipped.planned?.args).toEqual({ first: 5 });
    expect(plan(`{ leader { id } }`, "counterparts").planned).toBeNull();
  });

  it("follows a path of fields: each step through fragments, @skip and @include", () => {
    const path = ["counterparts", "meetings"];
    const deep = plan(
      `query($o: String, $no: Boolean!) { leader { counterparts { ...C }
         counterparts @include(if: $no) { meetings(first: 9) { totalCount } } } }
       fragment C on Leader { meetings(orderBy: $o) { totalCount } }`,
      path,
      { o: "DATE_DESC", no: false },
    );
    expect(deep.planned?.args).toEqual({ first: 20, orderBy: "DATE_DESC" });
    const different = plan(
      `{ leader { counterparts { meetings(first: 5) { totalCount } }
         recent: counterparts(from: "2020") { meetings(first: 6) { totalCount } } } }`,
      path,
    );
    expect(different.planned).toBeNull();
    expect(plan(`{ leader { meetings { totalCount } } }`, path).planned).toBeNull();
    expect(plan(`{ leader { id } }`, ["nothing", "meetings"]).planned).toBeNull();
  });
});
