package dev.strata.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/**
 * A version given as {@code -Dstrata.to}, {@code -Dstrata.downgradeTo} or {@code
 * -Dstrata.baselineVersion} that is no version fails the goal before it connects, naming the
 * property and what to give. Maven's own conversion said only {@code Unable to parse configuration
 * of mojo ... for parameter to: Cannot convert 'abc' to int}.
 */
class VersionParametersTest {

  @Test
  void anUpgradeTargetThatIsNoNumberNamesTheProperty() throws Exception {
    UpgradeMojo mojo = new UpgradeMojo();
    set(mojo, "to", "abc");

    assertEquals(
        "strata.to is 'abc', which is no version: give a whole number, 0 or more, such as"
            + " -Dstrata.to=3; strata:status shows the versions",
        refusal(mojo));
  }

  @Test
  void eachGoalsVersionThatIsNoNumberOrIsNegativeNamesItsProperty() throws Exception {
    DowngradeMojo downgrade = new DowngradeMojo();
    set(downgrade, "to", "-1");
    SqlMojo sql = new SqlMojo();
    set(sql, "downgradeTo", "2.5");
    BaselineMojo baseline = new BaselineMojo();
    set(baseline, "baselineVersion", "V3");

    assertEquals(
        "strata.to is '-1', which is no version: give a whole number, 0 or more, such as"
            + " -Dstrata.to=3; strata:status shows the versions",
        refusal(downgrade));
    assertEquals(
        "strata.downgradeTo is '2.5', which is no version: give a whole number, 0 or more, such"
            + " as -Dstrata.downgradeTo=3; strata:status shows the versions",
        refusal(sql));
    assertEquals(
        "strata.baselineVersion is 'V3', which is no version: give a whole number, 0 or more,"
            + " such as -Dstrata.baselineVersion=3; strata:status shows the versions",
        refusal(baseline));
  }

  @Test
  void aVersionWithSpacesAroundIsTaken() throws Exception {
    UpgradeMojo mojo = new UpgradeMojo();
    set(mojo, "to", " 3 ");

    mojo.checkParameters();
  }

  private static String refusal(DatabaseMojo mojo) {
    return assertThrows(MojoFailureException.class, mojo::checkParameters).getMessage();
  }

  private static void set(Object mojo, String name, Object value) throws Exception {
    Field field = mojo.getClass().getDeclaredField(name);
    field.setAccessible(true);
    field.set(mojo, value);
  }
}
