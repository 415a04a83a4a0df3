/** The dashboard's only way to data: the public GraphQL API, POST JSON. */

const ENDPOINT = "/graphql";

/** An error the API answered with; `code` is its `extensions.code`. */
export class ApiError extends Error {
  constructor(message, code) {
    super(message);
    this.name = "ApiError";
    this.code = code;
  }
}

/**
 * Runs one operation and resolves to its `data`; rejects with an ApiError when the
 * response carries errors or is not a GraphQL response.
 */
export async function runQuery(query, variables = {}) {
  const response = await fetch(ENDPOINT, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  let body;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`the API answered ${response.status} without JSON`, "BAD_RESPONSE");
  }
  const [first] = body.errors ?? [];
  if (first) throw new ApiError(first.message, first.extensions?.code ?? "UNKNOWN");
  return body.data;
}
