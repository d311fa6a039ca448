#!/usr/bin/env bash
# Builds the benchmark module and the Strata modules it measures, then runs every benchmark and
# writes benchmarks/RESULTS.md. About 20 minutes on 2 cores; `--quick` only checks that it all works;
# `--processor` measures the processor alone (first build, no-change builds against 100 and 1,000
# versions, clean and cached) and prints the figures without touching RESULTS.md; `--processor-first`
# only its first build of 1,000 views (4 JVMs per mode) and that build's profile; `--no-change` only
# the no-change builds against 1,000 versions; `--apply` measures applying alone (section 4: Strata
# and raw JDBC on H2, PostgreSQL and MariaDB, N = 10, 100, 1000) and prints each cell with
# Strata ÷ raw, without touching RESULTS.md (`--apply --sizes=10,100`: those N).
set -euo pipefail
cd "$(dirname "$0")/.."

# PostgreSQL as the integration tests use it; its benchmarks are skipped, and the results say so,
# if nothing answers
if ! (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null && command -v pg_ctlcluster >/dev/null; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start || true
fi

mvn -B -ntp -q -Pbenchmarks -pl benchmarks -am package -DskipTests
exec java -cp "benchmarks/target/classes:benchmarks/target/lib/*" \
  dev.strata.benchmarks.BenchmarkSuite benchmarks "$@"
