#!/usr/bin/env bash
# Installs Debian's Chromium for the playground's browser tests (test/web/), which drive it
# with playwright-core at /usr/bin/chromium. No browser is ever downloaded by npm or
# Playwright. Without it those tests skip with a message; everything else still runs.
# Called by .ci/run before `npm test`; needs root (CI containers run as root) or sudo.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  /usr/bin/chromium --version || true
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core
/usr/bin/chromium --version
