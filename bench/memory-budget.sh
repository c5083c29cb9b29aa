#!/usr/bin/env bash
# Peak memory of the packaged service, run with the chart's JVM flags in a container-sized budget, through a whole session
# (a 40,000-character doc, three engineers, the summary and a draft) on the web workspace, against the Redis the tests
# use (REDIS_URL, else 127.0.0.1:6379, else embedded) under a fresh key prefix deleted at the end.
# Usage: bench/memory-budget.sh [container limit in MiB=512]
# Writes bench/results/memory-budget.md (overwritten) and prints it; exits 1 when the peak is over the budget.
set -euo pipefail

cd "$(dirname "$0")/.."
limit="${1:-512}"
[[ "$limit" =~ ^[0-9]+$ ]] || { echo "usage: $0 [limit MiB]" >&2; exit 2; }
export BENCH_COMMAND="bench/memory-budget.sh $limit"

mvn -B -q -Dstyle.color=never package -DskipTests
mvn -B -q -Dstyle.color=never org.codehaus.mojo:exec-maven-plugin:3.5.1:exec \
  -Dexec.executable=java \
  -Dexec.classpathScope=test \
  -Dexec.args="-cp %classpath -DLOG_LEVEL=WARN dev.threatmodelbot.bench.MemoryBudgetBench $limit"
