# Sourced by the other scripts: PATH and the WebAssembly route chosen by scripts/setup.sh.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
# One build cache per machine, outside the clone: a fresh clone (CI) reuses what the last
# run compiled instead of building leptos three times over. Override with CARGO_TARGET_DIR.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/yibao/target}"
WASM_ROUTE=rustup
[ -f scripts/.toolchain.env ] && . scripts/.toolchain.env

# Runs a command that builds for wasm32 with the route's environment. The Debian route
# (rustc-web + build-std, ../shared/TOOLCHAIN.md) applies to wasm commands only.
wasm() {
  if [ "$WASM_ROUTE" = debian ]; then
    PATH="$PWD/node_modules/.bin:/usr/bin:$PATH" RUSTC_BOOTSTRAP=1 \
      CARGO_UNSTABLE_BUILD_STD=std,panic_abort CARGO_TARGET_DIR="$CARGO_TARGET_DIR/debian" "$@"
  else
    "$@"
  fi
}

# Runs a release WebAssembly build (cargo or trunk) made smaller: the standard library is
# rebuilt (build-std) with panics that abort at once, so no panic message machinery is
# linked (a panic traps; the boot script shows the crash banner), and with core's
# `optimize_for_size`. 19 KB less brotli per tool (the calculator 167 -> 148 KB). Setup sets
# SMALL_STD=0 where the standard library's sources cannot be installed: then as usual.
release() {
  if [ "${SMALL_STD:-0}" = 1 ]; then
    RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size \
      RUSTFLAGS="--cfg erase_components -Zunstable-options -Cpanic=immediate-abort" wasm "$@"
  else
    wasm "$@"
  fi
}

# Prints how long the stage took: `stage NAME cmd...`.
stage() {
  local name=$1; shift
  local start=$SECONDS
  printf '\n==> %s\n' "$name"
  "$@"
  local rc=$?
  printf '<== %s: %ss%s\n' "$name" "$((SECONDS - start))" "$([ $rc -eq 0 ] || echo " (FAILED, exit $rc)")"
  return $rc
}
