// POST /v1/runs with returnFiles: the files a program wrote come back in the result, and
// a run's files are gone in the next run (each run has its own file system).
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { FastifyInstance } from "fastify";
import { makeApp, postRun } from "./helpers.js";

describe("POST /v1/runs: the run's file system", () => {
  let app: FastifyInstance;
  before(async () => {
    app = await makeApp({ POOL_THREADS: "1" });
  });
  after(() => app.close());

  it("returnFiles: true returns what the program wrote (text as UTF-8, bytes as base64)", async () => {
    const source = [
      "import os",
      "os.makedirs('out', exist_ok=True)",
      "with open('out/report.txt', 'w') as f:",
      "    f.write('total: 3\\n')",
      "open('blob.bin', 'wb').write(bytes([0, 255, 1]))",
      "print(open(__file__).readline().strip())",
    ].join("\n");
    const res = await postRun(app, { source, returnFiles: true, files: { "helper_mod.py": "X = 1\n" } });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.status, "ok", res.body.stderr);
    assert.equal(res.body.stdout, "import os\n");
    assert.deepEqual(res.body.files, [
      { path: "/work/blob.bin", encoding: "base64", content: "AP8B", size: 3, truncated: false },
      { path: "/work/out/report.txt", encoding: "utf-8", content: "total: 3\n", size: 9, truncated: false },
    ]);
  });

  it("a list of paths picks files (given ones too); without returnFiles there is no files field", async () => {
    const res = await postRun(app, { source: "open('a.txt', 'w').write('A')\n", returnFiles: ["a.txt", "helper.py", "missing.txt"], files: { "helper.py": "Y = 2\n" } });
    assert.deepEqual(res.body.files.map((f: { path: string }) => f.path), ["/work/a.txt", "/work/helper.py"]);
    const plain = await postRun(app, { source: "open('a.txt', 'w').write('A')\n" });
    assert.equal(plain.body.files, undefined);
  });

  it("the next run does not see the previous run's files", async () => {
    await postRun(app, { source: "open('secret.txt', 'w').write('s3cr3t')\n" });
    const res = await postRun(app, { source: "import os\nprint(os.listdir('.'), os.path.exists('secret.txt'))\n" });
    assert.equal(res.body.stdout, "['main.py'] False\n");
  });

  it("a bad returnFiles is a 400", async () => {
    const res = await postRun(app, { source: "pass", returnFiles: "yes" });
    assert.equal(res.status, 400);
  });

  it("data files beside the program are readable with open(); unsafe names are a 400", async () => {
    const source = "with open('data/input.txt') as f:\n    print(sum(int(x) for x in f))\nimport helpers\nprint(helpers.X)\n";
    const res = await postRun(app, { source, files: { "data/input.txt": "1\n2\n3\n", "helpers.py": "X = 'ok'\n" } });
    assert.equal(res.status, 200);
    assert.equal(res.body.stdout, "6\nok\n", res.body.stderr);
    for (const name of ["../etc/passwd", "/etc/passwd", ".hidden", "a/../b.txt", "a//b.txt"]) {
      const bad = await postRun(app, { source: "pass", files: { [name]: "x" } });
      assert.equal(bad.status, 400, name);
    }
  });
});
