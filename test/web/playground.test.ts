// The playground (web/, served at `/` by src/service/routes/playground.ts), driven in
// Debian's Chromium by playwright-core (never a downloaded browser). Builds the page with
// Vite first, serves it from the real app on a free port, and checks every view, both
// run modes (their events must be identical), 1280 and 390 px widths, keyboard use and
// the console. Screenshots go to test-results/playground/ (gitignored).
// Without /usr/bin/chromium (install: .ci/setup-chromium.sh) the browser tests are skipped.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { CHROMIUM, SHOTS, hasChromium, openPage, startPlayground, type Playground } from "./harness.js";
import type { RunResult, TraceEvent } from "../../src/engine/api.js";
import { EXAMPLES } from "../../web/src/examples.js";

// What the page-side callbacks of page.evaluate use (this tsconfig has no DOM lib).
declare const window: { playground: { lastResult(): RunResult | null } };
declare const document: {
  getElementById(id: string): { disabled: boolean } | null;
  querySelector(selector: string): { textContent: string | null } | null;
  documentElement: { scrollWidth: number; clientWidth: number };
  activeElement: { id: string; classList: { contains(c: string): boolean } } | null;
};

if (!hasChromium) console.log(`# playground browser tests skipped: ${CHROMIUM} is missing (install it with .ci/setup-chromium.sh)`);

let pg: Playground;

before(async () => {
  pg = await startPlayground();
});

after(async () => {
  await pg?.close();
});

/** The page at `width` px, with `hash` after `/`. */
const openAt = (width = 1280, hash = ""): Promise<Page> => openPage(pg, width, hash);

/** Run the editor's program in `mode` and wait for its result. */
async function runIn(page: Page, mode: "worker" | "api"): Promise<RunResult> {
  await page.selectOption("#mode", mode);
  const before = await page.evaluate(() => window.playground.lastResult());
  await page.click("#run");
  await page.waitForFunction((prev) => {
    const pg = window.playground;
    const r = pg.lastResult();
    return r !== null && JSON.stringify(r) !== JSON.stringify(prev) && !document.getElementById("run")!.disabled;
  }, before);
  assert.match((await page.textContent("#summary")) ?? "", mode === "api" ? /Ran on the server/ : /Ran in this browser/);
  return (await page.evaluate(() => window.playground.lastResult())) as RunResult;
}

async function tab(page: Page, name: "output" | "timeline" | "events" | "lifelines" | "retention"): Promise<void> {
  await page.click(`#tab-${name}`);
  await page.waitForSelector(`#view-${name}:not([hidden])`);
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: new URL(`${name}.png`, SHOTS).pathname, fullPage: true });
}

function withoutWall(r: RunResult): unknown {
  return { ...r, stats: { ...r.stats, wallMs: 0 } };
}

const EXPECT: Record<string, { stdout: RegExp; retention?: RegExp; collections: number; memoryError?: boolean }> = {
  finalizer: { stdout: /^finalized\n$/, collections: 1 },
  cycle: { stdout: /freed lost-a\n[\s\S]*still here: kept-b\n/, retention: /global\s+kept\s*→\s*list #\d+\s*\[0\]\s*→\s*Node #\d+/, collections: 1 },
  "weak-cache": { stdout: /cached: \['cat', 'dog'\]\n$/, retention: /global\s+dog\s*→\s*Image #\d+/, collections: 1 },
  "finalizer-pitfall": { stdout: /^removing a\.tmp\ncollected; see 'Why alive\?' for b\n$/, retention: /the finalizer registry holds\s+finalize #\d+\s*<finalizer func>\s*→\s*method #\d+\s*\.__self__\s*→\s*TempFile #\d+/, collections: 1 },
  "memory-error": { stdout: /^MemoryError: memory allocation failed, allocating \d+ bytes\nthe heap held \d+ chunks\nall chunks freed\nfree again: \d+ bytes\n$/, collections: 2, memoryError: true },
  threshold: { stdout: /temp 0 freed\ntemp 100 freed\nthreshold: 4096\n/, retention: /global\s+keep\s*→\s*list #\d+\s*\[0\]\s*→\s*Temp #\d+/, collections: 15 },
};

describe("the playground is served at /", () => {
  it("serves the page and its hashed assets from 'self' under the app's CSP", async () => {
    const page = await fetch(pg.base + "/");
    assert.equal(page.status, 200);
    assert.match(page.headers.get("content-type") ?? "", /^text\/html/);
    assert.equal(page.headers.get("cache-control"), "no-cache");
    assert.match(page.headers.get("content-security-policy") ?? "", /default-src 'self'/);
    const html = await page.text();
    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
    assert.ok(assets.length >= 2, html);
    assert.ok(!/https?:\/\//.test(html.replace(/http:\/\/www\.w3\.org/g, "")), "no other origin is referenced");
    for (const a of assets) {
      const res = await fetch(pg.base + a);
      assert.equal(res.status, 200, a);
      assert.match(res.headers.get("cache-control") ?? "", /immutable/);
      // Compressed at build time, sent compressed to a client that accepts it.
      const br = await fetch(pg.base + a, { headers: { "accept-encoding": "br" } });
      assert.equal(br.headers.get("content-encoding"), "br", a);
      assert.equal(await br.text(), await res.text(), a);
    }
  });

  it("the API returns the engine's retention paths in run-end", async () => {
    const ex = EXAMPLES.find((e) => e.id === "cycle")!;
    const res = await fetch(pg.base + "/v1/runs", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ source: ex.source }) });
    assert.equal(res.status, 200);
    const r = (await res.json()) as RunResult;
    const end = r.events[r.events.length - 1];
    assert.ok(end.kind === "run-end" && end.retention !== undefined, JSON.stringify(end));
    assert.equal(end.retention.length, 1);
    const p = end.retention[0];
    assert.equal(p.why, "pending-finalizer");
    assert.deepEqual({ kind: p.root?.kind, name: p.root?.name, type: p.root?.type }, { kind: "global", name: "kept", type: "list" });
    assert.deepEqual(p.steps.map((s) => [s.edge, s.type]), [["[0]", "Node"]]);
    assert.equal(p.steps[0].id, p.targetId);
  });

  it("lists no directories and answers unknown files with the API's 404 problem", async () => {
    for (const path of ["/assets/", "/assets/nope.js", "/../package.json", "/.env"]) {
      const res = await fetch(pg.base + path);
      assert.equal(res.status, 404, path);
      assert.match(res.headers.get("content-type") ?? "", /^application\/problem\+json/, path);
    }
  });
});

describe("the playground in Chromium", { skip: hasChromium ? false : `${CHROMIUM} is missing (install it with .ci/setup-chromium.sh)` }, () => {
  for (const ex of EXAMPLES) {
    it(`example "${ex.id}": output, timeline, events, lifelines, retention`, async () => {
      const want = EXPECT[ex.id];
      assert.ok(want, `expectations for ${ex.id}`);
      const page = await openAt();
      await page.selectOption("#example", ex.id);
      assert.equal(await page.inputValue("#heap"), String(ex.heapKiB));
      const r = await runIn(page, "worker");
      assert.match(r.stdout, want.stdout);
      assert.equal(await page.textContent("#stdout"), r.stdout);
      assert.equal(r.stats.collections, want.collections);
      await shot(page, `${ex.id}-1-output`);

      await tab(page, "timeline");
      assert.equal(await page.locator("#timeline .gc-marker").count(), want.collections);
      assert.equal(await page.locator("#timeline .memerr-marker").count(), want.memoryError ? 1 : 0);
      assert.equal(await page.locator("#timeline path.heap-line").count(), 1);
      await page.locator("#timeline .gc-marker").first().click();
      assert.match((await page.textContent("#timeline-detail")) ?? "", /collection #1 .*freed/);
      assert.ok((await page.locator("#timeline-detail li").count()) >= 2, "the collection's events are listed");
      await shot(page, `${ex.id}-2-timeline`);

      await tab(page, "events");
      assert.equal(await page.locator("#events tbody tr").count(), r.events.length);
      // Lines of library modules (events carry no file name) are not linked to the editor.
      const programLines = ex.source.split("\n").length;
      const linked = await page.locator("#events .line-link").evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-line"))));
      assert.ok(linked.length > 0 && linked.every((l) => l >= 1 && l <= programLines), String(linked));
      await page.selectOption("#filter-kind", "gc-start");
      assert.equal(await page.locator("#events tbody tr").count(), want.collections);
      await page.selectOption("#filter-kind", "");
      // By type: every event about an object of that type (ref-cleared names only the id).
      const weakTypes = new Map<number, string>();
      for (const e of r.events) if (e.kind === "ref-created" || e.kind === "finalize-created") weakTypes.set(e.targetId, e.targetType);
      const someType = [...weakTypes.values()][0];
      if (someType !== undefined) {
        await page.fill("#filter-type", someType);
        const expected = r.events.filter((e) => ("targetType" in e && e.targetType.includes(someType)) || ("targetId" in e && (weakTypes.get(e.targetId) ?? "").includes(someType))).length;
        assert.equal(await page.locator("#events tbody tr").count(), expected);
        await page.fill("#filter-type", "");
      }
      await shot(page, `${ex.id}-3-events`);

      await tab(page, "lifelines");
      const lifelines = page.locator("#lifelines .lifeline");
      assert.ok((await lifelines.count()) >= 1, "at least one lifeline");
      await shot(page, `${ex.id}-4-lifelines`);

      await tab(page, "retention");
      const retention = ((await page.textContent("#retention")) ?? "").replace(/\s+/g, " ");
      if (want.retention) assert.match(retention, want.retention);
      else assert.match(retention, /Nothing to explain/);
      await shot(page, `${ex.id}-5-retention`);
      await page.close();
    });
  }

  it("a lifeline shows created → weak refs → freed by which collection → callbacks, or alive at the end", async () => {
    const page = await openAt();
    await page.selectOption("#example", "cycle");
    await runIn(page, "worker");
    await tab(page, "lifelines");
    const texts = (await page.locator("#lifelines .lifeline").allInnerTexts()).map((t) => t.replace(/\s+/g, " "));
    assert.equal(texts.length, 2);
    assert.match(texts[0], /Node #\d+ freed at step \d+ finalizer #\d+ step \d+ line 11 freed by collection #1 \(explicit\) step \d+ line 16 finalizer #\d+ ran step \d+ line 16/);
    assert.match(texts[1], /Node #\d+ alive at end finalizer #\d+ step \d+ line 11 alive at the end; finalizer #\d+ never ran/);
    // The object's name filters the event table to it.
    await page.locator("#lifelines .lifeline .obj-link").first().click();
    assert.equal(await page.getAttribute("#tab-events", "aria-selected"), "true");
    assert.equal(await page.locator("#events tbody tr").count(), 2);
    await page.close();
  });

  it("the same program gives the same result in the Web Worker and through the API (but wallMs)", async () => {
    for (const ex of EXAMPLES) {
      const page = await openAt();
      await page.selectOption("#example", ex.id);
      const inBrowser = await runIn(page, "worker");
      const onServer = await runIn(page, "api");
      assert.deepEqual(withoutWall(onServer), withoutWall(inBrowser), ex.id);
      const end = onServer.events[onServer.events.length - 1] as TraceEvent;
      assert.equal(end.kind, "run-end");
      if (EXPECT[ex.id].retention) assert.ok(end.kind === "run-end" && end.retention && end.retention.length > 0, `${ex.id}: the API returns retention paths`);
      await page.close();
    }
  });

  it("stdin and the timeout apply in both modes", async () => {
    const echo = "name = input()\nprint('hello', name)\n";
    const page = await openAt(1280, "#code=" + Buffer.from(echo, "utf8").toString("base64url"));
    await page.fill("#stdin", "Ada\n");
    for (const mode of ["worker", "api"] as const) assert.equal((await runIn(page, mode)).stdout, "hello Ada\n", mode);
    const loop = "print('start')\nwhile True:\n    pass\n";
    // Opening a shared link in the same tab changes only the hash: the page loads it.
    await page.goto(pg.base + "/#code=" + Buffer.from(loop, "utf8").toString("base64url") + "&timeout=300");
    await page.waitForFunction(() => document.querySelector(".cm-content")!.textContent === "print('start')while True:    pass");
    assert.equal(await page.inputValue("#timeout"), "300");
    for (const mode of ["worker", "api"] as const) {
      const r = await runIn(page, mode);
      assert.equal(r.status, "timeout", mode);
      assert.equal(r.stdout, "start\n", mode);
      assert.match((await page.textContent("#summary")) ?? "", /^timeout/);
    }
    await page.close();
  });

  it("a traceback's line is a link to the editor; a shared link carries the program", async () => {
    const source = "def f(x):\n    return 1 / x\n\nprint('before')\nf(0)\n";
    const hash = "#code=" + Buffer.from(source, "utf8").toString("base64url") + "&heap=512";
    const page = await openAt(1280, hash);
    assert.equal(await page.inputValue("#heap"), "512");
    const r = await runIn(page, "worker");
    assert.equal(r.status, "error");
    assert.match(r.stderr, /ZeroDivisionError: division by zero/);
    const links = page.locator("#stderr .line-link");
    assert.deepEqual(await links.allTextContents(), ["line 5", "line 2"]);
    await links.nth(1).click();
    assert.equal(await page.textContent(".cm-activeLine"), "    return 1 / x");
    await shot(page, "traceback-link");
    // "Copy share link" puts the program in the address: opening it restores the program.
    await page.click("#share");
    const url = page.url();
    const again = await openAt(1280, url.slice(url.indexOf("#")));
    assert.equal(await again.evaluate(() => document.querySelector(".cm-content")!.textContent), source.split("\n").join(""));
    await page.close();
    await again.close();
  });

  it("works at 390 px: no horizontal overflow, every control reachable", async () => {
    const page = await openAt(390);
    await page.selectOption("#example", "threshold");
    await runIn(page, "worker");
    for (const name of ["output", "timeline", "events", "lifelines", "retention"] as const) {
      await tab(page, name);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${name}: ${overflow}px of horizontal overflow`);
      await shot(page, `narrow-390-${name}`);
    }
    for (const sel of ["#example", "#mode", "#run", "#share", "#heap", "#timeout", "#stdin", "#tab-retention"]) {
      const box = await page.locator(sel).boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= 390 && box.width > 0, `${sel} within the viewport width`);
    }
    await page.close();
  });

  it("keyboard only: type, Ctrl-Enter runs, tabs with arrows, a timeline marker with Enter", async () => {
    const page = await openAt();
    // Tab from the page start into the editor.
    let inEditor = false;
    for (let i = 0; i < 12 && !inEditor; i++) {
      await page.keyboard.press("Tab");
      inEditor = await page.evaluate(() => document.activeElement?.classList.contains("cm-content") ?? false);
    }
    assert.ok(inEditor, "the editor is reachable with Tab");
    await page.keyboard.press("Control+a");
    await page.keyboard.type("import gc\nx = [1, 2]\ngc.collect()\nprint('kb')\n");
    await page.keyboard.press("Control+Enter");
    await page.waitForFunction(() => window.playground.lastResult()?.stdout === "kb\n");
    // Tabs: focus the selected tab, then arrows.
    await page.focus("#tab-output");
    await page.keyboard.press("ArrowRight");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "tab-timeline");
    assert.equal(await page.isHidden("#view-timeline"), false);
    await page.focus("#timeline .gc-marker");
    await page.keyboard.press("Enter");
    assert.match((await page.textContent("#timeline-detail")) ?? "", /collection #1 \(explicit\)/);
    await shot(page, "keyboard");
    // Ctrl-Enter also runs from outside the editor.
    await page.focus("#heap");
    await page.fill("#heap", "2048");
    await page.keyboard.press("Control+Enter");
    await page.waitForFunction(() => window.playground.lastResult()?.stats.heapLimitBytes === 2048 * 1024);
    await page.close();
  });

  it("logged no console errors, page errors or failed requests", () => {
    assert.deepEqual(pg.consoleErrors, []);
  });
});
