#!/usr/bin/env bash
# Questions asked per engineer before the coverage judge says enough, for each eval case, with scripted
# engineers answering from the half of the design doc the bot was not given. In process, offline, no network.
# Usage: bench/interview-questions.sh [cap=200] [transcript]
# Writes bench/results/interview-questions.md (overwritten) and prints the same Markdown; with
# `transcript`, every question and answer goes to stderr too.
set -euo pipefail

cd "$(dirname "$0")/.."
cap="${1:-200}"
transcript="${2:-}"
[[ "$cap" =~ ^[0-9]+$ ]] || { echo "usage: $0 [cap] [transcript] (cap a whole number)" >&2; exit 2; }
[[ -z "$transcript" || "$transcript" == transcript ]] || { echo "usage: $0 [cap] [transcript]" >&2; exit 2; }
[[ -d eval/cases ]] || { echo "needs the eval cases in eval/cases" >&2; exit 2; }
export BENCH_COMMAND="bench/interview-questions.sh $cap"

mvn -B -q -Dstyle.color=never test-compile
# exec:exec rather than exec:java: a JVM of its own, so its System.exit cannot cut Maven short.
mvn -B -q -Dstyle.color=never org.codehaus.mojo:exec-maven-plugin:3.5.1:exec \
  -Dexec.executable=java \
  -Dexec.classpathScope=test \
  -Dexec.args="-cp %classpath -DLOG_LEVEL=WARN dev.threatmodelbot.bench.InterviewBench $cap $transcript"
