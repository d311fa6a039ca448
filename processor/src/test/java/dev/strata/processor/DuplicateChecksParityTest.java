package dev.strata.processor;

import dev.strata.testing.DatabaseKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A check given twice is written as Hibernate 7.2 writes it: a column's conditions of one text,
 * from a {@code @Check} repeating Bean Validation's {@code @Min}, an enum's range or a
 * {@code @Column(check)}, once ({@code qty >= 0}, where Strata wrote {@code (qty>=0) and
 * (qty>=0)}), a named one given twice once (Strata's second failed the migration, the name being
 * taken), and texts that differ only in spacing, or the table's own checks, each as given. The
 * oracle counts checks and foreign keys, so the table's {@code qty >= 0} reads as three on both
 * sides, and the two to-ones over {@code owner_id} as one foreign key.
 */
class DuplicateChecksParityTest {

  private static final ParityModel MODEL =
      new ParityModel(
          "oracle/duplicatechecks",
          "org.example.duplicatechecks",
          List.of("Level"),
          List.of("Owner", "Ticket"),
          false);

  @TempDir Path snapshots;
  @TempDir Path classes;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aColumnsCheckOfOneTextIsWrittenOnceAsHibernateWritesIt(DatabaseKind kind) throws Exception {
    MODEL.assertFirstVersionParity(snapshots, classes, kind);
  }
}
