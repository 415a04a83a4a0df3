/**
 * The graphql values the API uses, imported from the CommonJS build ("graphql/index.js")
 * that Node, type-graphql and Apollo load. A bare "graphql" import resolves to the ESM
 * build under Vite (vitest), and graphql-js refuses a schema or error class of the other
 * copy ("Cannot use GraphQLObjectType from another module or realm"). Import graphql
 * values from here; type-only imports may use "graphql".
 */
export {
  GraphQLError,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  buildSchema,
  execute,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  isObjectType,
  lexicographicSortSchema,
  parse,
  printSchema,
} from "graphql/index.js";
