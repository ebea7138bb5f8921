"""Spark integration test for `newsx run -` as a filter (see docs/cluster.md).

Run by tests/spark/run.sh through

    spark-submit --master 'local[2]' --files NEWSX,newsx-spark.toml,crash.sh pipe_job.py \
        --input CORPUS.jsonl --limit 3000 --direct-binary NEWSX --direct-config newsx-spark.toml

The binary, its configuration and a crashing wrapper are shipped to the executors with `--files`
(SparkContext.addFile), exactly as on a cluster. The job checks that

1. `RDD.pipe(newsx run -, checkCode=True)` gives, partition for partition and line for line, the output of
   the same binary run directly on the same input (whole input and per partition), one line per input line,
   with the ids in input order, and that the shipped configuration (not the embedded default) was used;
2. Spark SQL `SELECT TRANSFORM(value) USING 'newsx run -'` gives the same lines;
3. a failing newsx (a missing --config: exit 2; a wrapper that crashes half-way: exit 3) fails the Spark
   job when the exit code is checked, and shows why the check is needed: with `checkCode=False` the
   crashing binary's truncated output is silently accepted.

It prints one line per check, the wall time, and `N passed, M failed`; exits 1 if a check failed.
"""

import argparse
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time

from pyspark import SparkFiles
from pyspark.sql import SparkSession

PASSED = []
FAILED = []


def check(name, ok, detail=""):
    """Records one check and prints its outcome."""
    (PASSED if ok else FAILED).append(name)
    print(f"{'ok  ' if ok else 'FAIL'} {name}{': ' + detail if detail else ''}", flush=True)
    return ok


def run_direct(binary, config, lines, threads=None):
    """`newsx run --config CONFIG -` on LINES (without newlines), outside Spark: (exit code, output lines)."""
    cmd = [binary, "run", "--quiet", "--config", config]
    if threads is not None:
        cmd += ["--threads", str(threads)]
    cmd.append("-")
    data = "".join(line + "\n" for line in lines).encode("utf-8")
    proc = subprocess.run(cmd, input=data, stdout=subprocess.PIPE, check=False)
    return proc.returncode, proc.stdout.decode("utf-8").splitlines()


def config_title_off(path):
    """True when the config says `[output] title = false` (newsx-spark.toml does)."""
    try:
        import tomllib  # Python 3.11+
    except ImportError:
        return False
    with open(path, "rb") as f:
        return tomllib.load(f).get("output", {}).get("title") is False


def input_ids(lines):
    """The `id` of each input line, as the output writes it (a string)."""
    return [str(json.loads(line)["id"]) for line in lines]


def output_ids(lines):
    """The `id` of each output line; None for a line that is not a JSON object."""
    ids = []
    for line in lines:
        try:
            ids.append(json.loads(line).get("id"))
        except (ValueError, AttributeError):
            ids.append(None)
    return ids


def expect_failure(sc, name, action, needle):
    """Runs ACTION (a Spark job that must fail); passes when it raises an exception mentioning NEEDLE."""
    sc.setLogLevel("OFF")  # the executor's stack traces of the expected failure are noise here
    print(f"     ({name}: an expected failure follows; newsx's own stderr may show above)", flush=True)
    try:
        result = action()
    except Exception as e:  # noqa: BLE001 - Py4JJavaError, PythonException, AnalysisException...
        message = str(e)
        return check(name, needle in message, f"job failed as it must ({type(e).__name__})"
                     if needle in message else f"failed, but {needle!r} not in: {message[:500]}")
    finally:
        sc.setLogLevel("ERROR")
    return check(name, False, f"the job succeeded with {len(result)} lines; it must fail")


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--input", required=True, help="JSON Lines corpus")
    p.add_argument("--limit", type=int, default=3000, help="first N lines of --input")
    p.add_argument("--partitions", type=int, default=4)
    p.add_argument("--binary-name", default="newsx", help="name of the binary shipped with --files")
    p.add_argument("--config-name", default="newsx-spark.toml", help="name of the shipped config")
    p.add_argument("--direct-binary", required=True, help="the same binary, run outside Spark")
    p.add_argument("--direct-config", required=True, help="the same config, outside Spark")
    args = p.parse_args()

    start = time.monotonic()
    spark = SparkSession.builder.appName("newsx-pipe-test").getOrCreate()
    sc = spark.sparkContext
    sc.setLogLevel("ERROR")
    print(f"Spark {spark.version}, master {sc.master}, defaultParallelism {sc.defaultParallelism}",
          flush=True)

    # Where --files put the shipped files. On a cluster the executors find them in their working
    # directory ("./newsx"); in local mode they sit in the driver's SparkFiles directory, which is
    # what SparkFiles.get returns (see docs/cluster.md).
    def shipped(name):
        return SparkFiles.get(name) if sc.master.startswith("local") else "./" + name

    newsx, config, crash, lenient = (
        shipped(n) for n in (args.binary_name, args.config_name, "crash.sh", "newsx-filter.sh"))
    if sc.master.startswith("local"):
        check("binary shipped with --files is executable", os.access(newsx, os.X_OK), newsx)

    with open(args.input, encoding="utf-8") as f:
        lines = [line.rstrip("\n") for line in itertools.islice(f, args.limit)]
    with tempfile.TemporaryDirectory(prefix="newsx-spark-") as tmp:
        sample = os.path.join(tmp, "sample.jsonl")
        with open(sample, "w", encoding="utf-8") as f:
            f.writelines(line + "\n" for line in lines)
        run_checks(spark, sc, args, lines, sample, newsx, config, crash, lenient)

    spark.stop()
    print(f"wall time of the Spark job: {time.monotonic() - start:.1f} s", flush=True)
    print(f"{len(PASSED)} passed, {len(FAILED)} failed", flush=True)
    return 1 if FAILED else 0


def run_checks(spark, sc, args, lines, sample, newsx, config, crash, lenient):
    n = len(lines)
    print(f"input: first {n} lines of {args.input}", flush=True)

    # --- the reference: the binary run directly, with its default thread count ---------------------
    t = time.monotonic()
    rc, expected = run_direct(args.direct_binary, args.direct_config, lines)
    check("direct `newsx run -` exits 0", rc == 0, f"exit {rc}, {time.monotonic() - t:.2f} s")
    check("direct run: one output line per input line", len(expected) == n,
          f"{len(expected)} lines for {n}")
    check("direct run: ids in input order", output_ids(expected) == input_ids(lines))
    records = [json.loads(line) for line in expected]
    if config_title_off(args.direct_config):
        check("shipped config used (no `title` key, as its [output] title = false says)",
              all("title" not in r for r in records))
    check("no error records on this corpus", all("error" not in r for r in records),
          next((line for line, r in zip(expected, records) if "error" in r), ""))

    # --- RDD.pipe with checkCode=True ---------------------------------------------------------------
    rdd = sc.textFile(sample, minPartitions=args.partitions)
    parts_in = rdd.glom().collect()
    check(f"input split into {len(parts_in)} partitions (>= 2), order kept",
          len(parts_in) >= 2 and list(itertools.chain(*parts_in)) == lines,
          str([len(p) for p in parts_in]))

    t = time.monotonic()
    command = f"{newsx} run --quiet --config {config} -"
    parts_out = rdd.pipe(command, checkCode=True).glom().collect()
    print(f"     RDD.pipe over {n} documents: {time.monotonic() - t:.2f} s", flush=True)
    check("RDD.pipe: same partition count", len(parts_out) == len(parts_in))
    check("RDD.pipe: one output line per input line in every partition",
          [len(p) for p in parts_out] == [len(p) for p in parts_in],
          f"out {[len(p) for p in parts_out]} in {[len(p) for p in parts_in]}")
    check("RDD.pipe: ids in input order within every partition",
          all(output_ids(o) == input_ids(i) for o, i in zip(parts_out, parts_in)))
    spark_lines = list(itertools.chain(*parts_out))
    by_id_spark = {json.loads(line)["id"]: line for line in spark_lines}
    by_id_direct = {json.loads(line)["id"]: line for line in expected}
    differing = [i for i in by_id_direct if by_id_spark.get(i) != by_id_direct[i]]
    check("RDD.pipe: same documents as the direct run, keyed by id (byte-equal lines)",
          len(by_id_spark) == len(spark_lines) == n and not differing,
          f"{len(differing)} differ, e.g. {differing[:3]}" if differing else f"{n} documents")
    check("RDD.pipe: partitions concatenated == direct run, line for line", spark_lines == expected)
    per_part_equal = all(
        run_direct(args.direct_binary, args.direct_config, i, threads=1) == (0, o)
        for i, o in zip(parts_in, parts_out))
    check("RDD.pipe: each partition == direct run on that partition alone", per_part_equal)

    # --- Spark SQL TRANSFORM --------------------------------------------------------------------------
    spark.read.text(sample).createOrReplaceTempView("articles")
    t = time.monotonic()
    rows = spark.sql(
        f"SELECT TRANSFORM(value) USING '{command}' AS (json STRING) FROM articles").collect()
    sql_lines = [r.json for r in rows]
    print(f"     SQL TRANSFORM over {n} documents: {time.monotonic() - t:.2f} s", flush=True)
    check("SQL TRANSFORM: same lines as the direct run, in order", sql_lines == expected,
          f"{len(sql_lines)} lines; {sum(a != b for a, b in zip(sql_lines, expected))} differ")

    # --- failures -----------------------------------------------------------------------------------
    bad = f"{newsx} run --quiet --config /nonexistent/newsx.toml -"
    expect_failure(sc, "RDD.pipe(checkCode=True) fails the job when newsx exits 2 (missing config)",
                   lambda: rdd.pipe(bad, checkCode=True).collect(), "exited with error code 2")
    crashing = f"{crash} {newsx}"
    silent = rdd.pipe(crashing, env={"PATH": "/usr/bin:/bin"}, checkCode=False).collect()
    check("why checkCode matters: with checkCode=False a crashing newsx (exit 3) is silently accepted",
          0 < len(silent) < n, f"the job 'succeeded' with {len(silent)} of {n} lines")
    expect_failure(sc, "RDD.pipe(checkCode=True) fails the job when newsx crashes half-way (exit 3)",
                   lambda: rdd.pipe(crashing, env={"PATH": "/usr/bin:/bin"}, checkCode=True).collect(),
                   "exited with error code 3")
    # A newsx that dies at once makes Spark's stdin writer fail ("Stream closed"); one that reads all its
    # input and then exits non-zero is caught by Spark's exit status check. Both must fail the query.
    def transform(cmd):
        return lambda: spark.sql(
            f"SELECT TRANSFORM(value) USING '{cmd}' AS (json STRING) FROM articles").collect()

    expect_failure(sc, "SQL TRANSFORM fails the query when newsx exits 2 (missing config)",
                   transform(bad), "Job aborted")
    expect_failure(sc, "SQL TRANSFORM fails the query when newsx crashes half-way (exit 3)",
                   transform(crashing), "exited with status 3")

    # --- document errors: exit 1, error records in the output -----------------------------------------
    # A malformed line becomes an error record on its own output line and newsx exits 1. With
    # checkCode=True that fails the task (deterministically, on every retry); scripts/newsx-filter.sh
    # reports exit 1 as 0 and keeps 2 and crashes fatal.
    mixed = sc.parallelize([lines[0], "{not json", lines[1]], 1)
    expect_failure(sc, "RDD.pipe(checkCode=True) with bare newsx fails on a malformed line (exit 1)",
                   lambda: mixed.pipe(command, checkCode=True).collect(), "exited with error code 1")
    out = mixed.pipe(f"{lenient} --config {config}", env={"PATH": "/usr/bin:/bin"},
                     checkCode=True).collect()
    check("scripts/newsx-filter.sh: a malformed line becomes an error record in place, job succeeds",
          len(out) == 3 and out[0] == expected[0] and out[2] == expected[1]
          and "error" in json.loads(out[1]), f"{len(out)} lines")
    expect_failure(sc, "scripts/newsx-filter.sh still fails the job on a fatal error (exit 2)",
                   lambda: mixed.pipe(f"{lenient} --config /nonexistent/newsx.toml",
                                      env={"PATH": "/usr/bin:/bin"}, checkCode=True).collect(),
                   "exited with error code 2")


if __name__ == "__main__":
    sys.exit(main())
