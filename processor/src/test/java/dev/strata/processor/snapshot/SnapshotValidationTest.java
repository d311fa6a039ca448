package dev.strata.processor.snapshot;

import static dev.strata.processor.snapshot.SnapshotFixtures.assertInUsersWords;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every field of a snapshot file is checked on read, and every damage is reported in the user's
 * words naming the file. Each damaged file is renamed after its new content, so that these checks,
 * not the name's hash, must find the damage.
 */
class SnapshotValidationTest {

  @TempDir Path folder;

  @Test
  void aFormatVersionThatIsTextIsRefused() throws Exception {
    assertRefused(
        text -> text.replace("\"formatVersion\": 1", "\"formatVersion\": \"1\""),
        "\"formatVersion\" is a string, not a whole number");
  }

  @Test
  void anUnknownFormatVersionIsRefused() throws Exception {
    assertRefused(
        text -> text.replace("\"formatVersion\": 1", "\"formatVersion\": 0"),
        "\"formatVersion\" is 0, not a number from 1");
    assertRefused(
        text -> text.replace("\"formatVersion\": 1", "\"formatVersion\": 2"),
        "written by a newer Strata (snapshot format 2");
  }

  @Test
  void aFractionalVersionIsRefused() throws Exception {
    assertRefused(
        text -> text.replace("\"version\": 1", "\"version\": 1.0"),
        "\"version\" is the fraction 1.0, not a whole number");
  }

  @Test
  void aVersionBeyondAnIntIsRefused() throws Exception {
    assertRefused(
        text -> text.replace("\"version\": 1", "\"version\": 4294967297"),
        "\"version\" is 4294967297, not a number from 1 to 2147483647");
    assertRefused(
        text -> text.replace("\"version\": 1", "\"version\": -1"),
        "\"version\" is -1, not a number from 1");
  }

  @Test
  void aDuplicateKeyIsRefused() throws Exception {
    assertRefused(
        text -> text.replace("\"set\": \"main\",", "\"set\": \"main\",\n  \"set\": \"other\","),
        "key \"set\" appears twice in one object");
  }

  @Test
  void nullIsRefusedWhereverItStands() throws Exception {
    assertRefused(
        text -> text.replace("\"views\": [", "\"views\": [null, "), "\"views[0]\" is null");
    assertRefused(
        text -> text.replace("\"dependsOn\": [", "\"dependsOn\": [null, "),
        "\"views[0].dependsOn[0]\" is null");
    assertRefused(text -> text.replace("\"set\": \"main\"", "\"set\": null"), "\"set\" is null");
  }

  @Test
  void aMissingFieldIsRefused() throws Exception {
    assertRefused(
        text -> text.replaceFirst("\"declaredBy\": \"[^\"]*\",", ""),
        "\"views[0].declaredBy\" is missing");
  }

  @Test
  void anUnknownKeyIsRefused() throws Exception {
    assertRefused(
        text -> text.replace("\"set\": \"main\",", "\"set\": \"main\",\n  \"sets\": 1,"),
        "key \"sets\" that snapshots do not have");
  }

  @Test
  void aColumnWithoutTypeIsRefused() throws Exception {
    assertRefused(
        text -> text.replace("\"type\": \"VARCHAR(255)\"", "\"type\": \" \""),
        "column \"email\" of table \"customers\" has no type");
  }

  @Test
  void anUnknownOnDeleteRuleIsRefused() throws Exception {
    assertRefused(
        text ->
            text.replace(
                "\"referencedTable\": \"customers\"",
                "\"referencedTable\": \"customers\", \"onDelete\": \"EXPLODE\""),
        "onDelete is \"EXPLODE\", not one of [NO_ACTION, CASCADE, RESTRICT, SET_NULL, SET_DEFAULT]");
  }

  @Test
  void aForeignKeyToATableTheSnapshotDoesNotHoldIsRefused() throws Exception {
    assertRefused(
        text -> text.replace("\"referencedTable\": \"customers\"", "\"referencedTable\": \"x\""),
        "refers to table \"x\", which the snapshot does not hold");
  }

  @Test
  void aForeignKeyToAColumnTheTargetDoesNotHaveIsRefused() throws Exception {
    assertRefused(
        text ->
            text.replace(
                "\"referencedColumns\": [\n            \"id\"",
                "\"referencedColumns\": [\n            \"uid\""),
        "table \"customers\" has no column \"uid\", which foreign key orders_customer_id_fkey");
  }

  @Test
  void aParentOnTheFirstVersionIsRefused() throws Exception {
    assertRefused(
        text -> text.replace("\"set\": \"main\",", "\"set\": \"main\",\n  \"parent\": \"0000-a\","),
        "it is version 1 but names a \"parent\"");
  }

  @Test
  void trailingTextAndTruncationAreRefused() throws Exception {
    assertRefused(text -> text + "{}", "it is not valid JSON from line");
    assertRefused(text -> text.substring(0, text.length() / 2), "it ends before its JSON does");
  }

  @Test
  void aParentThatIsNoSnapshotNameIsRefused() throws Exception {
    assertRefused(
        text -> text.replace("\"version\": 1,", "\"version\": 2,\n  \"parent\": \"../0001\","),
        "its \"parent\" \"../0001\" is not a snapshot name");
  }

  @Test
  void anEmptySetIsRefused() throws Exception {
    assertRefused(text -> text.replace("\"set\": \"main\"", "\"set\": \"\""), "\"set\" is empty");
  }

  @Test
  void aNameTheModelRefusesIsReportedWhereItStands() throws Exception {
    assertRefused(
        text -> text.replace("\"name\": \"active_customers\"", "\"name\": \"1 bad\""),
        "\"views[0]\" is not valid: Not a valid view name: 1 bad");
  }

  @Test
  void aForeignKeyOfUnequalSidesIsRefused() throws Exception {
    assertRefused(
        text ->
            text.replace(
                "\"referencedColumns\": [\n            \"id\"",
                "\"referencedColumns\": [\n            \"id\", \"email\""),
        "names a different number of columns on each side");
  }

  @Test
  void aNumberTooLongForAnyParserIsRefused() throws Exception {
    assertRefused(
        text -> text.replace("\"version\": 1", "\"version\": 1" + "0".repeat(2_000)),
        "too large for a snapshot");
  }

  @Test
  void aByteOrderMarkIsRefusedAtTheStartOfTheFile() throws Exception {
    assertRefused(text -> "\uFEFF" + text, "it is not valid JSON from line 1, column 1");
  }

  @Test
  void commentsAreRefusedWhereTheyStand() throws Exception {
    assertRefused(
        text -> text.replace("\"set\": \"main\",", "\"set\": \"main\", // the module"),
        "it is not valid JSON from line");
    assertRefused(
        text -> text.replace("\"set\": \"main\",", "/* the module */ \"set\": \"main\","),
        "it is not valid JSON from line");
  }

  @Test
  void aNumberWhereAStringBelongsIsRefusedByItsPath() throws Exception {
    assertRefused(
        text -> text.replace("\"set\": \"main\"", "\"set\": 7"),
        "\"set\" is the number 7, not a string");
    assertRefused(
        text -> text.replace("\"name\": \"active_customers\"", "\"name\": 12"),
        "\"views[0].name\" is the number 12, not a string");
  }

  @Test
  void aWrongTypeInANestedRecordIsRefusedByItsPath() throws Exception {
    assertRefused(
        text -> text.replace("\"dependsOn\": [", "\"dependsOn\": [[], "),
        "\"views[0].dependsOn[0]\" is a list, not a string");
    assertRefused(
        text ->
            text.replace(
                "\"referencedColumns\": [\n            \"id\"\n          ]",
                "\"referencedColumns\": \"id\""),
        "\"tables[1].foreignKeys[0].referencedColumns\" is a string, not a list");
    assertRefused(
        text -> text.replaceFirst("\"nullable\": false", "\"nullable\": \"no\""),
        "is a string, not true or false");
  }

  @Test
  void aKeyTwiceInANestedObjectIsRefused() throws Exception {
    assertRefused(
        text ->
            text.replace(
                "\"name\": \"active_customers\",",
                "\"name\": \"active_customers\",\n      \"name\": \"other\","),
        "key \"name\" appears twice in one object");
  }

  @Test
  void aVersionFarBelowZeroIsRefused() throws Exception {
    assertRefused(
        text -> text.replace("\"version\": 1", "\"version\": -99999999999999999999999"),
        "\"version\" is -99999999999999999999999, not a number from 1");
  }

  @Test
  void valuesNestedBeyondAnyParsersDepthAreRefused() throws Exception {
    assertRefused(
        text -> text.replace("\"dependsOn\": [", "\"dependsOn\": [" + "[".repeat(100_000)),
        "too large for a snapshot");
  }

  @Test
  void aLoneSurrogateEscapedInAQueryIsRefused() throws Exception {
    assertRefused(
        text -> text.replaceFirst("\"sql\": \"SELECT", "\"sql\": \"\\\\ud800SELECT"),
        "\"views[0].sql\" holds half of a surrogate pair (\\ud800 at character 0)");
  }

  @Test
  void aFileEditedByHandIsNamedAsSuchBeforeItsContentIsRead() throws Exception {
    StoredSnapshot written = new SnapshotStore(folder).write(SnapshotFixtures.first());
    Files.writeString(written.file(), "{ not json");

    SnapshotException error =
        assertThrows(SnapshotException.class, new SnapshotStore(folder)::read);

    assertEquals(written.file(), error.file());
    assertTrue(error.getMessage().startsWith("it was edited after Strata wrote it"));
  }

  @Test
  void aFileThatIsNotUtf8IsAnEditNotAnIoError() throws Exception {
    StoredSnapshot written = new SnapshotStore(folder).write(SnapshotFixtures.first());
    byte[] bytes = Files.readAllBytes(written.file());
    bytes[10] = (byte) 0xC3;
    bytes[11] = (byte) 0x28;
    Files.write(written.file(), bytes);

    SnapshotException error =
        assertThrows(SnapshotException.class, new SnapshotStore(folder)::read);

    assertTrue(error.getMessage().contains("not UTF-8 text"), error.getMessage());
    assertInUsersWords(error.getMessage());
  }

  private void assertRefused(UnaryOperator<String> damage, String expected) throws Exception {
    Path subfolder = Files.createTempDirectory(folder, "case");
    StoredSnapshot written = new SnapshotStore(subfolder).write(SnapshotFixtures.first());
    String text = Files.readString(written.file(), StandardCharsets.UTF_8);
    String damaged = damage.apply(text);
    assertTrue(!damaged.equals(text), "the damage changes nothing");
    Path file = SnapshotFixtures.rewriteAndRename(written.file(), damaged);

    SnapshotException error =
        assertThrows(SnapshotException.class, new SnapshotStore(subfolder)::read);

    assertEquals(file, error.file());
    assertTrue(error.getMessage().contains(expected), error.getMessage());
    assertInUsersWords(error.getMessage());
  }
}
