package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;

/**
 * Merges a column that a read-only field ({@code insertable = false, updatable = false}) maps onto
 * the column of the field that writes it, as Hibernate does for the common pair of a foreign key's
 * value and its association: one column, defined by the writing field, with the foreign key either
 * field's association gives it. Two fields that both write one column are left as they are, for the
 * table's checks to report.
 */
final class ReadOnlyColumns {

  private ReadOnlyColumns() {}

  static List<MappedColumn> merge(List<MappedColumn> mapped) {
    List<MappedColumn> result = new ArrayList<>();
    for (MappedColumn column : mapped) {
      Optional<Integer> same = indexOf(result, column.name());
      if (same.isEmpty()) {
        result.add(column);
        continue;
      }
      MappedColumn earlier = result.get(same.get());
      if (written(column) != written(earlier)) {
        MappedColumn writing = written(column) ? column : earlier;
        MappedColumn reading = written(column) ? earlier : column;
        result.set(same.get(), withReference(writing, reading));
      } else {
        result.add(column);
      }
    }
    return result;
  }

  /**
   * The columns of {@code mapped} that a read-only {@code @OneToOne} of one join column reads where
   * an association writes them: Hibernate 7.2 makes each unique (measured on H2, PostgreSQL and
   * MariaDB: {@code unique pet[vet_id]} beside a {@code @ManyToOne} writing {@code vet_id},
   * declared before it or after), as it does not where a basic field writes the column.
   */
  static List<String> uniqueUnderReaders(List<MappedColumn> mapped) {
    List<String> unique = new ArrayList<>();
    for (MappedColumn reader : mapped) {
      boolean oneColumn =
          mapped.stream().filter(column -> column.field().equals(reader.field())).count() == 1;
      if (readOnly(reader)
          && oneColumn
          && reader.references().isPresent()
          && JpaAnnotations.has(reader.field(), "OneToOne")
          && mapped.stream()
              .anyMatch(
                  writer ->
                      !readOnly(writer)
                          && writer.references().isPresent()
                          && writer.name().equalsIgnoreCase(reader.name()))) {
        unique.add(reader.name());
      }
    }
    return unique;
  }

  /** The columns but those of read-only fields named {@code name}, which another mapping writes. */
  static List<MappedColumn> withoutReaders(List<MappedColumn> mapped, String name) {
    return mapped.stream()
        .filter(column -> !(readOnly(column) && column.name().equalsIgnoreCase(name)))
        .toList();
  }

  private static Optional<Integer> indexOf(List<MappedColumn> columns, String name) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /**
   * The writing field's column, referring where either field's association refers; one that takes
   * the reading association's reference keeps the writing field, whose checks Hibernate applies.
   */
  private static MappedColumn withReference(MappedColumn writing, MappedColumn reading) {
    if (writing.references().isPresent() || reading.references().isEmpty()) {
      return writing;
    }
    return new MappedColumn(
        reading.field(),
        writing.name(),
        writing.sqlType(),
        writing.category(),
        writing.nullable(),
        writing.id(),
        writing.identity(),
        writing.renamedFrom(),
        reading.references(),
        writing.table(),
        Optional.of(writing.field()),
        writing.validated(),
        reading.embeddings());
  }

  /**
   * Whether a field writes the column: its own, or, for a column merged here already, the field
   * whose column it took ({@link MappedColumn#writer}), so that a second read-only association over
   * one column merges too (measured: Hibernate 7.2 exports one column and the first association's
   * foreign key, to one entity or to two).
   */
  private static boolean written(MappedColumn column) {
    return !readOnly(column) || column.writer().isPresent();
  }

  private static boolean readOnly(MappedColumn column) {
    if (SharedKeys.shares(column.field())) {
      return true; // it reads the key column its entity's @Id writes
    }
    Optional<AnnotationMirror> annotation =
        JpaAnnotations.find(column.field(), "Column")
            .or(() -> JpaAnnotations.find(column.field(), "JoinColumn"));
    return annotation
        .filter(a -> !AnnotationMirrors.bool(a, "insertable", true))
        .filter(a -> !AnnotationMirrors.bool(a, "updatable", true))
        .isPresent();
  }
}
