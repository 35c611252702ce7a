#!/usr/bin/env bash
# Fuzzes every identity-number parser for a bounded time each (FUZZ_SECONDS, default 20).
#
#   scripts/fuzz.sh                 # every target
#   FUZZ_SECONDS=300 scripts/fuzz.sh uscc detect_and_parse
#   FUZZ_SECONDS=3600 scripts/fuzz.sh roster    # a soak of the roster reader
#
# Committed seeds (fuzz/seeds/<target>/: headerless, quoted, GBK, UTF-16, huge cells) start
# each run; inputs up to FUZZ_MAX_LEN bytes (default 65536) are tried.
#
# Installs cargo-fuzz if it is missing. cargo-fuzz needs nightly compiler flags; on the
# stable toolchain RUSTC_BOOTSTRAP=1 allows them. If the address sanitizer cannot be used
# (FUZZ_SANITIZER=address fails), the script falls back to `-s none`, which still finds
# panics, overflows (debug assertions are on) and hangs.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
export RUSTC_BOOTSTRAP=1

seconds="${FUZZ_SECONDS:-20}"
sanitizer="${FUZZ_SANITIZER:-address}"

if ! cargo fuzz --version >/dev/null 2>&1; then
  cargo install cargo-fuzz --locked
fi

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  mapfile -t targets < <(cargo fuzz list --fuzz-dir fuzz)
fi

max_len="${FUZZ_MAX_LEN:-65536}"

run() { # target sanitizer: the corpus (gitignored) plus the committed seeds, if any
  mkdir -p "fuzz/corpus/$1"
  local dirs=("fuzz/corpus/$1")
  if [ -d "fuzz/seeds/$1" ]; then dirs+=("fuzz/seeds/$1"); fi
  cargo fuzz run --fuzz-dir fuzz -s "$2" "$1" "${dirs[@]}" -- -max_total_time="$seconds" -max_len="$max_len" -print_final_stats=1
}

status=0
for t in "${targets[@]}"; do
  echo "==> fuzzing $t for ${seconds}s (sanitizer: $sanitizer)"
  if ! run "$t" "$sanitizer"; then
    if [ -n "$(ls -A "fuzz/artifacts/$t" 2>/dev/null)" ]; then
      echo "==> $t found a failing input: see fuzz/artifacts/$t" >&2
      status=1
    elif [ "$sanitizer" != none ]; then
      echo "==> $t failed with sanitizer $sanitizer without a crash input: retrying with -s none"
      sanitizer=none
      run "$t" none || status=1
    else
      status=1
    fi
  fi
done
exit $status
