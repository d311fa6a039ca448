package dev.strata.processor;

import dev.strata.testing.DatabaseKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A {@code @Lob} sized by {@code @Column(length)} or {@code @Size(max)} is the large object
 * Hibernate 7 exports: on MariaDB the smallest text or blob type that holds the length ({@code
 * tinytext}, {@code text}, {@code mediumtext}, {@code longtext}), elsewhere the one type the
 * database has for them. A {@code String} or {@code byte[]} longer than a database's {@code
 * varchar} or {@code varbinary} holds is the large object Hibernate makes it there.
 */
class SizedLargeObjectParityTest {

  private static final ParityModel MODEL =
      new ParityModel(
          "oracle/sizedlobs",
          "org.example.sizedlobs",
          List.of(),
          List.of("Document", "Article"),
          false);

  @TempDir Path snapshots;
  @TempDir Path classes;

  @ParameterizedTest
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void sizedLargeObjectsAndTooLongStringsAreHibernatesOnEveryDatabase(
      DatabaseKind kind, boolean springNaming) throws Exception {
    MODEL.withNaming(springNaming).assertFirstVersionParity(snapshots, classes, kind);
  }
}
