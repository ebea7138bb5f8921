#!/usr/bin/env bash
# Builds every fuzz target and runs each for N seconds (default 30) from the committed seeds.
# Usage: fuzz/smoke.sh [SECONDS]. Needs `cargo install cargo-fuzz`; uses RUSTC_BOOTSTRAP=1 on stable.
set -euo pipefail
cd "$(dirname "$0")"
secs="${1:-30}"
export RUSTC_BOOTSTRAP=1
targets=$(cargo fuzz list)
cargo fuzz build -s none -O
for t in $targets; do
  mkdir -p "corpus/$t"
  echo "== $t ($secs s)"
  status=0
  cargo fuzz run -s none -O "$t" "corpus/$t" "seeds/$t" -- \
    -max_total_time="$secs" -timeout=20 -rss_limit_mb=4096 -max_len=65536 -print_final_stats=1 \
    > "corpus/$t.log" 2>&1 || status=$?
  grep -E "stat::number_of_executed_units|ERROR|panicked|SUMMARY" "corpus/$t.log" || true
  if [ "$status" -ne 0 ]; then tail -40 "corpus/$t.log"; echo "fuzz target $t failed"; exit 1; fi
done
