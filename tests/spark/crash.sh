#!/bin/sh
# A newsx that crashes half-way: processes the first 10 documents of its input with the real binary ($1),
# swallows the rest and exits 3, as a process killed mid-partition (OOM, segfault, lost disk) would.
# Used by pipe_job.py to show that `RDD.pipe(checkCode=False)` silently accepts the truncated output and
# that `checkCode=True` fails the job.
head -n 10 | "$1" run --quiet -
cat > /dev/null
exit 3
