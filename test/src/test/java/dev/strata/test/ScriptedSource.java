package dev.strata.test;

import dev.strata.runtime.Migration;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationSource;
import dev.strata.runtime.Operations;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A migration set written by hand for the kit's tests, standing in for a generated index; each
 * subclass is listed in {@code META-INF/services} so that the kit finds it as it finds a user's.
 */
abstract class ScriptedSource implements MigrationSource {

  /** One version: what its upgrade and its downgrade do; no downgrade makes it irreversible. */
  record Step(String description, Consumer<Operations> upgrade, Consumer<Operations> downgrade) {}

  private final String set;
  private final List<Step> steps;

  ScriptedSource(String set, List<Step> steps) {
    this.set = set;
    this.steps = List.copyOf(steps);
  }

  @Override
  public String set() {
    return set;
  }

  @Override
  public List<MigrationDescriptor> migrations() {
    return java.util.stream.IntStream.rangeClosed(1, steps.size())
        .mapToObj(
            version -> new MigrationDescriptor(version, description(version), checksum(version)))
        .toList();
  }

  @Override
  public Migration load(int version) {
    Step step = steps.get(version - 1);
    return new Migration() {
      @Override
      public int version() {
        return version;
      }

      @Override
      public String description() {
        return step.description();
      }

      @Override
      public String checksum() {
        return ScriptedSource.this.checksum(version);
      }

      @Override
      public void upgrade(Operations ops) {
        step.upgrade().accept(ops);
      }

      @Override
      public void downgrade(Operations ops) {
        step.downgrade().accept(ops);
      }

      @Override
      public Optional<String> irreversibleBecause() {
        return step.downgrade() == null
            ? Optional.of("its step \"" + step.description() + "\" has no downgrade")
            : Optional.empty();
      }
    };
  }

  private String description(int version) {
    return steps.get(version - 1).description();
  }

  private String checksum(int version) {
    return set + "-" + version;
  }
}
