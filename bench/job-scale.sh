#!/usr/bin/env bash
# Claiming due jobs and reading wake-ups as sessions pile up (100, 1,000, 10,000 sessions), against the
# Redis the tests use (REDIS_URL, else 127.0.0.1:6379, else embedded), under a fresh key prefix deleted
# at the end. Writes bench/results/job-scale.md (overwritten) and prints the same Markdown.
# Usage: bench/job-scale.sh
set -euo pipefail

cd "$(dirname "$0")/.."
mvn -B -q -Dstyle.color=never test-compile
mvn -B -q -Dstyle.color=never org.codehaus.mojo:exec-maven-plugin:3.5.1:exec \
  -Dexec.executable=java \
  -Dexec.classpathScope=test \
  -Dexec.args="-cp %classpath -DLOG_LEVEL=WARN dev.threatmodelbot.adapter.redis.JobScaleBench"
