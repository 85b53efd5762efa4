#!/bin/sh
# Warm PDF render time of the seed before PDF/A-2u + PDF/UA-1 (issue 12) and now, side by side in one run.
# Usage: bench/pdf-before-after.sh [baseline-commit] [rounds]
#   baseline-commit: default 67023f0, the last commit before PDF/A + PDF/UA tagging (77c03f3) was added
# Builds the baseline in a temporary git worktree (removed at the end), compiles
# src/test/java/org/gongkai/bench/PdfWarmProbe.java against both builds and runs it alternately on each (a fresh JVM
# per run, 15 warm-up renders, median of 15), so both see the same machine load. Works offline once `mvn test` ran.
# Prints PDFHISTORY lines: each run's wall and CPU ms per document and PDF size, and the ratio of the medians.
set -eu
BASE=${1:-67023f0}
ROUNDS=${2:-3}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d)
cleanup() {
  git -C "$ROOT" worktree remove --force "$WORK/old" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
git -C "$ROOT" worktree add --detach "$WORK/old" "$BASE" >/dev/null 2>&1
# PDFHISTORY_BUILT=1: this build is compiled already (the benchmark runs the script from its own test run)
(cd "$ROOT" && { [ -n "${PDFHISTORY_BUILT:-}" ] || mvn -o -B -q test-compile; } \
  && mvn -o -B -q dependency:build-classpath -Dmdep.outputFile="$WORK/new.cp" -Dmdep.includeScope=test >/dev/null)
(cd "$WORK/old" && mvn -o -B -q test-compile \
  && mvn -o -B -q dependency:build-classpath -Dmdep.outputFile="$WORK/old.cp" -Dmdep.includeScope=test >/dev/null)
mkdir -p "$WORK/probe-old"
OLDCP="$WORK/old/target/classes:$WORK/old/target/test-classes:$(cat "$WORK/old.cp")"
NEWCP="$ROOT/target/classes:$ROOT/target/test-classes:$(cat "$WORK/new.cp")"
javac -nowarn -d "$WORK/probe-old" -cp "$OLDCP" "$ROOT/src/test/java/org/gongkai/bench/PdfWarmProbe.java"
echo "PDFHISTORY load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
i=1
while [ "$i" -le "$ROUNDS" ]; do
  (cd "$WORK/old" && java -cp "$WORK/probe-old:$OLDCP" org.gongkai.bench.PdfWarmProbe 15 15 2>/dev/null) \
    | sed -n "s/^WARMPDF /PDFHISTORY before($BASE) round=$i /p" | tee -a "$WORK/out.txt"
  (cd "$ROOT" && java -cp "$NEWCP" org.gongkai.bench.PdfWarmProbe 15 15 2>/dev/null) \
    | sed -n "s/^WARMPDF /PDFHISTORY now round=$i /p" | tee -a "$WORK/out.txt"
  i=$((i + 1))
done
median() {
  grep "$1" "$WORK/out.txt" | sed 's/.*cpuMs=\([0-9.]*\).*/\1/' | sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'
}
B=$(median "PDFHISTORY before")
N=$(median "PDFHISTORY now")
awk -v b="$B" -v n="$N" 'BEGIN {printf "PDFHISTORY median CPU per document: before %.1f ms, now %.1f ms, now/before %.2f (goal: at most 1.5)\n", b, n, n / b}'
echo "PDFHISTORY load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
