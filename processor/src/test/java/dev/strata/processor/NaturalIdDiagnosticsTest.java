package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A {@code @NaturalId} on a collection, which Hibernate 7.2 refuses to start on (its natural id's
 * unique constraint is over the entity table's columns, and a collection has none there), is an
 * error on the {@code @NaturalId}. Before, Strata created the tables without a word: an
 * events-and-bookings model's shapes, tried on Hibernate, found it.
 */
class NaturalIdDiagnosticsTest {

  private static final String FOLDER = "jpa/naturalcollections";

  @TempDir Path snapshots;
  private MappingCompiler compiler;

  @BeforeEach
  void compiler() {
    compiler = new MappingCompiler(snapshots);
  }

  @Test
  void aNaturalIdOnACollectionIsAnErrorOnTheNaturalId() {
    JavaFileObject guestList = source("GuestList");
    JavaFileObject lineup = source("Lineup");
    JavaFileObject tagged = source("TaggedEvent");
    JavaFileObject hosted = source("HostedEvent");
    Compilation compilation =
        compiler.compile(
            List.of(source("Host"), source("Guest"), guestList, lineup, tagged, hosted),
            "-Astrata.tables=true");

    assertThat(compilation)
        .hadErrorContaining(
            "@NaturalId on a collection (@OneToMany): Hibernate 7 refuses to start on it, as the"
                + " natural id's unique constraint is over columns of the entity's table, which a"
                + " collection has none of")
        .inFile(guestList)
        .onLineContaining("@NaturalId");
    assertThat(compilation)
        .hadErrorContaining("@NaturalId on a collection (@OneToMany)")
        .inFile(lineup)
        .onLineContaining("@NaturalId");
    assertThat(compilation)
        .hadErrorContaining("@NaturalId on a collection (@ElementCollection)")
        .inFile(tagged)
        .onLineContaining("Set<String> tags;");
    assertThat(compilation)
        .hadErrorContaining("@NaturalId on a collection (@ManyToMany)")
        .inFile(hosted)
        .onLineContaining("Set<Host> hosts;");
    assertThat(compilation).hadErrorCount(4);
  }

  /** The oracle of the case above: Hibernate's own refusal of each, at its boot. */
  @ParameterizedTest
  @ValueSource(strings = {"GuestList", "Lineup", "TaggedEvent", "HostedEvent"})
  void hibernateRefusesANaturalIdOnACollection(String entity, @TempDir Path classes)
      throws Exception {
    // a guest refers to its list, which the other entities leave out
    List<String> booted =
        entity.equals("GuestList") ? List.of("Guest", "GuestList") : List.of("Host", entity);
    Exception refusal =
        new HibernateRefusal(FOLDER, "org.example.naturalcollections")
            .of(Exception.class, classes, booted, booted);
    assertTrue(
        Stream.of(refusal.getStackTrace())
            .anyMatch(frame -> frame.getClassName().endsWith(".NaturalIdBinder")),
        refusal.toString());
  }

  private static JavaFileObject source(String name) {
    return JavaFileObjects.forResource(FOLDER + "/" + name + ".java");
  }
}
