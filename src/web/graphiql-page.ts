import { type ExampleQuery } from "./example-queries.js";

/** Options of {@link renderGraphiqlPage}. */
export interface GraphiqlPageOptions {
  /** Where the IDE sends operations, e.g. `/graphql`. */
  endpoint: string;
  /** Opened as tabs, the first also as the default query. */
  exampleQueries: readonly ExampleQuery[];
  /** URL folder of the bundle (see `loadGraphiqlAssets`); default `/graphiql/assets`. */
  assetsPath?: string;
  title?: string;
}

/**
 * The HTML of the GraphiQL IDE (docs explorer, history, tabs) for `endpoint`. It
 * loads the bundle only from `assetsPath` on this server, so it works offline.
 */
export function renderGraphiqlPage(options: GraphiqlPageOptions): string {
  const assets = options.assetsPath ?? "/graphiql/assets";
  const title = options.title ?? "diplograph GraphiQL";
  const tabs = options.exampleQueries.map((example) => ({
    query: example.query,
    variables: example.variables ?? null,
  }));
  const first = options.exampleQueries[0];
  const graphiqlOptions = {
    endpoint: options.endpoint,
    title,
    // GraphiQL fills the first tab's editors from query/variables, not from defaultTabs;
    // with both given, a returning visitor's saved tabs are kept and this one reused.
    query: first?.query,
    variables: first?.variables,
    defaultTabs: tabs.length > 0 ? tabs : undefined,
    // The API is a plain POST endpoint: no subscriptions transport to probe.
    method: "POST",
  };
  const workers = {
    editorWorkerService: `${assets}/editor.worker.js`,
    json: `${assets}/json.worker.js`,
    graphql: `${assets}/graphql.worker.js`,
  };
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)}</title>
    <link rel="icon" href="${escapeHtml(assets)}/favicon.ico" />
    <link rel="stylesheet" href="${escapeHtml(assets)}/graphiql.css" />
    <style>html, body, #root { height: 100%; margin: 0; }</style>
  </head>
  <body class="no-focus-outline">
    <noscript>GraphiQL needs JavaScript.</noscript>
    <div id="root"></div>
    <script>
      const workers = ${scriptJson(workers)};
      self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: (_id, label) => workers[label] };
    </script>
    <script src="${escapeHtml(assets)}/graphiql.js"></script>
    <script>
      YogaGraphiQL.renderYogaGraphiQL(document.querySelector("#root"), ${scriptJson(graphiqlOptions)});
    </script>
  </body>
</html>
`;
}

/** JSON that is safe inside a <script> element: no `</script>` or `<!--` can close it. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
