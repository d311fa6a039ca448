package dev.strata.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnumColumnTypesTest {

  @Test
  void aNativeEnumIsOneWithOrWithoutTheLengthOfItsVarchar() {
    assertTrue(EnumColumnTypes.isNative("ENUM('A','B')"));
    assertTrue(EnumColumnTypes.isNative("ENUM('A','B')(20)"));
    assertFalse(EnumColumnTypes.isNative("varchar(32) AS GIVEN ENUM('A','B')"));
    assertFalse(EnumColumnTypes.isNative("VARCHAR(20)"));
  }

  @Test
  void theLengthIsThatOfTheVarcharHoldingANativeEnumElseZero() {
    assertEquals(20, EnumColumnTypes.length("ENUM('A','B')(20)"));
    assertEquals(20, EnumColumnTypes.length("ENUM('A', 'B') ( 20 )"));
    assertEquals(0, EnumColumnTypes.length("ENUM('A','B')"));
    assertEquals(0, EnumColumnTypes.length("VARCHAR(20)"));
  }

  @Test
  void withoutItsLengthANativeEnumIsItsValuesAndOtherTypesStayAsTheyAre() {
    assertEquals("ENUM('A','B')", EnumColumnTypes.withoutLength("ENUM('A','B')(20)"));
    assertEquals("ENUM('A','B')", EnumColumnTypes.withoutLength("ENUM('A','B')"));
    assertEquals("VARCHAR(20)", EnumColumnTypes.withoutLength("VARCHAR(20)"));
  }

  @Test
  void theValuesAreANativeEnumsOrAGivenTypesInTheirOrder() {
    assertEquals(
        Optional.of(List.of("OPEN", "CLOSED")),
        EnumColumnTypes.values("ENUM('OPEN','CLOSED')(20)").map(List::copyOf));
    assertEquals(
        Optional.of(List.of("A", "B")),
        EnumColumnTypes.values("varchar(32) AS GIVEN ENUM('A','B')").map(List::copyOf));
    assertEquals(Optional.empty(), EnumColumnTypes.values("VARCHAR(20)"));
  }

  @Test
  void withoutItsValuesATypeKeepsWhatElseAChangeOfItMayChange() {
    assertEquals(Optional.of("ENUM()(20)"), EnumColumnTypes.withoutValues("ENUM('A', 'B')(20)"));
    assertEquals(
        Optional.of("VARCHAR(32)ASGIVENENUM()"),
        EnumColumnTypes.withoutValues("varchar(32) AS GIVEN ENUM('A')"));
    assertEquals(Optional.empty(), EnumColumnTypes.withoutValues("VARCHAR(20)"));
  }
}
