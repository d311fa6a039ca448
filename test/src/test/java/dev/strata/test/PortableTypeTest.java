package dev.strata.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Types;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The portable notation of an enum, and of a time with time zone, against the columns each database
 * reports for it.
 */
class PortableTypeTest {

  @Test
  void anEnumsLengthIsThatOfTheVarcharHoldingIt() {
    DatabaseColumn postgres =
        new DatabaseColumn(
            "grade",
            Types.VARCHAR,
            "varchar",
            20,
            0,
            true,
            Optional.empty(),
            false,
            Optional.empty());

    assertEquals(Optional.empty(), PortableType.mismatch("ENUM('HIGH','LOW')(20)", postgres));
    assertTrue(PortableType.mismatch("ENUM('HIGH','LOW')", postgres).isPresent());
    assertTrue(PortableType.mismatch("ENUM('HIGH','LOW')(30)", postgres).isPresent());
  }

  @Test
  void aNativeEnumHasNoLengthToCompare() {
    DatabaseColumn h2 =
        new DatabaseColumn(
            "grade",
            Types.OTHER,
            "ENUM('HIGH', 'LOW')",
            4,
            0,
            true,
            Optional.empty(),
            false,
            Optional.empty());

    assertEquals(Optional.empty(), PortableType.mismatch("ENUM('HIGH','LOW')(20)", h2));
    assertTrue(PortableType.mismatch("ENUM('HIGH','MID')(20)", h2).isPresent());
  }

  @Test
  void aTimeWithTimeZoneIsH2sTimeWithTimeZoneAndATimeElsewhere() {
    assertEquals(
        Optional.empty(),
        PortableType.mismatch(
            "TIME WITH TIME ZONE", column(Types.TIME_WITH_TIMEZONE, "TIME WITH TIME ZONE")));
    assertEquals(
        Optional.empty(), PortableType.mismatch("TIME WITH TIME ZONE", column(Types.TIME, "time")));
    assertTrue(
        PortableType.mismatch("TIME WITH TIME ZONE", column(Types.TIMESTAMP, "timestamp"))
            .isPresent());
  }

  private static DatabaseColumn column(int jdbcType, String typeName) {
    return new DatabaseColumn(
        "opens_at", jdbcType, typeName, 8, 0, true, Optional.empty(), false, Optional.empty());
  }
}
