#!/usr/bin/env bash
# Offline recall and precision of drafted threats against each eval case's ground truth: the design doc read
# into a context model, the offline threat drafter run on it, drafted threats matched to ground_truth.json by
# STRIDE overlap and MiniLM cosine similarity. In process, offline, no network.
# Usage: bench/threat-recall.sh [threshold] [--explain]
# Writes bench/results/threat-recall.md (overwritten) and prints the same Markdown; with `--explain`, every
# drafted threat, the closest pairs per case and the score histogram go to stderr too.
set -euo pipefail

cd "$(dirname "$0")/.."
threshold=""
explain=""
for arg in "$@"; do
  case "$arg" in
    --explain) explain="--explain" ;;
    0.[0-9]*) [[ "$arg" =~ ^0\.[0-9]+$ ]] || { echo "usage: $0 [threshold 0.xx] [--explain]" >&2; exit 2; }
              threshold="$arg" ;;
    *) echo "usage: $0 [threshold 0.xx] [--explain]" >&2; exit 2 ;;
  esac
done
[[ -d eval/cases && -d bench/answer-keys ]] || { echo "needs eval/cases and bench/answer-keys" >&2; exit 2; }
export BENCH_COMMAND="bench/threat-recall.sh${threshold:+ $threshold}"

mvn -B -q -Dstyle.color=never test-compile
# exec:exec rather than exec:java: a JVM of its own, so its System.exit cannot cut Maven short.
# DJL_CACHE_DIR and java.io.tmpdir as in surefire: the tokenizer's and onnxruntime's native libraries go
# under target/, not ~/.djl.ai.
mvn -B -q -Dstyle.color=never org.codehaus.mojo:exec-maven-plugin:3.5.1:exec \
  -Dexec.executable=java \
  -Dexec.classpathScope=test \
  -Dexec.args="-cp %classpath -DDJL_CACHE_DIR=target/djl -Djava.io.tmpdir=target -DLOG_LEVEL=WARN dev.threatmodelbot.bench.ThreatBench $threshold $explain"
