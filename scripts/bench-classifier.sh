#!/usr/bin/env bash
# Times the classifier on a megabyte of each worst-case string (see ClassifierWorstCaseBenchmark) and
# prints each figure next to its floor. With a commit as argument it also times that commit's
# classifier (built in a temporary worktree), side by side:
#   scripts/bench-classifier.sh            # this tree
#   scripts/bench-classifier.sh 14c0033    # this tree, then the classifier as it was at 14c0033
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/test-classpath.sh

echo "== this tree"
java -Xmx1g -Xss1m -cp "$TEST_CLASSPATH" dev.tokendoctor.bench.ClassifierWorstCaseBenchmark
if [ $# -gt 0 ]; then
    old=$(mktemp -d)
    git worktree add -q --detach "$old/src-tree" "$1"
    trap 'git worktree remove --force "$old/src-tree"; rm -rf "$old"' EXIT
    deps=$(echo "$TEST_CLASSPATH" | cut -d: -f3-)
    mkdir -p "$old/classes"
    find "$old/src-tree/src/main/java/dev/tokendoctor/core" -name '*.java' > "$old/sources"
    javac -nowarn -d "$old/classes" -cp "$deps" @"$old/sources"
    cp -r "$old/src-tree/src/main/resources/." "$old/classes/"
    echo "== $1"
    java -Xmx1g -Xss1m -cp "$old/classes:target/test-classes:$deps" dev.tokendoctor.bench.ClassifierWorstCaseBenchmark
fi
