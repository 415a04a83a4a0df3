import { type GraphQLField, type GraphQLNamedType, type GraphQLResolveInfo } from "graphql";
import { stableKey } from "../../lib/stable-key.js";
import { getArgumentValues, getNamedType, isObjectType } from "../graphql-runtime.js";
import { selectedFieldNodes } from "./selection-tree.js";

/** The arguments a nested field is asked with, and the key that identifies them. */
export interface NestedArguments {
  key: string;
  args: Record<string, unknown>;
}

/**
 * The arguments of the nested field at the end of `path` under the field being resolved
 * (`"meetings"` for a direct one, `"edges", "node", "participants", "meetings"` for one
 * deeper), when every selection of it asks the same ones (defaults applied, variables
 * read), else null: a parent statement can then project that nested part for the one set
 * of arguments.
 */
export function nestedFieldArguments(
  info: GraphQLResolveInfo,
  ...path: string[]
): NestedArguments | null {
  const field = fieldAt(getNamedType(info.returnType), path);
  if (field === undefined) return null;
  const distinct = new Map<string, Record<string, unknown>>();
  for (const node of selectedFieldNodes(info, ...path)) {
    const args = getArgumentValues(field, node, info.variableValues);
    distinct.set(stableKey(args), args);
  }
  const [only, ...others] = distinct.entries();
  return only === undefined || others.length > 0 ? null : { key: only[0], args: only[1] };
}

/** The definition of the field that `path` names, from the type of its first field's parent. */
function fieldAt(
  parent: GraphQLNamedType | undefined,
  path: readonly string[],
): GraphQLField<unknown, unknown> | undefined {
  let type = parent;
  let field: GraphQLField<unknown, unknown> | undefined;
  for (const name of path) {
    if (!isObjectType(type)) return undefined;
    field = type.getFields()[name];
    type = field === undefined ? undefined : getNamedType(field.type);
  }
  return field;
}

/**
 * The key of the arguments of the field being resolved, to compare with the key its
 * parent's statement projected the field for.
 */
export function ownArgumentsKey(info: GraphQLResolveInfo): string {
  const field = info.parentType.getFields()[info.fieldName];
  const node = info.fieldNodes[0];
  if (field === undefined || node === undefined) return "";
  return stableKey(getArgumentValues(field, node, info.variableValues));
}

/**
 * The value a parent's statement projected for a nested field with arguments, when it
 * was planned for the arguments this field is asked with; undefined otherwise.
 */
export function prefetchedFor<T>(
  prefetched: { key: string; value: T } | null | undefined,
  info: GraphQLResolveInfo,
): T | undefined {
  return prefetched != null && prefetched.key === ownArgumentsKey(info)
    ? prefetched.value
    : undefined;
}
