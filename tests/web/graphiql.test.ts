import { readdirSync } from "node:fs";
import { projectPath } from "../../src/lib/paths.js";
import { type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openOfflinePage } from "./browser.js";
import { startWebStack, type WebStack } from "./web-stack.js";

const WAIT = { timeout: 60_000 };

describe("GraphiQL at GET /graphql", () => {
  let stack: WebStack;
  let browser: Browser;

  beforeAll(async () => {
    stack = await startWebStack({ enableIde: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it("gives browsers the IDE page and leaves operations to the API", async () => {
    const page = await fetch(`${stack.url}/graphql`, { headers: { accept: "text/html" } });
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await page.text()).toContain("renderYogaGraphiQL");
    const operation = await fetch(`${stack.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/html, application/json" },
      body: JSON.stringify({ query: "{ countries { code } }" }),
    });
    expect(await operation.json()).toMatchObject({ data: { countries: expect.any(Array) } });
  });

  it("renders offline with the example queries as tabs and the docs explorer", async () => {
    const { page, external, errors } = await openOfflinePage(browser);
    await page.goto(`${stack.url}/graphql`);
    await page.locator(".graphiql-tab").first().waitFor(WAIT);
    const tabs = await page.locator(".graphiql-tab").allTextContents();
    expect(tabs.join(" ")).toContain("SummitsOfAStateInAYear");
    // One tab per file of docs/queries.
    const examples = readdirSync(projectPath("docs/queries")).filter((f) => f.endsWith(".graphql"));
    expect(tabs).toHaveLength(examples.length);

    await page.getByRole("button", { name: /documentation explorer/i }).click();
    const docs = page.locator(".graphiql-doc-explorer");
    await docs.getByText("Root Types").waitFor(WAIT);
    await docs.getByText("Query", { exact: true }).first().click();
    await docs.getByText("meetingStats").first().waitFor(WAIT);

    expect(external).toEqual([]);
    expect(errors).toEqual([]);
  });
});
