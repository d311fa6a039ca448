package dev.strata.processor.snapshot;

import dev.strata.processor.json.JsonOutput;
import dev.strata.processor.model.TableInheritance;
import java.io.IOException;
import java.util.List;

/**
 * A table's part in a hierarchy, as a snapshot writes it: {@code discriminator} and {@code
 * rootValue} together or not at all, as are {@code rootTable}, {@code rootDiscriminator} and {@code
 * ownValue}, where a joined subclass's rows are marked; {@code renamedValues} only where a single
 * table's subclass was renamed. Each key is left out when it has nothing to say, so that snapshots
 * written before it read and write the same.
 */
record InheritanceJson(
    String strategy,
    List<String> subclasses,
    String discriminator,
    String rootValue,
    List<ValueRenameJson> renamedValues,
    String rootTable,
    String rootDiscriminator,
    String ownValue) {

  static InheritanceJson of(TableInheritance inheritance) {
    return new InheritanceJson(
        inheritance.strategy().name(),
        inheritance.subclasses(),
        inheritance.discriminator().map(TableInheritance.Discriminator::column).orElse(null),
        inheritance.discriminator().map(TableInheritance.Discriminator::rootValue).orElse(null),
        inheritance.renamedValues().stream()
            .map(r -> new ValueRenameJson(r.column(), r.former(), r.current()))
            .toList(),
        inheritance.subclassRows().map(TableInheritance.RowMark::table).orElse(null),
        inheritance.subclassRows().map(TableInheritance.RowMark::column).orElse(null),
        inheritance.subclassRows().map(TableInheritance.RowMark::value).orElse(null));
  }

  void write(JsonOutput out) throws IOException {
    out.nonEmpty("strategy", strategy);
    out.nonEmptyStrings("subclasses", subclasses);
    out.nonEmpty("discriminator", discriminator);
    out.nonEmpty("rootValue", rootValue);
    out.nonEmptyObjects("renamedValues", renamedValues, (o, r) -> o.object(r::write));
    out.nonEmpty("rootTable", rootTable);
    out.nonEmpty("rootDiscriminator", rootDiscriminator);
    out.nonEmpty("ownValue", ownValue);
  }

  /** A single-table subclass's discriminator value before and after its entity was renamed. */
  record ValueRenameJson(String column, String former, String current) {

    void write(JsonOutput out) throws IOException {
      out.string("column", column);
      out.string("former", former);
      out.string("current", current);
    }
  }
}
