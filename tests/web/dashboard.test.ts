import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectPath } from "../../src/lib/paths.js";
import { launchBrowser, openOfflinePage } from "./browser.js";
import { startWebStack, type WebStack } from "./web-stack.js";

// A cold database makes the first queries slow; these bound waits, not expectations.
const WAIT = { timeout: 60_000 };

describe("the dashboard in a browser, on the seed article through the real API", () => {
  let stack: WebStack;
  let browser: Browser;

  beforeAll(async () => {
    stack = await startWebStack({ enableIde: false });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it("shows the 13 January 2026 summit, narrows by kind, and details the summit with its evidence, offline", async () => {
    const { page, external, errors } = await openOfflinePage(browser);
    await page.goto(`${stack.url}/`);
    await page.waitForSelector("body[data-state=ready]", WAIT);

    const timeline = page.locator("#timeline");
    await timeline.getByText("South Korea-Japan summit").waitFor(WAIT);
    expect(await timeline.getByText("Interview of Lee Jae-myung with NHK").count()).toBe(1);
    expect(await page.locator("#undated").textContent()).toContain(
      "Proposed Japan-North Korea summit",
    );
    expect(await page.locator("#stats svg rect.bar").count()).toBeGreaterThan(0);
    expect(await page.locator("#network canvas").count()).toBe(1);

    await page.getByLabel("Interview").check();
    await timeline.getByText("South Korea-Japan summit").waitFor({ state: "detached", ...WAIT });
    expect(await timeline.getByText("Interview of Lee Jae-myung with NHK").count()).toBe(1);
    expect(await page.locator("#status").textContent()).toBe("1 meeting (0 undated)");
    await page.getByRole("button", { name: "Clear filters" }).click();
    await timeline.getByText("South Korea-Japan summit").waitFor(WAIT);

    await timeline.getByText("South Korea-Japan summit").click();
    const detail = page.locator("#detail");
    await detail.getByRole("heading", { name: "South Korea-Japan summit" }).waitFor(WAIT);
    expect(await detail.locator(".badge.joint").textContent()).toBe("Joint statement");
    expect(await detail.textContent()).toContain("13 Jan 2026");
    expect(await detail.textContent()).toContain("Lee Jae-myung — President, South Korea");
    const quote = detail.locator(".quote").first();
    expect(await quote.locator("blockquote").textContent()).toContain(
      "We confirmed that Japan will work closely with South Korea",
    );
    expect(await quote.locator(".sentence mark").textContent()).toContain("We confirmed that");
    expect(await detail.locator(".position").count()).toBeGreaterThan(0);

    await page.mouse.move(0, 0);
    // The README's screenshot is refreshed on request only, so that a test run leaves
    // the working tree as it found it: UPDATE_SCREENSHOTS=1 npx vitest run tests/web.
    const screenshot = process.env.UPDATE_SCREENSHOTS
      ? projectPath("docs", "dashboard.png")
      : join(tmpdir(), "diplograph-dashboard.png");
    await page.screenshot({ path: screenshot, fullPage: true });
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
  });
});
