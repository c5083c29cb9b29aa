#!/usr/bin/env bash
# Ack latency of POST /slack/events: the durable service vs a bare Bolt app, same Jetty, same payloads.
# Usage: bench/ack-latency.sh [requests=3000] [concurrency=8] [warmup=500]
# Writes bench/results/ack-latency.md (overwritten) and prints the same Markdown.
set -euo pipefail

cd "$(dirname "$0")/.."
requests="${1:-3000}"
concurrency="${2:-8}"
warmup="${3:-500}"
for n in "$requests" "$concurrency" "$warmup"; do
  [[ "$n" =~ ^[0-9]+$ ]] || { echo "usage: $0 [requests] [concurrency] [warmup] (whole numbers)" >&2; exit 2; }
done
export BENCH_COMMAND="bench/ack-latency.sh $requests $concurrency $warmup"

mvn -B -q test-compile
# exec:exec rather than exec:java: the benchmark gets a JVM of its own, so Maven's heap, threads and
# class loaders are not part of what is measured, and its System.exit cannot cut Maven short.
mvn -B -q org.codehaus.mojo:exec-maven-plugin:3.5.1:exec \
  -Dexec.executable=java \
  -Dexec.classpathScope=test \
  -Dexec.args="-cp %classpath -DLOG_LEVEL=WARN dev.threatmodelbot.bench.AckLatencyBench $requests $concurrency $warmup"
