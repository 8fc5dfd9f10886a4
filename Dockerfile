# syntax=docker/dockerfile:1
#
# heapscope container image: two stages.
#   build   - full install (dev dependencies included), compiles src/ -> dist/.
#   runtime - production dependencies only + dist/, non-root, read-only-rootfs ready.
#
# The Node base is pinned by exact version. For fully reproducible builds pin the
# digest too, e.g. node:24.22.3-bookworm-slim@sha256:<digest of the tag you tested>
# (`docker buildx imagetools inspect node:24.22.3-bookworm-slim` prints it), and
# use the same reference in both FROM lines.
#
# Nothing here can be built on the project's build machines (no container engine);
# `npm test` parses this file (test/delivery/dockerfile.test.ts) and reproduces the
# runtime stage outside a container (scripts/runtime-stage.ts).

############################ build ############################
FROM node:24.22.3-bookworm-slim AS build
WORKDIR /app

# Dependencies first, so the layer is cached until the lockfile changes.
# --ignore-scripts: `prepare` (= build) needs the sources, which come next.
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm \
    npm ci --ignore-scripts --no-audit --no-fund

COPY tsconfig.json tsconfig.build.json ./
COPY scripts/bundle-engine.mjs ./scripts/
COPY src ./src
COPY web ./web
RUN npm run build

########################### runtime ###########################
FROM node:24.22.3-bookworm-slim AS runtime

ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000

WORKDIR /app

# Production dependencies only, no lifecycle scripts, except the one native addon:
# better-sqlite3 (the grading store) fetches its prebuilt binary for this Node ABI
# (prebuild-install; there is no compiler in this image). npm itself is then removed from
# the image: the service never calls it, and it is the largest pile of code we would not run.
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm \
    npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
    && npm rebuild better-sqlite3 \
    && rm -rf /usr/local/lib/node_modules/npm /usr/local/lib/node_modules/corepack \
              /usr/local/bin/npm /usr/local/bin/npx /usr/local/bin/corepack

# The service reads its OpenAPI document at run time (request/response schemas).
COPY openapi ./openapi
COPY --from=build /app/dist ./dist

# Everything above is owned by root and only readable by the service user, so the
# service cannot modify its own code even where the root file system is writable.
# 1000:1000 is the `node` user of the base image; numeric, so that Kubernetes'
# runAsNonRoot can verify it without reading /etc/passwd.
USER 1000:1000

EXPOSE 3000

# Docker / Compose health (Kubernetes ignores this and uses the probes in deploy/).
# The slim image has no curl: use Node's own fetch.
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
    CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]

# Node runs as PID 1, directly (exec form: no shell, no npm in between, so SIGTERM
# reaches the server, whose own handler drains in-flight runs and exits 0). No init
# (tini) is needed: the service forks no processes (its pool uses threads), so there
# are no zombies to reap, and PID 1's "no default signal action" does not matter
# because the server installs its own SIGTERM/SIGINT handlers.
STOPSIGNAL SIGTERM
CMD ["node", "dist/service/server.js"]
