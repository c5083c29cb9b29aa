#!/usr/bin/env bash
# One answer processed in a session of 10 answers and in one of 500 answers and 2,000 comments: time (warm and
# cold store) and Redis bytes written, through the real Redis store. In process against the Redis the tests use
# (REDIS_URL, else 127.0.0.1:6379, else embedded), under fresh key prefixes deleted at the end; loopback only.
# Usage: bench/session-growth.sh [eval case=husky-ai] [answers measured per size and way=21]
# Writes bench/results/session-growth.md (overwritten) and prints the same Markdown.
set -euo pipefail

cd "$(dirname "$0")/.."
case_name="${1:-husky-ai}"
trials="${2:-21}"
[[ -f "eval/cases/$case_name/design.md" && "$trials" =~ ^[0-9]+$ ]] \
  || { echo "usage: $0 [eval case] [answers measured]" >&2; exit 2; }
export BENCH_COMMAND="bench/session-growth.sh $case_name $trials"

mvn -B -q -Dstyle.color=never test-compile
# exec:exec rather than exec:java: a JVM of its own, so its System.exit cannot cut Maven short.
mvn -B -q -Dstyle.color=never org.codehaus.mojo:exec-maven-plugin:3.5.1:exec \
  -Dexec.executable=java \
  -Dexec.classpathScope=test \
  -Dexec.args="-cp %classpath -DDJL_CACHE_DIR=target/djl -Djava.io.tmpdir=target -DLOG_LEVEL=WARN dev.threatmodelbot.bench.SessionGrowthBench $case_name $trials"
