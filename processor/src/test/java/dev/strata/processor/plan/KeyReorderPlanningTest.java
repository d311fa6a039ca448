package dev.strata.processor.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.processor.diff.SchemaDiffer;
import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.ForeignKeyDefinition;
import dev.strata.processor.model.PlanningRules;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.TableDefinition;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A primary key whose columns Hibernate orders otherwise in the next version: the table is built
 * again with its rows, the foreign keys on it and to it added again after, both ways; a table with
 * a column the database generates keeps its order.
 */
class KeyReorderPlanningTest {

  private static final TableDefinition BAY =
      table("bay", List.of("code", "area"), column("code", "INTEGER"), column("area", "BIGINT"));
  private static final TableDefinition WIDER_BAY =
      table("bay", List.of("area", "code"), column("code", "BIGINT"), column("area", "BIGINT"));
  private static final TableDefinition DOCK =
      TableDefinition.builder("dock", "com.example.dock")
          .columns(List.of(column("id", "BIGINT"), column("bay_code", "INTEGER")))
          .primaryKey(List.of("id"))
          .foreignKeys(List.of(key("dock_bay_fkey", "bay_code", "code")))
          .build();

  @Test
  void aReorderedKeyBuildsItsTableAgainAroundTheRowsAndTheKeysThatReferToIt() {
    TableDefinition widerDock =
        DOCK.toBuilder()
            .columns(List.of(column("id", "BIGINT"), column("bay_code", "BIGINT")))
            .build();

    MigrationPlan plan = plan(List.of(BAY, DOCK), List.of(WIDER_BAY, widerDock));

    List<String> rebuild =
        List.of(
            "createTable bay_strata_keep",
            "execute bay_strata_keep",
            "dropTable bay",
            "createTable bay",
            "execute bay",
            "dropTable bay_strata_keep");
    assertEquals(
        concat(
            List.of("dropForeignKey dock", "alterColumn bay"),
            rebuild,
            List.of("alterColumn dock", "addForeignKey dock")),
        Calls.of(plan.upgrade()));
    assertEquals(
        concat(
            List.of("dropForeignKey dock", "alterColumn bay"),
            rebuild,
            List.of("alterColumn dock", "addForeignKey dock")),
        Calls.of(plan.downgrade()));
    assertEquals(
        "INSERT INTO bay_strata_keep (code, area) SELECT code, area FROM bay",
        ((TableOperation.Execute) plan.upgrade().get(3)).sql());
  }

  @Test
  void theKeepingTableOfALongNameFitsTheLongestName() {
    String name = "a".repeat(60);

    assertEquals("a".repeat(51) + "_strata_keep", KeyReorders.keepingTable(name));
    assertEquals("s." + "a".repeat(51) + "_strata_keep", KeyReorders.keepingTable("s." + name));
    assertEquals("s.bay_strata_keep", KeyReorders.keepingTable("s.bay"));
  }

  @Test
  void aTableWithAGeneratedColumnKeepsItsOrder() {
    TableDefinition before =
        table("bay", List.of("code", "area"), generated("INTEGER"), column("area", "BIGINT"));
    TableDefinition after =
        table("bay", List.of("area", "code"), generated("BIGINT"), column("area", "BIGINT"));

    assertEquals(
        List.of("alterColumn bay"), Calls.of(plan(List.of(before), List.of(after)).upgrade()));
  }

  private static MigrationPlan plan(List<TableDefinition> before, List<TableDefinition> after) {
    Schema from = new Schema(List.of(), before);
    Schema to = new Schema(List.of(), after);
    return new MigrationPlanner()
        .plan(2, from, to, new SchemaDiffer().diff(from, to), PlanningRules.CURRENT);
  }

  private static List<String> concat(List<String> first, List<String> second, List<String> third) {
    return Stream.of(first, second, third).flatMap(List::stream).toList();
  }

  private static TableDefinition table(String name, List<String> key, ColumnDefinition... columns) {
    return TableDefinition.builder(name, "com.example." + name)
        .columns(List.of(columns))
        .primaryKey(key)
        .build();
  }

  private static ColumnDefinition generated(String type) {
    return new ColumnDefinition("code", type, false, true, Optional.empty());
  }

  private static ColumnDefinition column(String name, String type) {
    return new ColumnDefinition(name, type, false);
  }

  private static ForeignKeyDefinition key(String name, String column, String referenced) {
    return new ForeignKeyDefinition(name, List.of(column), "bay", List.of(referenced));
  }
}
