package dev.strata.processor;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The collections inside an embeddable that stay errors, on the field or the override at fault:
 * where Hibernate refuses them or ignores an override, where it would write the rows of two
 * collections into one table, and where it would give a join column one foreign key of two. {@code
 * EmbeddedCollectionParityTest} proves the others.
 */
class EmbeddedCollectionDiagnosticsTest {

  @TempDir Path snapshots;

  private MappingCompiler compiler;

  @BeforeEach
  void setUp() {
    compiler = new MappingCompiler(snapshots);
  }

  /** Before, the message said Strata could not yet create what Hibernate refuses to start on. */
  @Test
  void aCollectionInsideAnElementCollectionsEmbeddableIsAnErrorOnTheCollection() {
    compiler.assertError(
        "StopCodes",
        "A collection inside an embeddable that is an element collection's value, an embedded id or"
            + " a map key, on which Hibernate refuses to start",
        "@ElementCollection private Set<String> codes;");
  }

  /**
   * Hibernate's export has one table Trip_tags for both collections, and each reads the rows of
   * both; the error names the override that gives the second its own.
   */
  @Test
  void anEmbeddableEmbeddedTwiceIsAnErrorOnTheSecondEmbeddingRatherThanOneSharedTable() {
    compiler.assertError(
        "TwiceEmbeddedTags",
        "Collections planned.tags and actual.tags both map to TwiceEmbeddedTags_tags, as the same"
            + " field of an embeddable embedded twice: Hibernate's export has one table or column"
            + " for both and writes the rows of both into it, so that each reads the other's; give"
            + " embedding actual its own table with @AssociationOverride(name = \"tags\", joinTable"
            + " = @JoinTable(name = \"TwiceEmbeddedTags_actual_tags\")) on it",
        "private Labels actual;");
  }

  /** Before, an error on the class: two fields map to column street. */
  @Test
  void aColumnOfAnEmbeddableEmbeddedTwiceIsAnErrorOnTheSecondEmbeddingNamingTheOverride() {
    compiler.assertError(
        "TwiceEmbeddedColumns",
        "Fields home and work embed one embeddable and both map its field street to column street,"
            + " on which Hibernate refuses to start (Column 'street' is duplicated in mapping); fix"
            + " the mapping: give embedding work its own column with @AttributeOverride(name ="
            + " \"street\", column = @Column(name = \"work_street\")) on it",
        "private Place work;");
  }

  /**
   * Before, the nested column was an error on the class (two fields map to column lat), and the
   * association's message asked for an @AttributeOverride, which cannot rename a join column.
   */
  @Test
  void aNestedColumnOrAssociationEmbeddedTwiceIsAnErrorOnTheSecondEmbeddingNamingItsPath() {
    compiler.assertError(
        "TwiceEmbeddedNested",
        "Fields home and work embed one embeddable and both map its field position.lat to column"
            + " lat, on which Hibernate refuses to start (Column 'lat' is duplicated in mapping);"
            + " fix the mapping: give embedding work its own column with @AttributeOverride(name ="
            + " \"position.lat\", column = @Column(name = \"work_lat\")) on it",
        "private Site work;");
    compiler.assertError(
        "TwiceEmbeddedNested",
        "Fields home and yard embed one embeddable and both map its association position.keeper"
            + " to join column keeper_id, on which Hibernate refuses to start (Column 'keeper_id' is"
            + " duplicated in mapping); fix the mapping: give embedding yard its own column with"
            + " @AssociationOverride(name = \"position.keeper\", joinColumns = @JoinColumn(name ="
            + " \"yard_keeper_id\")) on it",
        "private Site yard;");
  }

  @Test
  void anEmbeddableOfTwoEntitiesIsAnErrorRatherThanAJoinColumnReferringToOneOfThem() {
    compiler.assertError(
        "SharedJoinColumn",
        "column SharedLeg.voyage_id, the join column of both SharedJoinColumn.route.legs and"
            + " SharedCharter.charterRoute.legs: Hibernate gives it one foreign key, to the entity"
            + " it happens to read last; give this embedding its own with @AssociationOverride(name"
            + " = \"legs\", joinColumns = @JoinColumn(name = ...))",
        "@Embedded private Route charterRoute;");
  }

  @Test
  void joinColumnsOverridingAManyToManyAreAnErrorAsHibernateIgnoresThem() {
    compiler.assertError(
        "OverriddenCallColumns",
        "an @AssociationOverride of route.calls, a collection inside an embeddable: a collection"
            + " with a table of its own, whose joinColumns Hibernate ignores outside joinTable ="
            + " @JoinTable(joinColumns = ...)",
        "@AssociationOverride(name = \"calls\"");
  }

  @Test
  void anOverriddenTableOfANamedCollectionTableIsAnErrorAsHibernateKeepsTheOwn() {
    compiler.assertError(
        "OverriddenNamedTags",
        "an @AssociationOverride of route.tags, a collection inside an embeddable: an element"
            + " collection whose field names its table itself (@CollectionTable), which Hibernate"
            + " keeps, ignoring the override",
        "@AssociationOverride(name = \"tags\"");
  }

  @Test
  void anAttributeOverrideOfAManyToManyIsAnErrorOnTheOverride() {
    compiler.assertError(
        "OverriddenCallColumn",
        "an @AttributeOverride of route.calls, a collection inside an embeddable: not a Set, List"
            + " or Collection of basic values, whose one column it renames",
        "@AttributeOverride(name = \"calls\"");
  }

  @Test
  void anOverrideOfTheInverseSideIsAnErrorAsHibernateRefusesIt() {
    compiler.assertError(
        "OverriddenInverseCargo",
        "an @AssociationOverride of hold.cargo, a collection inside an embeddable: the inverse"
            + " (mappedBy) side, on which Hibernate refuses to start",
        "@AssociationOverride(name = \"cargo\"");
  }
}
