#!/usr/bin/env bash
# CI: a real Redis for the grading tests' Redis variant (test/service/grading-redis.test.ts).
# Installs the Debian package if missing, starts redis-server on 127.0.0.1:${REDIS_PORT:-6379}
# (no persistence) unless one already answers there, and waits until it does.
# `source .ci/redis.sh` from .ci/run also exports REDIS_URL, so the Redis tests then fail
# rather than skip if Redis is not reachable.
set -euo pipefail
REDIS_PORT="${REDIS_PORT:-6379}"
if ! command -v redis-server >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq redis-server
fi
if ! redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping >/dev/null 2>&1; then
  redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --daemonize yes --save "" --appendonly no \
    --logfile "${TMPDIR:-/tmp}/heapscope-ci-redis.log"
fi
for _ in $(seq 1 50); do
  if redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping >/dev/null 2>&1; then break; fi
  sleep 0.1
done
redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping
export REDIS_URL="redis://127.0.0.1:${REDIS_PORT}"
