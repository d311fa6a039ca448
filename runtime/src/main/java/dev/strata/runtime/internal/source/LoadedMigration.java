package dev.strata.runtime.internal.source;

import dev.strata.runtime.Migration;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.internal.Texts;

/** A migration class about to run, with the set it belongs to and the descriptor it matched. */
public record LoadedMigration(String set, MigrationDescriptor descriptor, Migration migration) {

  public int version() {
    return descriptor.version();
  }

  /** How messages and logs name the migration: {@code V0002 "Replace active_users" of set main}. */
  public String label() {
    return Texts.label(set, descriptor.version(), descriptor.description());
  }
}
