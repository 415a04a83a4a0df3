import { describe, expect, it } from "vitest";
import { type GraphQLResolveInfo } from "graphql";
import { buildSchema, execute, parse } from "../graphql-runtime.js";
import { connectionNodes, selectionTree, type SelectionTree } from "./selection-tree.js";
import { meetingInclude } from "./includes.js";

const schema = buildSchema(`
  type Query { meetings: Conn }
  type Conn { totalCount: Int edges: [Edge] }
  type Edge { node: Meeting }
  type Meeting { id: ID participants: [Leader] positions: [Position] evidence: [String] }
  type Leader { id: ID country: Country }
  type Country { code: ID name: String }
  type Position { id: ID evidence: [String] }
`);

function treeOf(query: string, variables: Record<string, unknown> = {}): SelectionTree {
  let tree: SelectionTree = new Map();
  execute({
    schema,
    document: parse(query),
    variableValues: variables,
    rootValue: {
      meetings: (_: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
        tree = selectionTree(info);
        return null;
      },
    },
  });
  return tree;
}

describe("selection planning", () => {
  it("reads the nodes' fields through fragments and inline fragments", () => {
    const tree = treeOf(`
      query { meetings { edges { node { ...M ... on Meeting { positions { evidence } } } } } }
      fragment M on Meeting { participants { id } }`);
    const include = meetingInclude(connectionNodes(tree));
    expect(include).toMatchObject({
      participants: true,
      positions: true,
      positionEvidence: true,
      positionSpeakers: false,
      evidence: false,
    });
    const speakers = treeOf(`query { meetings { edges { node { ...P } } } }
      fragment P on Meeting { positions { id ... on Position { speakers { id } } } }`);
    expect(meetingInclude(connectionNodes(speakers))).toMatchObject({
      positions: true,
      positionSpeakers: true,
      positionEvidence: false,
    });
  });

  it("asks the participants' states' names only where a selection reads them", () => {
    const codes = treeOf(
      `query { meetings { edges { node { participants { country { code } } } } } }`,
    );
    expect(meetingInclude(connectionNodes(codes)).participantCountryNames).toBe(false);
    const names = treeOf(`query { meetings { edges { node { participants { ...L } } } } }
      fragment L on Leader { country { code ... on Country { name } } }`);
    expect(meetingInclude(connectionNodes(names)).participantCountryNames).toBe(true);
  });

  it("honours @skip and @include", () => {
    const tree = treeOf(
      `query($p: Boolean!) { meetings { totalCount @skip(if: true)
         edges { node { participants @include(if: $p) { id } evidence } } } }`,
      { p: false },
    );
    expect(tree.has("totalCount")).toBe(false);
    expect(meetingInclude(connectionNodes(tree))).toMatchObject({
      participants: false,
      evidence: true,
    });
  });
});
