package dev.strata.runtime.internal.execution;

import dev.strata.runtime.internal.catalog.Catalog;
import dev.strata.runtime.internal.catalog.ViewAttachments;
import java.util.HashMap;
import java.util.Map;

/**
 * The privileges, comments, triggers, rules and owners of the views a migration drops, kept to give
 * them back to the views of the same names that the migration creates again: a view whose columns
 * change, or that reads what changes, is dropped and created, and on PostgreSQL a read-only role
 * granted {@code SELECT} on it would otherwise lose it without a word. Given back in the
 * migration's transaction, so a failure leaves the old view with everything it had. A view dropped
 * and not created again takes what it had with it. Reads nothing where nothing was kept, so a
 * migration that only creates views costs no catalog read.
 */
final class KeptAttachments {

  private static final System.Logger LOG = System.getLogger("dev.strata.runtime");

  private final Catalog catalog;
  private final StatementRunner statements;
  private final Map<String, ViewAttachments> kept = new HashMap<>();

  KeptAttachments(Catalog catalog, StatementRunner statements) {
    this.catalog = catalog;
    this.statements = statements;
  }

  /** Before view {@code name} is dropped: what it carries, unless kept from an earlier drop. */
  void keep(String name) {
    ViewAttachments attachments =
        StatementFailure.reading(
            "the privileges, comment and triggers of view " + name,
            () -> catalog.attachments(name));
    if (attachments != null) {
      LOG.log(
          System.Logger.Level.INFO,
          () ->
              "Kept what view "
                  + name
                  + " carries, to give it back when it is created again: "
                  + String.join("; ", attachments.statements()));
      kept.putIfAbsent(attachments.view(), attachments);
    }
  }

  /** After view {@code name} was created: gives it what a view of its name had when dropped. */
  void giveBack(String name) {
    if (kept.isEmpty()) {
      return;
    }
    String key =
        StatementFailure.reading("which view " + name + " is", () -> catalog.attachmentsKey(name));
    ViewAttachments attachments = kept.remove(key);
    if (attachments == null) {
      return;
    }
    attachments.statements().forEach(statements::runUnnumbered);
  }
}
