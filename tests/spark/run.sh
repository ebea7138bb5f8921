#!/usr/bin/env bash
# Spark integration test: pipes a few thousand real articles through `newsx run -` on a local[2] Spark
# (RDD.pipe with checkCode=True and Spark SQL TRANSFORM), checks that Spark's output equals the binary's
# own output document for document, and that a failing newsx fails the Spark job. See docs/cluster.md.
#
#   tests/spark/run.sh [NEWSX_BINARY]      # or NEWSX_BIN=...; default target/release/newsx
#
# Environment: NEWSX_SPARK_VENV (default ${XDG_CACHE_HOME:-$HOME/.cache}/newsx-spark-venv, reused when it
# already has the pinned pyspark), NEWSX_SPARK_CORPUS (default ../shared/data/corpora/reuters21578.jsonl,
# relative to the repository; the test is skipped with exit 0 when it is absent), NEWSX_SPARK_CONFIG
# (the newsx configuration shipped to the executors, default tests/spark/newsx-spark.toml), NEWSX_SPARK_LIMIT
# (documents, default 3000). Needs python3 (with venv) and Java 17; installs Java with apt-get when it is
# missing and we are root. Idempotent; takes about a minute once the venv exists.
set -euo pipefail

PYSPARK_VERSION=3.5.7 # Spark 3.5 runs on Java 8/11/17 and Python 3.8-3.11+

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
cd "$repo"

bin="${1:-${NEWSX_BIN:-${CARGO_TARGET_DIR:-target}/release/newsx}}"
corpus="${NEWSX_SPARK_CORPUS:-../shared/data/corpora/reuters21578.jsonl}"
limit="${NEWSX_SPARK_LIMIT:-3000}"
venv="${NEWSX_SPARK_VENV:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/newsx-spark-venv}"

say() { printf 'spark-test: %s\n' "$*"; }
die() { printf 'spark-test: error: %s\n' "$*" >&2; exit 1; }

if [ ! -f "$corpus" ]; then
    say "SKIPPED: corpus $corpus is absent (set NEWSX_SPARK_CORPUS to a JSON Lines file)"
    exit 0
fi
[ -x "$bin" ] || die "no executable newsx at $bin (build it with 'cargo build --release', pass its path as \$1 or NEWSX_BIN)"
bin="$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")"

# --- Java -----------------------------------------------------------------------------------------------
if ! command -v java > /dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null 2>&1; then
        say "installing Java 17 (openjdk-17-jre-headless) with apt-get"
        apt-get update -qq > /dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jre-headless > /dev/null
    else
        die "java not found: install a Java 17 runtime (e.g. apt-get install openjdk-17-jre-headless)"
    fi
fi
if [ -z "${JAVA_HOME:-}" ]; then
    JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
    export JAVA_HOME
fi
say "java: $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1) (JAVA_HOME=$JAVA_HOME)"

# --- venv with pyspark (reused when present) ------------------------------------------------------------
if ! "$venv/bin/python" -c "import pyspark, sys; sys.exit(pyspark.__version__ != '$PYSPARK_VERSION')" \
    > /dev/null 2>&1; then
    say "creating $venv with pyspark==$PYSPARK_VERSION (once; reused afterwards)"
    rm -rf "$venv"
    mkdir -p "$(dirname "$venv")"
    if ! python3 -m venv "$venv" > /dev/null 2>&1; then
        # Debian's python3 ships venv separately.
        if [ "$(id -u)" != 0 ] || ! command -v apt-get > /dev/null 2>&1; then
            die "python3 -m venv failed: install python3-venv"
        fi
        say "installing python3-venv with apt-get"
        apt-get update -qq > /dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv > /dev/null
        rm -rf "$venv"
        python3 -m venv "$venv"
    fi
    "$venv/bin/pip" install --quiet --disable-pip-version-check "pyspark==$PYSPARK_VERSION"
fi

# --- run ------------------------------------------------------------------------------------------------
work="$(mktemp -d "${TMPDIR:-/tmp}/newsx-spark-run.XXXXXX")"
trap 'rm -rf "$work"' EXIT
# Ship under fixed names, as a user would (`--files path/to/newsx,path/to/newsx.toml`).
cp "$bin" "$work/newsx"
cp "${NEWSX_SPARK_CONFIG:-$here/newsx-spark.toml}" "$work/newsx-spark.toml"
cp "$here/crash.sh" "$work/crash.sh"
cp "$repo/scripts/newsx-filter.sh" "$work/newsx-filter.sh"
chmod +x "$work/newsx" "$work/crash.sh" "$work/newsx-filter.sh"
cat > "$work/log4j2.properties" << 'EOF'
rootLogger.level = error
rootLogger.appenderRef.stderr.ref = console
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{HH:mm:ss} %p %c{1}: %m%n
logger.jetty.name = org.sparkproject.jetty
logger.jetty.level = off
EOF

export SPARK_LOCAL_IP=127.0.0.1
export PYSPARK_PYTHON="$venv/bin/python"
export PYSPARK_DRIVER_PYTHON="$venv/bin/python"
SPARK_HOME="$("$venv/bin/python" -c 'import os, pyspark; print(os.path.dirname(pyspark.__file__))')"
export SPARK_HOME
unset PYSPARK_SUBMIT_ARGS

say "binary: $bin ($("$bin" --version))"
say "extractors built in: $("$bin" extractors 2>/dev/null | grep -E '^[a-z]+ ' | grep -vc 'not built' || true)"
start=$(date +%s)
status=0
"$venv/bin/spark-submit" \
    --master 'local[2]' \
    --driver-memory 2g \
    --conf spark.ui.enabled=false \
    --conf spark.ui.showConsoleProgress=false \
    --conf spark.sql.shuffle.partitions=2 \
    --driver-java-options "-Dlog4j2.configurationFile=file:$work/log4j2.properties" \
    --files "$work/newsx,$work/newsx-spark.toml,$work/crash.sh,$work/newsx-filter.sh" \
    "$here/pipe_job.py" \
    --input "$corpus" --limit "$limit" \
    --direct-binary "$work/newsx" --direct-config "$work/newsx-spark.toml" || status=$?
say "wall time: $(($(date +%s) - start)) s (spark-submit, JVM start included)"
if [ "$status" -ne 0 ]; then
    die "the Spark test failed (exit $status)"
fi
say "passed"
