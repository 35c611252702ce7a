#!/usr/bin/env bash
# Installs everything yibao needs on a fresh machine of this kind, idempotently.
# Follows ../shared/TOOLCHAIN.md. Quick (about a second) when everything is present.
#
# Writes scripts/.toolchain.env, which the other scripts source: it says which route
# builds WebAssembly (rustup's target, or Debian's rustc-web with build-std).
# YIBAO_WASM_ROUTE=debian forces the Debian route (to prove it where rustup works);
# YIBAO_WASM_ROUTE=rustup, the default, tries rustup and falls back to Debian.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130
export PATH="$HOME/.cargo/bin:$PATH"

step() { printf '\n==> %s\n' "$*"; }
SECONDS=0
. scripts/apt.sh

step "wasm32 standard library"
case "${YIBAO_WASM_ROUTE:-rustup}" in
  rustup)
    route=rustup
    if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
      if ! rustup target add wasm32-unknown-unknown; then
        echo "rustup target add failed: falling back to Debian's rustc-web with build-std"
        route=debian
      fi
    fi ;;
  debian)
    echo "YIBAO_WASM_ROUTE=debian: Debian's rustc-web with build-std"
    route=debian ;;
  *)
    echo "error: YIBAO_WASM_ROUTE must be rustup or debian, not '$YIBAO_WASM_ROUTE'" >&2
    exit 2 ;;
esac
if [ "$route" = debian ]; then
  # The apt packages, and the crates the standard library itself needs (build-std).
  scripts/debian-route.sh install
fi

step "the standard library's sources (release builds rebuild it for size: scripts/env.sh release)"
# (Rustup's route only: the Debian route already builds std, and its rustc 1.96 with these
# flags is unverified here.)
small=1
[ "$route" = rustup ] || small=0
if [ "$route" = rustup ] && ! rustup component list --installed 2>/dev/null | grep -q '^rust-src'; then
  rustup component add rust-src || small=0
fi
if [ "$small" = 1 ] && [ "$route" = rustup ]; then
  # The standard library's own crates, in cargo's cache for the offline builds (the Debian
  # route's install fetched them already).
  std_env=(env RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort)
  "${std_env[@]}" cargo fetch --offline --target wasm32-unknown-unknown >/dev/null 2>&1 ||
    "${std_env[@]}" cargo fetch --quiet --target wasm32-unknown-unknown || small=0
fi
[ "$small" = 1 ] || echo "warning: no standard library sources: release builds are not size-optimised (larger downloads)"
printf 'WASM_ROUTE=%s\nSMALL_STD=%s\n' "$route" "$small" > scripts/.toolchain.env

step "Chromium and ChromeDriver (Debian), CJK fonts for the screenshots"
apt_install chromium chromium-driver fonts-noto-cjk

step "trunk $TRUNK_VERSION"
if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

step "wasm-bindgen-cli $WASM_BINDGEN_VERSION"
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --locked ||
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

step "npm packages (playwright-core, axe-core, binaryen's wasm-opt, esbuild)"
if [ ! -x node_modules/.bin/wasm-opt ] || ! npm ls --silent >/dev/null 2>&1; then
  npm ci --no-audit --no-fund --loglevel=error
fi

step "crates (cargo fetch, so Trunk's offline build finds them)"
cargo fetch --quiet
cargo fetch --quiet --manifest-path fuzz/Cargo.toml

echo "setup done in ${SECONDS}s (wasm route: $route)"
