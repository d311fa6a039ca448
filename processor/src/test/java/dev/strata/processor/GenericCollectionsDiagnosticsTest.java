package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The collections and join-table to-ones of type variables that Hibernate 7.2 refuses to start on,
 * though an entity binds them (its own refusal is the oracle, each measured on H2): a map whose key
 * is a variable, an element collection of a variable bound to an embeddable, a to-one of a variable
 * through a join table without a name, and a generic embeddable as a map's key; and a collection of
 * a variable that nothing binds. GenericCollectionsParityTest measures what it maps.
 */
class GenericCollectionsDiagnosticsTest {

  @TempDir Path snapshots;
  private MappingCompiler compiler;

  @BeforeEach
  void compiler() {
    compiler = new MappingCompiler(snapshots);
  }

  @Test
  void aMapWhoseKeyIsATypeVariableIsAnErrorOnTheMap() {
    compiler.assertError(
        "GenericMapKeys",
        "Hibernate refuses to start on map notes, whose key is type variable K, though the entity"
            + " binds it to java.lang.String",
        "private Map<K, String> notes;");
  }

  @Test
  void anElementCollectionOfAVariableBoundToAnEmbeddableIsAnErrorOnTheCollection() {
    compiler.assertError(
        "GenericEmbeddableElements",
        "Hibernate refuses to start on @ElementCollection sizes, whose element is type variable E,"
            + " bound to the embeddable com.example.unsupported.GenericSpan",
        "private Set<E> sizes;");
  }

  @Test
  void aToOneOfAVariableThroughAnUnnamedJoinTableIsAnErrorOnTheJoinTable() {
    compiler.assertError(
        "GenericJoinTableOwner",
        "Hibernate refuses to start on owner of type variable O through a @JoinTable without a"
            + " name",
        "@ManyToOne @JoinTable private O owner;");
  }

  @Test
  void aGenericEmbeddableAsAMapKeyIsAnErrorOnItsUnboundField() {
    compiler.assertError(
        "GenericEmbeddableMapKey",
        "field currency of type variable C, which no type argument binds here",
        "private C currency;");
  }

  @Test
  void aGenericEntitysCollectionOfItsOwnVariableIsAnErrorOnTheCollection() {
    compiler.assertError(
        "GenericCrate",
        "field items of type java.util.List<T>, which no type argument binds here",
        "private List<T> items;");
  }

  @Test
  void hibernateRefusesEach(@TempDir Path classes) throws Exception {
    HibernateRefusal unsupported =
        new HibernateRefusal("jpa/unsupported", "com.example.unsupported");
    assertRefused(
        unsupported, classes, "GenericMapKeys", List.of(), "no type mapping for", "JAVA_OBJECT");
    assertRefused(
        unsupported,
        classes,
        "GenericEmbeddableElements",
        List.of(),
        "Illegal attempt to locate field [height] on Object.class");
    assertRefused(
        unsupported,
        classes,
        "GenericJoinTableOwner",
        List.of("GenericOwner"),
        "Property not among declared properties: owner");
    assertRefused(
        unsupported,
        classes,
        "GenericEmbeddableMapKey",
        List.of(),
        "Money.currency' has an unbound type");
    assertRefused(unsupported, classes, "GenericCrate", List.of(), "items' has an unbound type");
  }

  /** Hibernate refuses to start on {@code entity} (with {@code others}), saying {@code words}. */
  private static void assertRefused(
      HibernateRefusal unsupported,
      Path classes,
      String entity,
      List<String> others,
      String... words)
      throws Exception {
    List<String> booted = new ArrayList<>(others);
    booted.add(entity);
    Exception refusal =
        unsupported.of(Exception.class, classes.resolve(entity), List.of(entity), booted);
    String said = String.valueOf(refusal) + " " + causes(refusal);
    for (String word : words) {
      assertTrue(said.contains(word), said);
    }
  }

  private static String causes(Throwable refusal) {
    StringBuilder said = new StringBuilder();
    for (Throwable cause = refusal.getCause(); cause != null; cause = cause.getCause()) {
      said.append(cause.getMessage()).append(' ');
    }
    return said.toString();
  }
}
