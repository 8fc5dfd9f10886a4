#!/usr/bin/env bash
# Sourced by .ci/run before the tests: Debian's Chromium for the playground's browser tests.
# shellcheck source=/dev/null
source "$(dirname "${BASH_SOURCE[0]}")/chromium.sh"
