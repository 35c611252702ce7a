#!/usr/bin/env bash
# The Debian fallback route for WebAssembly (../shared/TOOLCHAIN.md): Debian's rustc-web
# (rustc 1.96) with the standard library built from source (build-std), for machines where
# `rustup target add wasm32-unknown-unknown` fails.
#
#   scripts/debian-route.sh install   # the apt packages and the crates std itself needs
#   scripts/debian-route.sh check     # install, then `cargo check` the wasm build offline
#
# `install` is idempotent and takes about a second when everything is there. It must run
# online once: Trunk builds offline, and build-std needs the standard library's own crates
# (dlmalloc, libc, object, ...) in cargo's cache, which the project's `cargo fetch` does not
# download. `check` proves the route resolves and compiles offline without relying on
# rustup failing; scripts/test.sh runs it on every machine (CI), in its own target directory.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/apt.sh

# The route's environment (as scripts/env.sh's `wasm` applies it): Debian's cargo and rustc
# before rustup's, build-std by environment only.
route_env=(env -u RUSTC -u RUSTDOC -u CARGO PATH="/usr/bin:$PATH" RUSTC_BOOTSTRAP=1
  CARGO_UNSTABLE_BUILD_STD=std,panic_abort)

install() {
  apt_install rustc-web cargo-web rust-web-src rust-web-llvm lld-22
  # The wasm target's crates and std's, and the host's (proc-macros and build scripts run
  # there). Offline first: quick, and no network needed when all are in the cache already.
  local host targets
  host=$("${route_env[@]}" rustc -vV | sed -n 's/^host: //p')
  targets=(--target wasm32-unknown-unknown --target "$host")
  "${route_env[@]}" cargo fetch --offline "${targets[@]}" >/dev/null 2>&1 ||
    "${route_env[@]}" cargo fetch "${targets[@]}"
}

check() {
  install
  local tools
  tools=$("${route_env[@]}" bash -c 'echo "$(command -v cargo) $(command -v rustc)"')
  echo "$tools: $("${route_env[@]}" cargo --version), $("${route_env[@]}" rustc --version)"
  if [ "$tools" != "/usr/bin/cargo /usr/bin/rustc" ]; then
    echo "error: the Debian route must use /usr/bin/cargo and /usr/bin/rustc, not $tools" >&2
    exit 1
  fi
  "${route_env[@]}" CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}/debian-check" \
    cargo check --quiet --offline --release --target wasm32-unknown-unknown \
    --lib --bin yibao
}

case "${1:-}" in
  install) install ;;
  check) check ;;
  *) echo "usage: $0 install|check" >&2; exit 2 ;;
esac
