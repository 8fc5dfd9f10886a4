// What the browser tests of the playground share: the page built and served by the real
// app on a free port, Debian's Chromium driven by playwright-core (never a downloaded
// browser), and new pages that report console errors, page errors and failed requests.
// Without Chromium (install: .ci/setup-chromium.sh) `context` stays null and the tests skip.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import type { BrowserContext, Page } from "playwright-core";
import { buildPlayground } from "./build.js";
import { makeApp } from "../service/helpers.js";

// Debian's package; HEAPSCOPE_CHROMIUM overrides the path (a missing one shows the skip).
export const CHROMIUM = process.env.HEAPSCOPE_CHROMIUM || "/usr/bin/chromium";
export const SHOTS = new URL("../../test-results/playground/", import.meta.url);
export const hasChromium = existsSync(CHROMIUM);

export interface Playground {
  app: FastifyInstance;
  /** http://127.0.0.1:PORT */
  base: string;
  /** null without Chromium. */
  context: BrowserContext | null;
  /** Everything pages opened by openPage reported as an error, in order. */
  consoleErrors: string[];
  close(): Promise<void>;
}

/** Build the page, serve it from the real app and (with Chromium) start a fresh browser profile. */
export async function startPlayground(): Promise<Playground> {
  await buildPlayground();
  const app = await makeApp({ POOL_THREADS: "1" });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  let context: BrowserContext | null = null;
  let profile = "";
  if (hasChromium) {
    mkdirSync(SHOTS, { recursive: true });
    profile = mkdtempSync(join(tmpdir(), "heapscope-chromium-"));
    const { chromium } = await import("playwright-core");
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
      viewport: { width: 1280, height: 900 },
    });
  }
  return {
    app,
    base,
    context,
    consoleErrors: [],
    async close() {
      await context?.close();
      if (profile) rmSync(profile, { recursive: true, force: true });
      await app.close();
    },
  };
}

/** A new page of `width` px whose errors go to `pg.consoleErrors`, at `/` plus `suffix`. */
export async function openPage(pg: Playground, width: number, suffix: string, onPage?: (page: Page) => void): Promise<Page> {
  const page = await pg.context!.newPage();
  await page.setViewportSize({ width, height: 900 });
  page.on("console", (m) => {
    if (m.type() === "error") pg.consoleErrors.push(`${page.url()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => pg.consoleErrors.push(`${page.url()}: ${e.message}`));
  page.on("requestfailed", (r) => pg.consoleErrors.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ""}`));
  onPage?.(page);
  await page.goto(pg.base + "/" + suffix);
  await page.waitForSelector(".cm-content");
  return page;
}
