// The playground's Grade tab (docs/playground.md) in Debian's Chromium: the example tests
// graded through POST /v1/gradings (all passed, then a failing variant with its message),
// a program that does not parse (gradable: false, its line linked to the editor), tests
// that are not JSON (a clear error and no request), a server problem (title: detail), and
// the tab at 390 px. Screenshots go to test-results/playground/ (gitignored).
// Without /usr/bin/chromium (install: .ci/setup-chromium.sh) the browser tests are skipped.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { CHROMIUM, SHOTS, hasChromium, openPage, startPlayground, type Playground } from "./harness.js";
import type { GradingResult } from "../../web/src/grader.js";

// What the page-side callbacks of page.evaluate use (this tsconfig has no DOM lib).
declare const window: { playground: { lastGrading(): GradingResult | null } };
declare const document: {
  getElementById(id: string): { disabled: boolean } | null;
  documentElement: { scrollWidth: number; clientWidth: number };
  activeElement: { id: string } | null;
};

if (!hasChromium) console.log(`# grading view browser tests skipped: ${CHROMIUM} is missing (install it with .ci/setup-chromium.sh)`);

let pg: Playground;

before(async () => {
  if (!hasChromium) return;
  pg = await startPlayground();
});

after(async () => {
  await pg?.close();
});

/** The page with its Grade tab open; `gradings` counts the requests to /v1/gradings. */
async function openGrade(width = 1280, source?: string): Promise<{ page: Page; gradings: string[] }> {
  const gradings: string[] = [];
  // A program other than the first example comes in a share link (#code=base64url).
  const hash = source === undefined ? "" : "#code=" + Buffer.from(source, "utf8").toString("base64url");
  const page = await openPage(pg, width, hash, (p) =>
    p.on("request", (r) => {
      if (r.url().includes("/v1/gradings")) gradings.push(`${r.method()} ${r.url()}`);
    }),
  );
  await page.click("#tab-grade");
  await page.waitForSelector("#view-grade:not([hidden])");
  return { page, gradings };
}

/** Press Grade and wait for the API's result. */
async function grade(page: Page): Promise<GradingResult> {
  await page.click("#grade");
  await page.waitForFunction(() => window.playground.lastGrading() !== null && !document.getElementById("grade")!.disabled);
  return (await page.evaluate(() => window.playground.lastGrading())) as GradingResult;
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: new URL(`${name}.png`, SHOTS).pathname, fullPage: true });
}

async function rowText(page: Page, id: string): Promise<string> {
  return (await page.textContent(`#grade-table tr[data-test="${id}"]`)) ?? "";
}

describe("the Grade tab in Chromium", { skip: hasChromium ? false : `${CHROMIUM} is missing (install it with .ci/setup-chromium.sh)` }, () => {
  it("grades the example program with the example tests: all passed, total shown, outputs expandable", async () => {
    const { page, gradings } = await openGrade();
    assert.match((await page.textContent("#view-grade")) ?? "", /only through the API/);
    const r = await grade(page);
    assert.equal(r.gradable, true);
    assert.deepEqual(r.tests.map((t) => [t.id, t.status]), [["prints", "passed"], ["deleted", "passed"], ["collected", "passed"]]);
    assert.equal(r.score, 4);
    assert.equal(r.maxScore, 4);
    assert.deepEqual(gradings.map((g) => g.split(" ")[0]), ["POST"]);
    assert.match((await page.textContent("#grade-summary")) ?? "", /Score 4 \/ 4 — 3 of 3 tests passed/);
    assert.match(await rowText(page, "prints"), /prints finalized[\s\S]*passed[\s\S]*1\/1/);
    assert.match(await rowText(page, "collected"), /passed[\s\S]*2\/2/);
    assert.equal(await page.locator("#grade-table .verdict-passed").count(), 3);
    // A visible test's stdout is folded under its row.
    await page.click('#grade-table tr[data-test="prints"] details summary');
    assert.equal(await page.textContent('#grade-table tr[data-test="prints"] .test-stdout'), "finalized\n");
    await shot(page, "grade-1-passed");
    await page.close();
  });

  it("a failing variant shows each failed verdict with the API's message and the partial score", async () => {
    // The program keeps its Node alive: no finalizer runs, `n` stays bound.
    const { page } = await openGrade(1280, "import gc, weakref\nclass Node: pass\nn = Node()\nweakref.finalize(n, print, 'finalized')\ngc.collect()\nprint('done')\n");
    const r = await grade(page);
    assert.deepEqual(r.tests.map((t) => [t.id, t.status]), [["prints", "failed"], ["deleted", "failed"], ["collected", "failed"]]);
    assert.equal(r.score, 0);
    assert.match((await page.textContent("#grade-summary")) ?? "", /Score 0 \/ 4 — 0 of 3 tests passed/);
    assert.match(await rowText(page, "prints"), /failed[\s\S]*0\/1[\s\S]*line 1 differs/);
    assert.match(await rowText(page, "deleted"), /n is still bound/);
    assert.match(await rowText(page, "collected"), /finalize-call/);
    assert.equal(await page.locator("#grade-table .verdict-failed").count(), 3);
    await shot(page, "grade-2-failed");
    await page.close();
  });

  it("a program that does not parse is not gradable: its SyntaxError's line is a link to the editor", async () => {
    const { page } = await openGrade(1280, "print('a')\n\ndef broken(:\n    pass\n");
    const r = await grade(page);
    assert.equal(r.gradable, false);
    assert.ok(r.tests.every((t) => t.status === "skipped"));
    assert.match((await page.textContent(".not-gradable")) ?? "", /Not gradable: the program does not parse \(SyntaxError: .*, line 3\)/);
    await page.click('.not-gradable .line-link[data-line="3"]');
    assert.match((await page.textContent(".cm-activeLine")) ?? "", /def broken/);
    assert.equal(await page.locator("#grade-table .verdict-skipped").count(), 3);
    await shot(page, "grade-3-not-gradable");
    await page.close();
  });

  it("tests that are not valid JSON, or not tests, get a clear error and send no request", async () => {
    const { page, gradings } = await openGrade();
    await page.fill("#grade-tests", '[{"id": "a", "expect": {"stdout": "x"}');
    await page.click("#grade");
    assert.match((await page.textContent("#grade-summary")) ?? "", /^The tests are not valid JSON: /);
    await page.fill("#grade-tests", '{"cases": []}');
    await page.click("#grade");
    assert.match((await page.textContent("#grade-summary")) ?? "", /must be a JSON array of tests or an object \{"tests": \[\.\.\.\]\}/);
    await page.fill("#grade-tests", "[]");
    await page.focus("#grade-tests");
    await page.keyboard.press("Control+Enter");
    assert.match((await page.textContent("#grade-summary")) ?? "", /no tests to grade/);
    assert.equal(await page.getAttribute("#grade-summary", "class"), "summary bad");
    assert.deepEqual(gradings, []);
    await shot(page, "grade-4-bad-json");
    await page.close();
  });

  it("a test the server refuses shows the problem's title and detail; Ctrl-Enter in the tests grades", async () => {
    const { page, gradings } = await openGrade();
    await page.fill("#grade-tests", '[{"id": "a", "code": "def (:\\n"}]');
    await page.focus("#grade-tests");
    await page.keyboard.press("Control+Enter");
    await page.waitForSelector("#grade-summary.bad");
    assert.match((await page.textContent("#grade-summary")) ?? "", /^The server answered 400: .+: .*tests\/0\/code/);
    assert.equal(gradings.length, 1);
    await page.close();
    // Chromium itself logs every 4xx answer to a fetch; this one was asked for. Nothing else may be logged.
    const refused = pg.consoleErrors.findIndex((e) => /status of 400 \(Bad Request\)/.test(e));
    assert.ok(refused >= 0, "Chromium logged the refused request");
    pg.consoleErrors.splice(refused, 1);
  });

  it("works at 390 px: no horizontal overflow of the page", async () => {
    const { page } = await openGrade(390);
    await grade(page);
    await page.click('#grade-table tr[data-test="prints"] details summary');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${overflow}px of horizontal overflow`);
    for (const sel of ["#grade-tests", "#grade", "#tab-grade"]) {
      const box = await page.locator(sel).boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= 390 && box.width > 0, `${sel} within the viewport width`);
    }
    await shot(page, "grade-narrow-390");
    await page.close();
  });

  it("logged no console errors, page errors or failed requests", () => {
    assert.deepEqual(pg.consoleErrors, []);
  });
});
