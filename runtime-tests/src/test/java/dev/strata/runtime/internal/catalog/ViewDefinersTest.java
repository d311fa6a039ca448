package dev.strata.runtime.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which lines of {@code SHOW GRANTS} let the account name another account as a definer. */
class ViewDefinersTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "GRANT ALL PRIVILEGES ON *.* TO `root`@`localhost` WITH GRANT OPTION",
        "GRANT SELECT, SUPER ON *.* TO `dba`@`%`",
        "GRANT SET USER ON *.* TO `definers`",
        // MySQL 8 lists its dynamic privileges without spaces
        "GRANT APPLICATION_PASSWORD_ADMIN,SET_USER_ID,SYSTEM_USER ON *.* TO `admin`@`%`",
        "GRANT SET_ANY_DEFINER ON *.* TO `admin`@`%`"
      })
  void aGlobalGrantOfSuperOrSetUserNamesDefiners(String grant) {
    assertTrue(ViewDefiners.namesDefiners(grant), grant);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "GRANT USAGE ON *.* TO `app`@`%` IDENTIFIED BY PASSWORD '*7B9E'",
        "GRANT ALL PRIVILEGES ON `shop`.* TO `app`@`%`",
        "GRANT `definers` TO `app`@`%`",
        "GRANT SELECT (`set user`) ON `shop`.`t` TO `app`@`%`",
        "GRANT PROXY ON ''@'%' TO `app`@`%` WITH GRANT OPTION"
      })
  void anyOtherGrantDoesNot(String grant) {
    assertFalse(ViewDefiners.namesDefiners(grant), grant);
  }
}
