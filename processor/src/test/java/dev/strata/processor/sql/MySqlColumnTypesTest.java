package dev.strata.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which canonical select items MySQL and MariaDB return as a number where H2 returns a boolean or a
 * {@code BIGINT}, as measured on MariaDB 10.11 ({@code information_schema.columns} of a view).
 */
class MySqlColumnTypesTest {

  @Test
  void conditionsAndBooleanLiteralsAreNumbers() {
    List<String> numbers =
        List.of(
            "qty > 5 as v",
            "true as v",
            "false",
            "not active as v",
            "name is null as v",
            "active is true v",
            "coalesce ( active , false ) as v",
            "case when qty > 5 then true else false end as v",
            "case when qty > 5 then active else false end as v",
            "nullif ( qty > 5 , true ) as v",
            "exists ( select 1 from t ) as v",
            "max ( qty > 5 ) over ( ) as v");
    numbers.forEach(item -> assertEquals(true, MySqlColumnTypes.conditionAsNumber(item), item));
  }

  @Test
  void aBooleanColumnPassedThroughStaysABit() {
    List<String> bits =
        List.of(
            "active",
            "active v",
            "i . active as v",
            "( active ) as v",
            "`active` as v",
            "nullif ( active , true ) as v",
            "coalesce ( active , i . active ) as v",
            "max ( active ) over ( partition by grp ) as v",
            "if ( qty > 5 , active , active ) as v",
            "case when qty > 5 then active end as v",
            "case when qty > 5 then active else null end v",
            "case when qty > 5 then case when a then active end else active end as v",
            "( select active from item i2 where i2 . id = 1 ) as v");
    bits.forEach(item -> assertEquals(false, MySqlColumnTypes.conditionAsNumber(item), item));
  }

  @Test
  void aLengthCallAloneIsAnInt() {
    List.of("char_length ( name ) as v", "length ( t . label ) v", "octet_length ( name )")
        .forEach(item -> assertEquals(true, MySqlColumnTypes.lengthAsInt(item), item));
    // left as H2 types them: MariaDB adds an int and 1 into a bigint; a call around one is not read
    List.of("char_length ( name ) + 1 as v", "coalesce ( length ( name ) , 0 ) as v", "name")
        .forEach(item -> assertEquals(false, MySqlColumnTypes.lengthAsInt(item), item));
  }

  @Test
  void anItemThatCannotBeReadIsNoNumber() {
    assertEquals(false, MySqlColumnTypes.conditionAsNumber("'unclosed as v"));
    assertEquals(false, MySqlColumnTypes.conditionAsNumber(""));
  }
}
