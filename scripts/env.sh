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
