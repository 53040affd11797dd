#!/usr/bin/env bash
# Every test and gate, in the order that fails fastest: static checks, unit and component tests, their
# mutation score (incremental: only what changed since the committed report),
# engine benchmark, then the production build and what only a real browser can show.
set -euo pipefail
cd "$(dirname "$0")/.."

# Runs one step and says how long it took, so the suite's time can be read step by step.
timed() {
  local started=$SECONDS
  "$@"
  echo "[test-all] $* took $((SECONDS - started)) s"
}

# The docs generators' packages (a lockfile of their own, out of the app's dependencies) download while
# the steps below keep the CPU busy: installing them is mostly waiting on the network and the disk.
generators_log=$(mktemp)
npm ci --prefix tests/generators --no-audit --no-fund >"$generators_log" 2>&1 &
generators_install=$!
generators_installed() {
  wait "$generators_install" || { cat "$generators_log"; return 1; }
}

timed npm run format:check
timed npm run typecheck
timed npm run lint
timed npx vitest run
timed npm run mutation
timed npm run bench
timed npm run build
# An organisation's build with the example profile, beside the public one, for its browser tests.
timed npm run build:example
timed npm run size
# Docs sites built with the generators' own packages, for the embed tests.
timed generators_installed
timed npm run build --prefix tests/generators
timed npx playwright test
timed npm run test:engines
timed npm run interactions
timed npm run lighthouse
