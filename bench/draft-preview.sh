#!/usr/bin/env bash
# What the bot would post for a design doc pasted in the start form with nobody answering: the summary back,
# the draft's root and every drafted threat, as chat text. In process; offline unless LLM_PROVIDER is set.
# Usage: [PREVIEW_CONTEXT=true] bench/draft-preview.sh <design.md> [system name]
# PREVIEW_CONTEXT=true also prints the context model read: parts (kind, aliases), flows, facts.
set -euo pipefail

cd "$(dirname "$0")/.."
[[ $# -ge 1 && -f "$1" ]] || { echo "usage: $0 <design.md> [system name]" >&2; exit 2; }
design="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
name="${2:-}"

mvn -B -q -Dstyle.color=never test-compile
mvn -B -q -Dstyle.color=never org.codehaus.mojo:exec-maven-plugin:3.5.1:exec \
  -Dexec.executable=java \
  -Dexec.classpathScope=test \
  -Dexec.args="-cp %classpath -DDJL_CACHE_DIR=target/djl -Djava.io.tmpdir=target -Dpreview.context=${PREVIEW_CONTEXT:-false} -DLOG_LEVEL=WARN dev.threatmodelbot.bench.DraftPreview $design $name"
