package dev.strata.processor.plan;

import dev.strata.processor.diff.Renames;
import dev.strata.processor.model.GeneratorRow;
import dev.strata.processor.model.KeyUser;
import dev.strata.processor.model.PlanningRules;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.TableDefinition;
import dev.strata.processor.plan.TableOperation.Execute;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code @TableGenerator} rows that must give values after keys rows already hold, as Hibernate
 * inserts a row at its initial value and a row goes on from where it stands: a table that existed
 * before and takes its keys from a row it did not take them from before (a key given {@code
 * GenerationType.TABLE} where the application assigned it, a segment shared with other entities)
 * has the row's value moved past its keys, never back. A snapshot recorded before a row's users
 * were kept names none: such a table is taken to be new to the row, which at worst moves the value
 * past keys it gave, changing nothing. Versions recorded under rules before {@link
 * PlanningRules#KEY_GENERATORS_FOLLOW_TABLES} insert the row at its initial value, as they did.
 */
final class GeneratorRowStarts {

  private final Schema from;
  private final Schema to;
  private final Renames renames;
  private final KeyGeneratorRenames generatorRenames;
  private final boolean planned;

  GeneratorRowStarts(
      Schema from,
      Schema to,
      Renames renames,
      KeyGeneratorRenames generatorRenames,
      PlanningRules rules) {
    this.from = from;
    this.to = to;
    this.renames = renames;
    this.generatorRenames = generatorRenames;
    this.planned = rules.compareTo(PlanningRules.KEY_GENERATORS_FOLLOW_TABLES) >= 0;
  }

  /** The updates of rows, once every row is inserted and every table renamed and changed. */
  List<Operation> operations() {
    List<Operation> operations = new ArrayList<>();
    if (!planned) {
      return operations;
    }
    for (TableDefinition generator : to.tables()) {
      for (GeneratorRow row : generator.generatorRows()) {
        Optional<GeneratorRow> former = former(generator, row);
        for (KeyUser user : row.users()) {
          Optional<String> key = keyOfExisting(user.table());
          if (key.isPresent() && !usedBefore(former, user)) {
            operations.add(
                new Execute(
                    generator.name(), row.startAfterKeys(generator.name(), user, key.get())));
          }
        }
      }
    }
    return operations;
  }

  /** The row {@code generator} had before of this row's segment, or of the segment it renames. */
  private Optional<GeneratorRow> former(TableDefinition generator, GeneratorRow row) {
    String segment = generatorRenames.formerSegment(generator.name(), row).orElse(row.segment());
    return from.table(renames.oldTableName(generator.name())).stream()
        .flatMap(table -> table.generatorRows().stream())
        .filter(old -> old.segment().equals(segment))
        .findFirst();
  }

  private boolean usedBefore(Optional<GeneratorRow> former, KeyUser user) {
    String table = renames.oldTableName(user.table());
    return former.stream()
        .flatMap(row -> row.users().stream())
        .anyMatch(old -> old.table().equalsIgnoreCase(table));
  }

  /** The one key column of a table of that name that existed before the version, if any. */
  private Optional<String> keyOfExisting(String table) {
    return to.table(table)
        .filter(after -> from.table(renames.oldTableName(after.name())).isPresent())
        .filter(after -> after.primaryKey().size() == 1)
        .map(after -> after.primaryKey().get(0));
  }
}
