package dev.strata.runtime.internal;

import dev.strata.runtime.Migration;
import dev.strata.runtime.MigrationDescriptor;

/** A migration class about to run, with the set it belongs to and the descriptor it matched. */
record LoadedMigration(String set, MigrationDescriptor descriptor, Migration migration) {

  int version() {
    return descriptor.version();
  }

  /** How messages and logs name the migration: {@code V0002 "Replace active_users" of set main}. */
  String label() {
    return Messages.label(set, descriptor.version(), descriptor.description());
  }
}
