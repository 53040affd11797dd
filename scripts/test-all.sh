#!/usr/bin/env bash
# Every test and gate, in the order that fails fastest: static checks, unit and component tests,
# engine benchmark, then the production build and what only a real browser can show.
set -euo pipefail
cd "$(dirname "$0")/.."

npm run format:check
npm run typecheck
npm run lint
npx vitest run
npm run bench
npm run build
npm run size
npx playwright test
npm run interactions
npm run lighthouse
