package dev.strata.processor.writer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.ForeignKeyDefinition;
import dev.strata.processor.model.IndexDefinition;
import dev.strata.processor.model.TableDefinition;
import dev.strata.processor.plan.MigrationPlan;
import dev.strata.processor.plan.Operation;
import dev.strata.processor.plan.TableOperation;
import dev.strata.processor.plan.ViewOperation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The writer turns each typed operation into one readable call, without a compiler. */
class MigrationWriterTest {

  private static final MigrationWriter WRITER = new MigrationWriter("test.Generator");

  @Test
  void columnsSayWhatTheyAreByName() {
    TableDefinition table =
        TableDefinition.builder("customers", "com.example.Customer")
            .columns(
                List.of(
                    new ColumnDefinition("id", "BIGINT", false, true, Optional.empty()),
                    new ColumnDefinition("name", "VARCHAR(80)", false),
                    new ColumnDefinition("email", "VARCHAR(255)", true)))
            .primaryKey(List.of("id"))
            .build();

    String source = write(new TableOperation.CreateTable(table));

    assertContains(source, "Column.of(\"id\", \"BIGINT\").generatedAsIdentity(),");
    assertContains(source, "Column.of(\"name\", \"VARCHAR(80)\").notNull(),");
    assertContains(source, "Column.of(\"email\", \"VARCHAR(255)\")), List.of(\"id\")));");
  }

  @Test
  void indexesAndKeysAreWrittenWithTheirTable() {
    String source =
        write(
            new TableOperation.CreateIndex("t", new IndexDefinition("t_a", List.of("a"), false)),
            new TableOperation.CreateIndex(
                "t", new IndexDefinition("t_b_key", List.of("b", "c"), true)),
            new TableOperation.AddForeignKey(
                "t", new ForeignKeyDefinition("t_u_fkey", List.of("u"), "users", List.of("id"))));

    assertContains(source, "ops.createIndex(\"t\", Index.on(\"t_a\", List.of(\"a\")));");
    assertContains(
        source, "ops.createIndex(\"t\", Index.uniqueOn(\"t_b_key\", List.of(\"b\", \"c\")));");
    assertContains(
        source,
        "ops.addForeignKey(\"t\", new ForeignKey(\"t_u_fkey\", List.of(\"u\"), \"users\","
            + " List.of(\"id\")));");
  }

  @Test
  void anIndexsDescendingColumnsAreWrittenAfterItsColumns() {
    String source =
        write(
            new TableOperation.CreateIndex(
                "t",
                new IndexDefinition("t_a_b", List.of("a", "b"), false)
                    .withDescending(List.of("b"))));

    assertContains(
        source,
        "ops.createIndex(\"t\", Index.on(\"t_a_b\", List.of(\"a\", \"b\"))"
            + ".withDescending(List.of(\"b\")));");
  }

  @Test
  void aKeysOnDeleteRuleIsWrittenAfterItsColumns() {
    String source =
        write(
            new TableOperation.AddForeignKey(
                "t",
                new ForeignKeyDefinition("t_u_fkey", List.of("u"), "users", List.of("id"))
                    .onDelete(ForeignKeyDefinition.OnDelete.CASCADE)));

    assertContains(
        source,
        "ops.addForeignKey(\"t\", new ForeignKey(\"t_u_fkey\", List.of(\"u\"), \"users\","
            + " List.of(\"id\"), ForeignKey.OnDelete.CASCADE));");
  }

  @Test
  void renamesAndDropsNameWhatTheyTouch() {
    String source =
        write(
            new TableOperation.RenameColumn("t", "a", "b"),
            new TableOperation.DropColumn("t", "c"),
            new ViewOperation.RenameView("v", "w"));

    assertContains(source, "ops.renameColumn(\"t\", \"a\", \"b\");");
    assertContains(source, "ops.dropColumn(\"t\", \"c\");");
    assertContains(source, "ops.renameView(\"v\", \"w\");");
  }

  @Test
  void reasonsBecomeCommentsAboveTheirCall() {
    String source = write(new ViewOperation.DropView("v", "v changes its columns"));

    assertContains(source, "// v changes its columns\n    ops.dropView(\"v\");");
  }

  @Test
  void theClassCarriesVersionDescriptionAndChecksum() {
    String source = write(new ViewOperation.CreateView("v", "SELECT 1"));

    assertContains(source, "public final class V0003_CreateV implements Migration {");
    assertContains(source, "return \"Create v\";");
    assertContains(source, "return \"" + "a".repeat(64) + "\";");
    assertContains(source, "@Generated(\"test.Generator\")");
  }

  private static String write(Operation... upgrade) {
    MigrationPlan plan =
        new MigrationPlan(
            3, "Create v", "Create 1 view", List.of(upgrade), List.of(), "a".repeat(64));
    return WRITER.write("com.example", "main", plan).toString();
  }

  private static void assertContains(String source, String expected) {
    assertTrue(source.contains(expected), () -> "expected\n" + expected + "\nin\n" + source);
  }
}
