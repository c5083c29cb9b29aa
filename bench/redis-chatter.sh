#!/usr/bin/env bash
# Redis commands one replica sends: idle with no sessions, and per answered question end to end (idle
# subtracted). In process against the real Redis the tests use (REDIS_URL, else 127.0.0.1:6379, else
# embedded), counted with MONITOR on this run's key prefix; loopback only.
# Usage: bench/redis-chatter.sh [idle seconds=30] [answers=8]
# Writes bench/results/redis-chatter.md (overwritten) and prints the same Markdown.
set -euo pipefail

cd "$(dirname "$0")/.."
idle="${1:-30}"
answers="${2:-8}"
[[ "$idle" =~ ^[0-9]+$ && "$answers" =~ ^[0-9]+$ ]] || { echo "usage: $0 [idle seconds] [answers]" >&2; exit 2; }
export BENCH_COMMAND="bench/redis-chatter.sh $idle $answers"

mvn -B -q -Dstyle.color=never test-compile
# exec:exec rather than exec:java: a JVM of its own, so its System.exit cannot cut Maven short.
mvn -B -q -Dstyle.color=never org.codehaus.mojo:exec-maven-plugin:3.5.1:exec \
  -Dexec.executable=java \
  -Dexec.classpathScope=test \
  -Dexec.args="-cp %classpath -DDJL_CACHE_DIR=target/djl -Djava.io.tmpdir=target -DLOG_LEVEL=WARN dev.threatmodelbot.bench.RedisChatterBench $idle $answers"
