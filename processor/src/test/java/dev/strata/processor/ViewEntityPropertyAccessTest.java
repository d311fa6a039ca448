package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A view entity that Hibernate maps through its getters (property access) is not matched with its
 * view's columns, as Strata reads fields only: a warning on the annotation that selects it says so,
 * where the fields were matched and a getter's {@code @Column(name)} gave a false error.
 */
class ViewEntityPropertyAccessTest {

  private static final JavaFileObject CUSTOMER =
      JavaFileObjects.forResource("jpa/good/Customer.java");

  @TempDir Path snapshots;

  @Test
  void anIdOnAGetterLeavesTheViewEntityUncheckedWithAWarningOnTheId() {
    JavaFileObject view =
        viewEntity(
            "",
            "  @jakarta.persistence.Id public Long getId() { return id; }",
            "  @jakarta.persistence.Column(name = \"full_name\")",
            "  public String getLabel() { return label; }");

    Compilation compilation = compile(view);

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "View entity com.example.jpa.CustomerLabel is mapped through its getters (property"
                + " access, which @Id on getId() selects), and Strata reads fields only: its"
                + " mapping is not matched with view customer_labels's columns")
        .inFile(view)
        .onLineContaining("@jakarta.persistence.Id public Long getId()");
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void accessPropertyOnTheClassLeavesTheViewEntityUncheckedWithAWarningOnIt() {
    JavaFileObject view =
        viewEntity(
            "@jakarta.persistence.Access(jakarta.persistence.AccessType.PROPERTY)",
            "  @jakarta.persistence.Id public Long getId() { return id; }",
            "  @jakarta.persistence.Column(name = \"full_name\")",
            "  public String getLabel() { return label; }");

    Compilation compilation = compile(view);

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining("(property access, which @Access(PROPERTY) on CustomerLabel selects)")
        .inFile(view)
        .onLineContaining("@jakarta.persistence.Access(");
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void anIdOnAGetterOfAMappedSuperclassLeavesTheViewEntityUnchecked() {
    JavaFileObject labelled =
        JavaFileObjects.forSourceLines(
            "com.example.jpa.Labelled",
            "package com.example.jpa;",
            "@jakarta.persistence.MappedSuperclass",
            "public abstract class Labelled {",
            "  private Long id;",
            "  @jakarta.persistence.Id public Long getId() { return id; }",
            "}");
    JavaFileObject view =
        JavaFileObjects.forSourceLines(
            "com.example.jpa.CustomerLabel",
            "package com.example.jpa;",
            "@jakarta.persistence.Entity",
            "@jakarta.persistence.Table(name = \"customer_labels\")",
            "@dev.strata.View(name = \"customer_labels\",",
            "    sql = \"SELECT id, name AS full_name FROM customers\")",
            "public class CustomerLabel extends Labelled {",
            "  private String label;",
            "  @jakarta.persistence.Column(name = \"full_name\")",
            "  public String getLabel() { return label; }",
            "}");

    Compilation compilation =
        new StrataCompiler(snapshots).compile(List.of(CUSTOMER, labelled, view));

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining("(property access, which @Id on getId() selects)")
        .inFile(labelled)
        .onLineContaining("@jakarta.persistence.Id public Long getId()");
  }

  @Test
  void fieldAccessIsStillMatched() {
    JavaFileObject view =
        viewEntity(
            "@jakarta.persistence.Access(jakarta.persistence.AccessType.FIELD)",
            "  public Long getId() { return id; }",
            "  @jakarta.persistence.Column(name = \"full_name\")",
            "  public String getLabel() { return label; }");

    Compilation compilation = compile(view);

    assertThat(compilation)
        .hadErrorContaining(
            "Field label maps to column label, which view customer_labels does not return");
  }

  private static JavaFileObject viewEntity(String access, String... getters) {
    boolean field = access.contains("FIELD");
    return JavaFileObjects.forSourceLines(
        "com.example.jpa.CustomerLabel",
        "package com.example.jpa;",
        "@jakarta.persistence.Entity",
        "@jakarta.persistence.Table(name = \"customer_labels\")",
        access,
        "@dev.strata.View(name = \"customer_labels\",",
        "    sql = \"SELECT id, name AS full_name FROM customers\")",
        "public class CustomerLabel {",
        field ? "  @jakarta.persistence.Id private Long id;" : "  private Long id;",
        "  private String label;",
        String.join("\n", getters),
        "}");
  }

  private Compilation compile(JavaFileObject view) {
    return new StrataCompiler(snapshots).compile(List.of(CUSTOMER, view));
  }
}
