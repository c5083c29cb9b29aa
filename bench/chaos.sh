#!/usr/bin/env bash
# Two replicas on one private Redis behind the same signed traffic, with a faulty Slack, five SIGKILLs and a
# Redis restart; reports acknowledged vs recorded replies, double posts, unclaimed jobs and recovery times.
# Needs redis-server on PATH (apt-get install redis-server). Loopback only.
# Usage: bench/chaos.sh [minutes=3] [sessions=3]
# Writes bench/results/chaos.md (overwritten) and prints the same Markdown.
set -euo pipefail

cd "$(dirname "$0")/.."
minutes="${1:-3}"
sessions="${2:-3}"
[[ "$minutes" =~ ^[0-9]+$ && "$sessions" =~ ^[0-9]+$ ]] || { echo "usage: $0 [minutes] [sessions]" >&2; exit 2; }
command -v redis-server >/dev/null || { echo "needs redis-server on PATH" >&2; exit 2; }

mvn -B -q -Dstyle.color=never test-compile
mvn -B -q -Dstyle.color=never org.codehaus.mojo:exec-maven-plugin:3.5.1:exec \
  -Dexec.executable=java \
  -Dexec.classpathScope=test \
  -Dexec.args="-cp %classpath -DDJL_CACHE_DIR=target/djl -Djava.io.tmpdir=target dev.threatmodelbot.bench.ChaosBench $minutes $sessions"
