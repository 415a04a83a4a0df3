import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from "graphql";
import {
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  getDirectiveValues,
} from "../graphql-runtime.js";

/** The fields selected under a field, by name (aliases merged), each with its own tree. */
export type SelectionTree = ReadonlyMap<string, SelectionTree>;

/** A selection of nothing: what `subtree` answers for a field not selected. */
export const EMPTY_TREE: SelectionTree = new Map();

interface WalkContext {
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

/**
 * Reads the selection set of the field being resolved, through fragments and inline
 * fragments, honouring @skip and @include. The planner derives from it which nested
 * parts one Cypher statement must project.
 */
export function selectionTree(info: GraphQLResolveInfo): SelectionTree {
  const context = { fragments: info.fragments, variables: info.variableValues };
  const tree = new Map<string, Map<string, SelectionTree>>();
  for (const node of info.fieldNodes) collect(node.selectionSet, context, tree);
  return tree;
}

/** The tree under a path of field names ("edges", "node"), or an empty tree. */
export function subtree(tree: SelectionTree, ...path: string[]): SelectionTree {
  let current = tree;
  for (const name of path) current = current.get(name) ?? EMPTY_TREE;
  return current;
}

/**
 * Every selection of the field at the end of `path` under the field being resolved (each
 * name a field of the previous one's selection set; through fragments and inline
 * fragments, honouring @skip and @include at every step): the nodes whose arguments plan
 * a nested part of a statement. `selectedFieldNodes(info, "meetings")` are the direct ones.
 */
export function selectedFieldNodes(info: GraphQLResolveInfo, ...path: string[]): FieldNode[] {
  const context = { fragments: info.fragments, variables: info.variableValues };
  const fieldsNamed = (name: string, selectionSet: SelectionSetNode | undefined): FieldNode[] => {
    const found: FieldNode[] = [];
    for (const selection of selectionSet?.selections ?? []) {
      if (!isIncluded(selection, context)) continue;
      if (selection.kind === "Field") {
        if (selection.name.value === name) found.push(selection);
      } else if (selection.kind === "InlineFragment") {
        found.push(...fieldsNamed(name, selection.selectionSet));
      } else {
        found.push(...fieldsNamed(name, context.fragments[selection.name.value]?.selectionSet));
      }
    }
    return found;
  };
  let nodes: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) nodes = nodes.flatMap((node) => fieldsNamed(name, node.selectionSet));
  return [...nodes];
}

/** The tree of the nodes of a connection field: `edges.node`. */
export function connectionNodes(tree: SelectionTree): SelectionTree {
  return subtree(tree, "edges", "node");
}

function collect(
  selectionSet: SelectionSetNode | undefined,
  context: WalkContext,
  into: Map<string, Map<string, SelectionTree>>,
): void {
  if (!selectionSet) return;
  for (const selection of selectionSet.selections) {
    if (!isIncluded(selection, context)) continue;
    if (selection.kind === "Field") {
      addField(selection, context, into);
    } else if (selection.kind === "InlineFragment") {
      collect(selection.selectionSet, context, into);
    } else {
      collect(context.fragments[selection.name.value]?.selectionSet, context, into);
    }
  }
}

function addField(
  field: FieldNode,
  context: WalkContext,
  into: Map<string, Map<string, SelectionTree>>,
): void {
  const name = field.name.value;
  let child = into.get(name);
  if (!child) {
    child = new Map();
    into.set(name, child);
  }
  collect(field.selectionSet, context, child as Map<string, Map<string, SelectionTree>>);
}

function isIncluded(node: Parameters<typeof getDirectiveValues>[1], context: WalkContext): boolean {
  const skip = getDirectiveValues(GraphQLSkipDirective, node, context.variables);
  if (skip?.if === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, node, context.variables);
  return include?.if !== false;
}
