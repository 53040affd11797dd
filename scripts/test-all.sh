#!/usr/bin/env bash
# Every test and gate, in the order that fails fastest: static checks, unit and component tests, their
# mutation score (incremental: only what changed since the committed report),
# engine benchmark, then the production build and what only a real browser can show.
set -euo pipefail
cd "$(dirname "$0")/.."

npm run format:check
npm run typecheck
npm run lint
npx vitest run
npm run mutation
npm run bench
npm run build
npm run size
# Docs sites built with the generators' own packages, for the embed tests (their own lockfile).
npm run generators
npx playwright test
npm run interactions
npm run lighthouse
