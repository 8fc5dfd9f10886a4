#!/usr/bin/env bash
# Installs Debian's Chromium for the playground's browser tests (test/web/), which drive it
# with playwright-core at /usr/bin/chromium. No browser is ever downloaded by npm or
# Playwright. Without it those tests skip with a message; everything else still runs.
# Needs root (CI containers run as root) or sudo. Works executed or sourced (.ci/run
# sources .ci/setup-*.sh): no `exit`, no global shell options changed when sourced.
heapscope_install_chromium() {
  if [ -x /usr/bin/chromium ]; then
    /usr/bin/chromium --version 2>/dev/null || true
    return 0
  fi
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core
  /usr/bin/chromium --version 2>/dev/null || true
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  heapscope_install_chromium
else
  heapscope_install_chromium || return 1
fi
