package dev.strata.processor;

import dev.strata.testing.DatabaseKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two read-only associations over a column a basic field writes are one column, with the first
 * association's foreign key, as Hibernate 7.2 exports them (measured on H2, PostgreSQL and MariaDB,
 * to one entity and to two). Before, Strata merged the first reader into the writer's column and
 * kept the second apart, then refused the table: "two fields map to column sitter_id", adding that
 * Hibernate would refuse it as well, which it does not. A read-only {@code @OneToOne} over a column
 * a {@code @ManyToOne} writes makes it unique, as Hibernate does, declared before or after it
 * ({@code Pet}, {@code Horse}), where Strata made it no constraint.
 */
class ReadOnlyReadersParityTest {

  private static final ParityModel MODEL =
      new ParityModel(
          "oracle/readonlyreaders",
          "org.example.readonlyreaders",
          List.of(),
          List.of("Booking", "Visit", "Sitter", "Walker", "Pet", "Horse", "Vet"),
          false);

  @TempDir Path snapshots;
  @TempDir Path classes;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void readOnlyAssociationsOverAWrittenColumnAreOneColumn(DatabaseKind kind) throws Exception {
    MODEL.assertFirstVersionParity(snapshots, classes, kind);
  }
}
