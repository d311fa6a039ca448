package dev.strata.maven;

import dev.strata.runtime.Migration;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationSource;
import dev.strata.runtime.Operations;
import java.util.List;
import java.util.stream.IntStream;

/** Migrations for the goals' tests: a view a version. */
final class TestViews {

  private TestViews() {}

  /** Views {@code v1} to {@code v<versions>}, one a version, in set main. */
  static MigrationSource source(int versions) {
    return source("main", "v", versions);
  }

  /** Views {@code <prefix>1} to {@code <prefix><versions>}, one a version, in {@code set}. */
  static MigrationSource source(String set, String prefix, int versions) {
    return new MigrationSource() {
      @Override
      public String set() {
        return set;
      }

      @Override
      public List<MigrationDescriptor> migrations() {
        return IntStream.rangeClosed(1, versions)
            .mapToObj(v -> new MigrationDescriptor(v, "Create " + prefix + v, "c" + v))
            .toList();
      }

      @Override
      public Migration load(int version) {
        return new Migration() {
          @Override
          public int version() {
            return version;
          }

          @Override
          public String description() {
            return "Create " + prefix + version;
          }

          @Override
          public String checksum() {
            return "c" + version;
          }

          @Override
          public void upgrade(Operations ops) {
            ops.createView(prefix + version, "SELECT " + version + " AS n");
          }

          @Override
          public void downgrade(Operations ops) {
            ops.dropView(prefix + version);
          }
        };
      }
    };
  }
}
