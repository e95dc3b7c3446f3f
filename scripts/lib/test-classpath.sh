# Sourced by the benchmark scripts: compiles main and test classes and sets TEST_CLASSPATH to
# target/test-classes:target/classes plus every test-scope dependency. MVN_FLAGS defaults to -o
# (offline); set MVN_FLAGS= on a fresh machine so Maven may download.
mvn_flags=${MVN_FLAGS--o}
# shellcheck disable=SC2086
mvn -B -q $mvn_flags test-compile
classpath_file=$(mktemp)
# shellcheck disable=SC2086
mvn -B -q $mvn_flags dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file" >/dev/null
TEST_CLASSPATH="target/test-classes:target/classes:$(cat "$classpath_file")"
rm -f "$classpath_file"
export TEST_CLASSPATH
