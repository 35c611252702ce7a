#!/usr/bin/env bash
# Installs whatever is missing and runs every test: native domain tests, a check that the
# Debian fallback route for wasm still compiles, browser component tests (wasm-bindgen-test
# in headless Chromium), the release build and its size report, end-to-end tests
# (playwright-core + Debian's Chromium, axe-core) and bounded fuzzing.
# Each stage prints its time. YIBAO_WASM_ROUTE=debian scripts/test.sh runs it all on the
# Debian route (see scripts/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
SECONDS=0

stage "setup" scripts/setup.sh
. scripts/env.sh   # the route may have been chosen just now

stage "format (cargo fmt --check)" cargo fmt --check
stage "lint, native (clippy -D warnings)" cargo clippy --quiet --all-targets -- -D warnings
stage "lint, wasm32 (clippy -D warnings)" bash -c '. scripts/env.sh; wasm cargo clippy --quiet --target wasm32-unknown-unknown --lib --bins $(for f in tests/web*.rs; do printf -- "--test %s " "$(basename "$f" .rs)"; done) -- -D warnings'
stage "native tests (cargo test)" cargo test --quiet
# The fallback route must not rot where rustup works: it has to resolve and compile offline.
# (On the Debian route itself the wasm stages below build with it in full.)
if [ "$WASM_ROUTE" = rustup ]; then
  stage "Debian fallback route (cargo check, build-std, offline)" scripts/debian-route.sh check
fi
stage "browser component tests (wasm-bindgen-test, headless Chromium)" \
  env CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
      CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=120 \
      bash -c '. scripts/env.sh; wasm cargo test --target wasm32-unknown-unknown $(for f in tests/web*.rs; do printf -- "--test %s " "$(basename "$f" .rs)"; done)'
# Every tool is its own file (one binary each): one cargo run links them all, two at a time
# on two cores, before Trunk asks for each in turn (it then finds them built).
stage "release build (trunk)" bash -c '. scripts/env.sh; release cargo build --quiet --release --offline --target wasm32-unknown-unknown --bins && release trunk build --release --offline'
stage "first-visit download size" node tests/e2e/size.mjs dist
stage "benchmark: navigation to an interactive result" node tests/e2e/bench-calc.mjs
stage "benchmark: crafted ID collisions against random IDs (200,000 rows)" node tests/e2e/bench-flood.mjs 200000
stage "end-to-end tests (playwright-core, Chromium, axe-core)" node --test --test-concurrency=1 tests/e2e/
if [ -x scripts/fuzz.sh ]; then
  # 12 s a target keeps a warm run under 15 minutes; FUZZ_SECONDS=600 scripts/fuzz.sh soaks.
  stage "fuzzing (bounded)" env FUZZ_SECONDS="${FUZZ_SECONDS:-12}" scripts/fuzz.sh
fi
echo
echo "all stages passed in ${SECONDS}s"
