package dev.strata.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.reflect.Field;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.plugin.Mojo;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A switch given as {@code -Dstrata.skip}, {@code -Dstrata.allowDataLoss} or {@code
 * -Dstrata.concurrently} with a value other than true or false fails the goal before it does
 * anything, naming the property. Maven's own conversion read {@code yes} as false: {@code
 * -Dstrata.concurrently=yes} refreshed with readers locked out, {@code -Dstrata.skip=yes} ran the
 * goal.
 */
class BooleanParametersTest {

  @Test
  void noParameterIsLeftToMavensBooleanConversion() throws Exception {
    NodeList parameters;
    try (InputStream in =
        BooleanParametersTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
      parameters =
          DocumentBuilderFactory.newInstance()
              .newDocumentBuilder()
              .parse(in)
              .getElementsByTagName("parameter");
    }
    for (int i = 0; i < parameters.getLength(); i++) {
      Element parameter = (Element) parameters.item(i);
      String type = parameter.getElementsByTagName("type").item(0).getTextContent();
      String name = parameter.getElementsByTagName("name").item(0).getTextContent();
      assertFalse(type.equals("boolean") || type.equals("java.lang.Boolean"), name + " is " + type);
    }
  }

  @Test
  void everyGoalsSwitchThatIsNeitherTrueNorFalseNamesItsProperty() throws Exception {
    assertEquals(refusedAs("strata.skip", "yes"), refusal(new SnapshotsMojo(), "skip", "yes"));
    assertEquals(refusedAs("strata.skip", "on"), refusal(new CheckMojo(), "skip", "on"));
    assertEquals(refusedAs("strata.skip", "1"), refusal(new FingerprintMojo(), "skip", "1"));
    assertEquals(
        refusedAs("strata.allowDataLoss", "yes"),
        refusal(downgradeTo("1"), "allowDataLoss", "yes"));
    assertEquals(
        refusedAs("strata.concurrently", "yes"), refusal(new RefreshMojo(), "concurrently", "yes"));
  }

  @Test
  void trueAndFalseAreTakenInAnyCaseWithSpacesAround() throws Exception {
    assertTrue(BooleanParameter.parse("strata.skip", " TRUE "));
    assertFalse(BooleanParameter.parse("strata.skip", "False"));
    assertFalse(BooleanParameter.parse("strata.skip", null));
  }

  private static String refusedAs(String property, String value) {
    return property
        + " is '"
        + value
        + "', which is neither true nor false: give -D"
        + property
        + "=true or -D"
        + property
        + "=false (-D"
        + property
        + " alone means true)";
  }

  private static DowngradeMojo downgradeTo(String version) throws Exception {
    DowngradeMojo mojo = new DowngradeMojo();
    set(mojo, "to", version);
    return mojo;
  }

  /** The failure of {@code mojo} run with {@code field} set to {@code value}, and nothing else. */
  private static String refusal(Mojo mojo, String field, String value) throws Exception {
    set(mojo, field, value);
    return assertThrows(MojoFailureException.class, mojo::execute).getMessage();
  }

  private static void set(Object mojo, String name, Object value) throws Exception {
    Field field = mojo.getClass().getDeclaredField(name);
    field.setAccessible(true);
    field.set(mojo, value);
  }
}
