package dev.strata.processor.writer;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.strata.processor.model.ClassFileStrings;
import dev.strata.processor.plan.MigrationPlan;
import dev.strata.processor.plan.Operation;
import dev.strata.processor.plan.ViewOperation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Generated code compiles whatever the size of a version: methods split below the JVM's 64 KiB
 * limit, strings below the class file's 65,535 bytes; a small version is written as before.
 */
class LargeMigrationWriterTest {

  private static final MigrationWriter WRITER = new MigrationWriter("test.Generator");

  @Test
  void aSmallVersionKeepsOneUpgradeMethod() {
    String source = source(plan(List.of(create(1)), "Create v00001"));

    assertFalse(source.contains("upgrade1"), source);
    assertFalse(source.contains("String.join"), source);
  }

  @Test
  void thousandsOfViewsAreSplitIntoPrivateMethodsCalledInOrder() {
    List<Operation> creates = new ArrayList<>();
    for (int i = 1; i <= 6_000; i++) {
      creates.add(create(i));
    }
    String source = source(plan(creates, "Create 6000 views"));

    assertTrue(
        source.contains("    upgrade1(ops);\n    upgrade2(ops);\n"), source.substring(0, 2000));
    assertTrue(source.contains("private static void upgrade1(Operations ops) {"));
    int first = source.indexOf("ops.createView(\"v00001\"");
    int last = source.indexOf("ops.createView(\"v06000\"");
    assertTrue(first > 0 && last > first, "calls in the order of the plan");
    for (String method : source.split("private static void ")) {
      // the indentation of each line comes on top of what the writer counts
      assertTrue(method.length() < MigrationMethods.SOURCE_CHARS_PER_METHOD * 6 / 5);
    }
  }

  @Test
  void aDescriptionOfMoreThan65535BytesCompiles() {
    // a version of thousands of views describes itself by naming every one
    List<Operation> creates = new ArrayList<>();
    StringBuilder description = new StringBuilder("Create");
    for (int i = 1; i <= 6_000; i++) {
      creates.add(create(i));
      description.append(String.format(Locale.ROOT, " reporting_view_é_%05d,", i));
    }
    assertTrue(ClassFileStrings.bytes(description.toString()) > ClassFileStrings.MAX_BYTES);

    // the calls are split by the test above; compiling a few of them keeps this one fast
    Compilation compilation = compile(plan(creates.subList(0, 10), description.toString()));

    assertThat(compilation).succeeded();
  }

  @Test
  void aQueryOfMoreThan65535BytesCompilesAsOneString() {
    // three bytes per char in a class file: 30,000 of them are 90,000 bytes
    String query = "SELECT '" + "€".repeat(30_000) + "😀" + "x".repeat(20_000) + "' AS c";
    MigrationPlan plan = plan(List.of(new ViewOperation.CreateView("v", query)), "Create v");

    String source = source(plan);
    Compilation compilation = compile(plan);

    assertTrue(source.contains("String.join(\"\","), source.substring(0, 500));
    assertThat(compilation).succeeded();
  }

  @Test
  void partsNeverSplitASurrogatePair() {
    String text = "a".repeat(StringLiterals.PART_CHARS - 1) + "😀".repeat(40_000);

    String code = StringLiterals.of(text).toString();

    assertTrue(code.startsWith("java.lang.String.join(\"\",\n"), code.substring(0, 40));
    assertFalse(code.contains("a\ud83d\""), "a part ends with half a character");
  }

  private static ViewOperation.CreateView create(int i) {
    return new ViewOperation.CreateView(
        String.format(Locale.ROOT, "v%05d", i), "SELECT " + i + " AS a");
  }

  private static MigrationPlan plan(List<Operation> upgrade, String description) {
    List<Operation> downgrade = new ArrayList<>();
    for (Operation operation : upgrade) {
      downgrade.add(new ViewOperation.DropView(((ViewOperation.CreateView) operation).view(), ""));
    }
    return new MigrationPlan(1, description, "Create views", upgrade, downgrade, "a".repeat(64));
  }

  private static String source(MigrationPlan plan) {
    return WRITER.write("com.example", "main", plan).toString();
  }

  private static Compilation compile(MigrationPlan plan) {
    String source = source(plan);
    String name = "com.example." + ClassNames.migration(plan);
    return javac().compile(JavaFileObjects.forSourceString(name, source));
  }
}
