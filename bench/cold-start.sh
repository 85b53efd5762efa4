#!/usr/bin/env bash
# Cold paths (issue 11), measured on the packaged jar the way a user runs it, each in a fresh JVM:
#   1. `validate` of one file: CPU of the whole process tree, and beyond a JVM's own start (an empty main);
#   2. the first PDF: `render` of one submission (HTML, PDF, open data): wall, CPU, and the PDF's share;
#   3. `run` to the first poll of the inbox: wall time from launch to the file consumer's first look at the inbox
#      (a debug logger shows it), and the CPU spent until then.
# Variants, interleaved round by round (the median is printed): "archive" = `java -jar target/gongkai.jar` (the
# launcher starts the work in a JVM with the class-data archive target/gongkai.jsa; short commands with the quick
# compiler), "one JVM" = the same jar with -Dgongkai.cds=false (everything in the first JVM, as before), and, with
# --baseline DIR, the jar of DIR (e.g. a build of an earlier commit: `git worktree add /tmp/old <commit> && cd /tmp/old
# && mvn -B -q package -DskipTests`).
#
# Usage: bench/cold-start.sh [--rounds N] [--baseline DIR]    (after `mvn -B package -DskipTests`)
# Figures also go to target/bench/cold-start.txt. Not part of the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=3
BASELINE=""
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) ROUNDS="$2"; shift 2 ;;
    --baseline) BASELINE="$2"; shift 2 ;;
    *) echo "usage: $0 [--rounds N] [--baseline DIR]" >&2; exit 2 ;;
  esac
done
JAR="$PWD/target/gongkai.jar"
SAMPLE="$PWD/examples/pingdingshan-701-2024.json"
[ -f "$JAR" ] || { echo "no $JAR: run mvn -B package -DskipTests first" >&2; exit 2; }
[ -f target/gongkai.jsa ] || echo "note: no target/gongkai.jsa (built with -Dgongkai.cds.skip?): 'archive' runs as 'one JVM'" >&2
mkdir -p target/bench
WORK="$(mktemp -d "$PWD/target/bench/cold-work.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
HZ=$(getconf CLK_TCK)

# an empty main: what a JVM costs before any of gongkai's code runs
mkdir -p "$WORK/noop"
printf 'public class Noop { public static void main(String[] a) { } }\n' > "$WORK/noop/Noop.java"
javac -d "$WORK/noop" "$WORK/noop/Noop.java"
# the first poll of the inbox, shown by Camel's scheduled-poll consumer at TRACE
cat > "$WORK/poll-logback.xml" <<'EOF'
<configuration>
  <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
    <encoder><pattern>%d{HH:mm:ss.SSS} %-5level [%thread] %logger{24} - %msg%n</pattern></encoder>
  </appender>
  <logger name="org.apache.camel.support.ScheduledPollConsumer" level="TRACE"/>
  <root level="INFO"><appender-ref ref="OUT"/></root>
</configuration>
EOF

declare -A JARS=([archive]="$JAR" [onejvm]="$JAR")
declare -A OPTS=([archive]="" [onejvm]="-Dgongkai.cds=false")
VARIANTS=(archive onejvm)
if [ -n "$BASELINE" ]; then
  BASELINE="$(cd "$BASELINE" && pwd)"
  if [ -f "$BASELINE/target/gongkai.jar" ]; then JARS[baseline]="$BASELINE/target/gongkai.jar"; else JARS[baseline]="$BASELINE/gongkai.jar"; fi
  OPTS[baseline]=""
  VARIANTS+=(baseline)
fi

ms() { echo $(( $(date +%s%N) / 1000000 )); }
# CPU seconds (user+sys) of a process and its children, from /proc
tree_cpu() {
  local total=0 p
  for p in "$1" $(pgrep -P "$1" || true); do
    if [ -r "/proc/$p/stat" ]; then
      total=$(( total + $(awk '{print $14+$15}' "/proc/$p/stat" 2>/dev/null || echo 0) ))
    fi
  done
  awk -v t="$total" -v hz="$HZ" 'BEGIN{printf "%.2f", t/hz}'
}
timed() { # timed OUTFILE cmd...: "wall user sys" of the command (and its waited-for children) into OUTFILE
  local out="$1"; shift
  /usr/bin/time -f "%e %U %S" -o "$out" "$@" > "$out.stdout" 2>&1 || true
}

RES="$WORK/results"; : > "$RES"
for r in $(seq 1 "$ROUNDS"); do
  timed "$WORK/t" java -cp "$WORK/noop" Noop
  read -r w u s < "$WORK/t"; echo "noop cpu $(awk -v u="$u" -v s="$s" 'BEGIN{print u+s}')" >> "$RES"
  for v in "${VARIANTS[@]}"; do
    j="${JARS[$v]}"; o="${OPTS[$v]}"
    # 1. validate
    timed "$WORK/t" java $o -jar "$j" validate "$SAMPLE"
    read -r w u s < "$WORK/t"
    grep -q ': valid' "$WORK/t.stdout" || { echo "$v validate failed:"; cat "$WORK/t.stdout"; exit 1; }
    echo "$v validate_wall $w" >> "$RES"; echo "$v validate_cpu $(awk -v u="$u" -v s="$s" 'BEGIN{print u+s}')" >> "$RES"
    # 2. render: the first PDF
    rm -rf "$WORK/out"
    timed "$WORK/t" java $o -jar "$j" render "$SAMPLE" --out "$WORK/out"
    read -r w u s < "$WORK/t"
    ls "$WORK/out"/*.pdf > /dev/null || { echo "$v render failed:"; cat "$WORK/t.stdout"; exit 1; }
    echo "$v render_wall $w" >> "$RES"; echo "$v render_cpu $(awk -v u="$u" -v s="$s" 'BEGIN{print u+s}')" >> "$RES"
    echo "$v render_pdf_ms $(sed -n 's/.*pdf \([0-9]*\) ms.*/\1/p' "$WORK/t.stdout" | head -1)" >> "$RES"
    # 3. run -> first poll of the inbox
    rm -rf "$WORK/data"; mkdir -p "$WORK/data"
    port=$(( 20000 + RANDOM % 20000 ))
    t0=$(ms)
    (cd "$WORK" && exec java $o -Dlogback.configurationFile="$WORK/poll-logback.xml" -jar "$j" run \
        -Dgongkai.data.dir="$WORK/data" -Dgongkai.http.port=$port > "$WORK/run.log" 2>&1) &
    pid=$!
    until grep -q 'Starting to poll: file://.*inbox' "$WORK/run.log" 2>/dev/null; do
      kill -0 $pid 2>/dev/null || { echo "$v run ended early:"; tail -20 "$WORK/run.log"; exit 1; }
      sleep 0.02
    done
    t1=$(ms); cpu=$(tree_cpu $pid)
    kill -TERM $pid; wait $pid 2>/dev/null || true
    echo "$v firstpoll_wall $(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.2f", (b-a)/1000}')" >> "$RES"
    echo "$v firstpoll_cpu $cpu" >> "$RES"
  done
done

median() { sort -n | awk '{a[NR]=$1} END{if (NR==0) {print "-"} else if (NR%2) {print a[(NR+1)/2]} else {printf "%.2f", (a[NR/2]+a[NR/2+1])/2}}'; }
get() { awk -v v="$1" -v k="$2" '$1==v && $2==k {print $3}' "$RES" | median; }
NOOP=$(get noop cpu)
{
  echo "Cold paths, $(date -u '+%Y-%m-%d %H:%M UTC'), $ROUNDS rounds (median), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "java: $(java -version 2>&1 | head -1); a JVM's own start (empty main): ${NOOP} s CPU"
  printf '%-34s' "figure"; for v in "${VARIANTS[@]}"; do printf '%14s' "$v"; done; echo
  row() { printf '%-34s' "$1"; for v in "${VARIANTS[@]}"; do printf '%14s' "$(get "$v" "$2")"; done; echo; }
  row "validate: wall s" validate_wall
  row "validate: CPU s (process tree)" validate_cpu
  printf '%-34s' "validate: CPU s beyond JVM start"; for v in "${VARIANTS[@]}"; do printf '%14s' "$(awk -v a="$(get "$v" validate_cpu)" -v b="$NOOP" 'BEGIN{printf "%.2f", a-b}')"; done; echo
  row "render (first PDF): wall s" render_wall
  row "render: CPU s" render_cpu
  row "render: of which PDF ms" render_pdf_ms
  row "run -> first poll: wall s" firstpoll_wall
  row "run -> first poll: CPU s" firstpoll_cpu
  # issue 11's cold goals, for the jar as a user starts it (the archive variant)
  goal() { awk -v v="$2" -v max="$3" -v name="$1" 'BEGIN{printf "goal %-40s %s (%s, target < %s)\n", name, (v != "-" && v+0 < max+0) ? "met" : "NOT met", v, max}'; }
  goal "validate: CPU s beyond JVM start" "$(awk -v a="$(get archive validate_cpu)" -v b="$NOOP" 'BEGIN{printf "%.2f", a-b}')" 1
  goal "first PDF: ms" "$(get archive render_pdf_ms)" 3000
  goal "run -> first poll: wall s" "$(get archive firstpoll_wall)" 3
  if [ -n "$BASELINE" ]; then
    printf '%-34s' "ratio archive / baseline (wall)"; for k in validate_wall render_wall firstpoll_wall; do printf ' %s %s' "$k" "$(awk -v a="$(get archive $k)" -v b="$(get baseline $k)" 'BEGIN{printf "%.2f", a/b}')"; done; echo
  fi
} | tee target/bench/cold-start.txt
