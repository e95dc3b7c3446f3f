# Sourced after test-classpath.sh by scripts that run for minutes: copies the compiled classes to a
# temporary folder and points TEST_CLASSPATH there, so a build during the run cannot change them.
frozen_classes=$(mktemp -d)
cp -r target/classes target/test-classes "$frozen_classes"/
TEST_CLASSPATH="$frozen_classes/test-classes:$frozen_classes/classes:${TEST_CLASSPATH#target/test-classes:target/classes:}"
export TEST_CLASSPATH
