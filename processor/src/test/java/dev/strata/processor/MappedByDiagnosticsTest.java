package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A {@code mappedBy} that names no field of the target entity (a typo, or a field renamed on the
 * owning side), which Hibernate 7.2 refuses to start on, is an error on the association. Before,
 * Strata took the collection for the inverse side of an association nobody owned and created no
 * join table or column for it, without a word.
 */
class MappedByDiagnosticsTest {

  private static final String FOLDER = "jpa/mappedby";

  @TempDir Path snapshots;
  private MappingCompiler compiler;

  @BeforeEach
  void compiler() {
    compiler = new MappingCompiler(snapshots);
  }

  @Test
  void aMappedByNamingNoFieldOfTheTargetIsAnErrorOnTheAssociation() {
    JavaFileObject typo = source("TypoClub");
    JavaFileObject fans = source("FanClub");
    JavaFileObject captain = source("CaptainClub");
    Compilation compilation =
        compiler.compile(
            List.of(
                source("Member"), source("Membership"), source("ValidClub"), typo, fans, captain),
            "-Astrata.tables=true");

    assertThat(compilation)
        .hadErrorContaining(
            "Association members is mappedBy \"clubb\", which Member has no field of: Hibernate"
                + " refuses to start on it; name the field of Member that owns the association")
        .inFile(typo)
        .onLineContaining("@OneToMany(mappedBy = \"clubb\")");
    assertThat(compilation)
        .hadErrorContaining(
            "Association fans is mappedBy \"favourites\", which Member has no field")
        .inFile(fans)
        .onLineContaining("@ManyToMany(mappedBy = \"favourites\")");
    assertThat(compilation)
        .hadErrorContaining("mappedBy \"captaincy\"")
        .inFile(captain)
        .onLineContaining("@OneToOne(mappedBy = \"captaincy\")");
    // ValidClub's, of a field and of a field of an embeddable, name what Member has
    assertThat(compilation).hadErrorCount(3);
  }

  /** The oracle of the case above: Hibernate's own refusal of each, at its boot. */
  @ParameterizedTest
  @ValueSource(strings = {"TypoClub", "FanClub", "CaptainClub"})
  void hibernateRefusesAMappedByNamingNoField(String club, @TempDir Path classes) throws Exception {
    List<String> sources = List.of("Member", "Membership", "ValidClub", club);
    Exception refusal =
        new HibernateRefusal(FOLDER, "org.example.mappedby")
            .of(Exception.class, classes, sources, List.of("Member", "ValidClub", club));
    assertTrue(
        String.valueOf(refusal.getMessage()).contains("does not exist in the target entity")
            || String.valueOf(refusal.getMessage()).contains("Unknown mappedBy"),
        refusal.toString());
  }

  private static JavaFileObject source(String name) {
    return JavaFileObjects.forResource(FOLDER + "/" + name + ".java");
  }
}
