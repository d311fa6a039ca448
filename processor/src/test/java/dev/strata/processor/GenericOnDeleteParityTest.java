package dev.strata.processor;

import dev.strata.testing.DatabaseKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An {@code @OnDelete} on a {@code @OneToMany(mappedBy)} that a generic mapped superclass declares
 * over a type variable ({@code List<C> children} of {@code Parent<C>}, bound to {@code Doc} by
 * {@code Folder}) is the rule of the owning side's foreign key, as Hibernate 7.2 exports it: {@code
 * doc[parent_id] -> folder[id] on delete cascade}. Before, Strata read the collection as declared,
 * found no entity in it, and left the key without its rule, without a word.
 */
class GenericOnDeleteParityTest {

  private static final ParityModel MODEL =
      new ParityModel(
          "oracle/genericondelete",
          "org.example.genericondelete",
          List.of("Parent"),
          List.of("Folder", "Doc"),
          false);

  @TempDir Path snapshots;
  @TempDir Path classes;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void theRuleOfACollectionOfATypeVariableIsItsOwnersKeys(DatabaseKind kind) throws Exception {
    MODEL.assertFirstVersionParity(snapshots, classes, kind);
  }
}
