package dev.strata.processor.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.strata.processor.model.CheckDefinition;
import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.DialectQuery;
import dev.strata.processor.model.ForeignKeyDefinition;
import dev.strata.processor.model.GeneratorRow;
import dev.strata.processor.model.IndexDefinition;
import dev.strata.processor.model.Materialization;
import dev.strata.processor.model.SequenceDefinition;
import dev.strata.processor.model.TableDefinition;
import dev.strata.processor.model.TableInheritance;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Checksum format 1: an explicit text, written field by field, that no refactoring moves. */
class ChecksumFormatTest {

  private static final TableDefinition CUSTOMERS =
      TableDefinition.builder("customers", "com.example.Customer")
          .columns(
              List.of(
                  new ColumnDefinition("id", "BIGINT", false, true, Optional.empty()),
                  new ColumnDefinition("email", "VARCHAR(255)", true, false, Optional.of("mail"))))
          .primaryKey(List.of("id"))
          .indexes(List.of(new IndexDefinition("customers_email_key", List.of("email"), true)))
          .foreignKeys(
              List.of(
                  new ForeignKeyDefinition(
                      "customers_ref_fkey", List.of("id"), "refs", List.of("id"))))
          .build();

  @Test
  void theTextListsEachOperationWithItsLengthUnderItsDirection() {
    List<Operation> upgrade =
        List.of(
            new ViewOperation.CreateView("v", "SELECT 1\r\nFROM t", "a reason is no part of it"),
            new TableOperation.RenameColumn("t", "a", "b"));
    List<Operation> downgrade = List.of(new ViewOperation.DropView("v"));

    assertEquals(
        "upgrade\n"
            + "createView\tv\t15\tSELECT 1\nFROM t\n"
            + "renameColumn\tt\t3\ta b\n"
            + "downgrade\n"
            + "dropView\tv\t0\t\n",
        ChecksumFormat.text(upgrade, downgrade));
  }

  @Test
  void aTableIsWrittenFieldByFieldInTheFormStrata01Hashed() {
    assertEquals(
        "TableDefinition[name=customers, declaredBy=com.example.Customer, columns=["
            + "ColumnDefinition[name=id, type=BIGINT, nullable=false, identity=true,"
            + " renamedFrom=Optional.empty], "
            + "ColumnDefinition[name=email, type=VARCHAR(255), nullable=true, identity=false,"
            + " renamedFrom=Optional[mail]]], primaryKey=[id], "
            + "indexes=[IndexDefinition[name=customers_email_key, columns=[email], unique=true]], "
            + "foreignKeys=[ForeignKeyDefinition[name=customers_ref_fkey, columns=[id],"
            + " referencedTable=refs, referencedColumns=[id]]], renamedFrom=Optional.empty]",
        new TableOperation.CreateTable(CUSTOMERS).checksumText());
  }

  @Test
  void anIndexsDescendingColumnsAreAppendedOnlyWhenItHasSome() {
    IndexDefinition index = CUSTOMERS.indexes().get(0);

    assertEquals(
        "IndexDefinition[name=customers_email_key, columns=[email], unique=true]",
        ChecksumFormat.index(index));
    assertEquals(
        "IndexDefinition[name=customers_email_key, columns=[email], unique=true,"
            + " descending=[email]]",
        ChecksumFormat.index(index.withDescending(List.of("email"))));
  }

  @Test
  void aForeignKeysOnDeleteRuleIsAppendedOnlyWhenItHasOne() {
    ForeignKeyDefinition key = CUSTOMERS.foreignKeys().get(0);

    assertEquals(
        "ForeignKeyDefinition[name=customers_ref_fkey, columns=[id], referencedTable=refs,"
            + " referencedColumns=[id]]",
        ChecksumFormat.foreignKey(key.onDelete(ForeignKeyDefinition.OnDelete.NO_ACTION)));
    assertEquals(
        "ForeignKeyDefinition[name=customers_ref_fkey, columns=[id], referencedTable=refs,"
            + " referencedColumns=[id], onDelete=SET_NULL]",
        ChecksumFormat.foreignKey(key.onDelete(ForeignKeyDefinition.OnDelete.SET_NULL)));
  }

  @Test
  void aFieldAddedAfterStrata01IsAppendedOnlyWhenItDiffersFromItsDefault() {
    TableDefinition withSequence =
        CUSTOMERS.withSequences(List.of(new SequenceDefinition("customers_SEQ", 1, 50)));

    assertEquals(
        ChecksumFormat.table(CUSTOMERS).replaceAll("]$", "")
            + ", sequences=[SequenceDefinition[name=customers_SEQ, start=1, increment=50]]]",
        ChecksumFormat.table(withSequence));
    assertEquals(
        ChecksumFormat.table(CUSTOMERS),
        ChecksumFormat.table(withSequence.withSequences(List.of())));
  }

  @Test
  void aTableOfAnEntityHierarchyAppendsItsInheritanceAndNoneOtherwise() {
    TableDefinition single =
        CUSTOMERS.withInheritance(
            new TableInheritance(
                TableInheritance.Strategy.SINGLE_TABLE,
                List.of("com.example.Vip", "com.example.Guest")));

    assertEquals(
        ChecksumFormat.table(CUSTOMERS).replaceAll("]$", "")
            + ", inheritance=TableInheritance[strategy=SINGLE_TABLE,"
            + " subclasses=[com.example.Guest, com.example.Vip]]]",
        ChecksumFormat.table(single));
  }

  @Test
  void aDiscriminatorForEarlierRowsIsAppendedToTheInheritanceOnlyWhenRecorded() {
    TableDefinition single =
        CUSTOMERS.withInheritance(
            new TableInheritance(
                TableInheritance.Strategy.SINGLE_TABLE,
                List.of("com.example.Vip"),
                Optional.of(new TableInheritance.Discriminator("DTYPE", "'Customer'"))));

    assertEquals(
        ChecksumFormat.table(CUSTOMERS).replaceAll("]$", "")
            + ", inheritance=TableInheritance[strategy=SINGLE_TABLE,"
            + " subclasses=[com.example.Vip], discriminator=DTYPE, rootValue='Customer']]",
        ChecksumFormat.table(single));
  }

  @Test
  void aSingleTablesRenamedValuesAreAppendedOnlyWhenRecorded() {
    TableDefinition single =
        CUSTOMERS.withInheritance(
            new TableInheritance(
                TableInheritance.Strategy.SINGLE_TABLE,
                List.of("com.example.Vip"),
                Optional.empty(),
                List.of(new TableInheritance.ValueRename("DTYPE", "'Gold'", "'Vip'"))));

    assertEquals(
        ChecksumFormat.table(CUSTOMERS).replaceAll("]$", "")
            + ", inheritance=TableInheritance[strategy=SINGLE_TABLE,"
            + " subclasses=[com.example.Vip], renamedValues=[DTYPE:'Gold'->'Vip']]]",
        ChecksumFormat.table(single));
  }

  @Test
  void whereAJoinedSubclassesRowsAreMarkedIsAppendedOnlyWhenRecorded() {
    TableDefinition joined =
        CUSTOMERS.withInheritance(
            TableInheritance.joinedSubclass(
                Optional.of(new TableInheritance.RowMark("people", "DTYPE", "'Customer'"))));

    assertEquals(
        ChecksumFormat.table(CUSTOMERS).replaceAll("]$", "")
            + ", inheritance=TableInheritance[strategy=JOINED, subclasses=[],"
            + " rootTable=people, rootDiscriminator=DTYPE, ownValue='Customer']]",
        ChecksumFormat.table(joined));
  }

  @Test
  void generatorRowsAreAppendedOnlyToAGeneratorsTable() {
    TableDefinition withRow =
        CUSTOMERS.withGeneratorRows(
            List.of(new GeneratorRow("sequence_name", "default", "next_val", 0)));

    assertEquals(
        ChecksumFormat.table(CUSTOMERS).replaceAll("]$", "")
            + ", generatorRows=[GeneratorRow[segmentColumn=sequence_name, segment=default,"
            + " valueColumn=next_val, initialValue=0]]]",
        ChecksumFormat.table(withRow));
    assertEquals(
        "INSERT INTO hibernate_sequences (sequence_name, next_val) VALUES ('default', 0)",
        new TableOperation.Execute(
                "hibernate_sequences", withRow.generatorRows().get(0).insert("hibernate_sequences"))
            .checksumText());
  }

  @Test
  void commentsAreAppendedOnlyWhenThereAreSome() {
    ColumnDefinition stock = new ColumnDefinition("stock", "INTEGER", false);

    assertEquals(
        ChecksumFormat.column(stock).replaceAll("]$", "") + ", comment=on the shelf]",
        ChecksumFormat.column(stock.withComment(Optional.of("on the shelf"))));
    assertEquals(
        ChecksumFormat.table(CUSTOMERS).replaceAll("]$", "") + ", comment=who buys]",
        ChecksumFormat.table(CUSTOMERS.withComment(Optional.of("who buys"))));
  }

  @Test
  void checksAndDefaultsAreAppendedOnlyWhenThereAreSome() {
    TableDefinition withCheck =
        CUSTOMERS.withChecks(List.of(new CheckDefinition("customers_id_check", "(id>=1)")));

    assertEquals(
        ChecksumFormat.table(CUSTOMERS).replaceAll("]$", "")
            + ", checks=[CheckDefinition[name=customers_id_check, condition=(id>=1)]]]",
        ChecksumFormat.table(withCheck));
    assertEquals(
        ChecksumFormat.table(CUSTOMERS), ChecksumFormat.table(withCheck.withChecks(List.of())));
    ColumnDefinition stock = new ColumnDefinition("stock", "INTEGER", false);
    assertEquals(
        "ColumnDefinition[name=stock, type=INTEGER, nullable=false, identity=false,"
            + " renamedFrom=Optional.empty, defaultValue=0]",
        ChecksumFormat.column(stock.withDefault(Optional.of("0"))));
    assertEquals(
        "ColumnDefinition[name=stock, type=INTEGER, nullable=false, identity=false,"
            + " renamedFrom=Optional.empty]",
        ChecksumFormat.column(stock));
  }

  @Test
  void aCheckOnItsOwnIsItsNameAndCondition() {
    CheckDefinition check = new CheckDefinition("products_price_check", "(price >= 0)");

    assertEquals(
        "CheckDefinition[name=products_price_check, condition=(price >= 0)]",
        new TableOperation.AddCheck("products", check).checksumText());
    assertEquals(
        "products_price_check",
        new TableOperation.DropCheck("products", "products_price_check").checksumText());
  }

  @Test
  void reasonsChangeNoChecksum() {
    assertEquals(
        ChecksumFormat.checksum(List.of(new ViewOperation.DropView("v")), List.of()),
        ChecksumFormat.checksum(List.of(new ViewOperation.DropView("v", "why")), List.of()));
    assertNotEquals(
        ChecksumFormat.checksum(List.of(new ViewOperation.DropView("v")), List.of()),
        ChecksumFormat.checksum(List.of(), List.of(new ViewOperation.DropView("v"))));
  }

  @Test
  void aMaterializedViewsCreationHashesItsQueryWhetherItIsFilledAndItsIndexes() {
    ViewOperation.CreateMaterializedView create =
        new ViewOperation.CreateMaterializedView(
            "totals",
            "SELECT id FROM t",
            new Materialization(
                false, List.of(new IndexDefinition("totals_id_key", List.of("id"), true))),
            "a reason");

    assertEquals(
        "upgrade\ncreateMaterializedView\ttotals\t105\tSELECT id FROM t\nwithData=false,"
            + " indexes=[IndexDefinition[name=totals_id_key, columns=[id], unique=true]]\n"
            + "downgrade\ndropMaterializedView\ttotals\t0\t\n",
        ChecksumFormat.text(
            List.of(create), List.of(new ViewOperation.DropMaterializedView("totals", ""))));
  }

  @Test
  void aMaterializedViewsDialectsFollowItsQueryAndItsIndexChangesHashTheIndex() {
    ViewOperation.CreateMaterializedView create =
        new ViewOperation.CreateMaterializedView(
            "totals",
            "SELECT id FROM t",
            List.of(new DialectQuery("postgresql", "SELECT id::int FROM t", "h", Optional.empty())),
            new Materialization(true, List.of()),
            "");
    IndexDefinition index = new IndexDefinition("totals_id_idx", List.of("id"), false);

    assertEquals(
        "upgrade\ncreateMaterializedView\ttotals\t86\tSELECT id FROM t\ndialect\tpostgresql"
            + "\t21\tSELECT id::int FROM t\nwithData=true, indexes=[]\n"
            + "createMaterializedViewIndex\ttotals\t63\tIndexDefinition[name=totals_id_idx,"
            + " columns=[id], unique=false]\n"
            + "downgrade\ndropMaterializedViewIndex\ttotals\t13\ttotals_id_idx\n",
        ChecksumFormat.text(
            List.of(create, new ViewOperation.CreateMaterializedViewIndex("totals", index)),
            List.of(new ViewOperation.DropMaterializedViewIndex("totals", "totals_id_idx"))));
  }

  /**
   * Format 1 names the fields it writes, and a field added after Strata 0.1 enters the text only
   * when it differs from its default; with the pinned texts above, this fails when a record's
   * fields change, so that its author extends the format by that rule and this list.
   */
  @Test
  void modelRecordsHaveExactlyTheFieldsFormatOneKnows() {
    Map<Class<? extends Record>, List<String>> formatOneFields =
        Map.of(
            TableDefinition.class,
            List.of(
                "name",
                "declaredBy",
                "columns",
                "primaryKey",
                "indexes",
                "foreignKeys",
                "renamedFrom",
                "sequences",
                "keySequences",
                "checks",
                "generatorRows",
                "inheritance",
                "softDelete",
                "comment"),
            TableInheritance.class,
            List.of("strategy", "subclasses", "discriminator", "renamedValues", "subclassRows"),
            ColumnDefinition.class,
            List.of(
                "name", "type", "nullable", "identity", "renamedFrom", "defaultValue", "comment"),
            CheckDefinition.class,
            List.of("name", "condition"),
            IndexDefinition.class,
            List.of("name", "columns", "unique", "descending"),
            ForeignKeyDefinition.class,
            List.of("name", "columns", "referencedTable", "referencedColumns", "onDelete"),
            SequenceDefinition.class,
            List.of("name", "start", "increment"),
            GeneratorRow.class,
            List.of("segmentColumn", "segment", "valueColumn", "initialValue", "users"),
            Materialization.class,
            List.of("withData", "indexes"));
    formatOneFields.forEach(
        (type, fields) ->
            assertEquals(
                fields,
                Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList(),
                type.getSimpleName()
                    + " gained or lost a field. ChecksumFormat writes fields by name: write a new"
                    + " one only when it differs from its default (see its Javadoc), and list it"
                    + " here."));
  }
}
