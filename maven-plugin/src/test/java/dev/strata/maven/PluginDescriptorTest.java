package dev.strata.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.plugin.Mojo;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The hand-kept plugin descriptor agrees with the mojo classes: every goal's class is a Mojo, and
 * every parameter and requirement is a field of it with the declared type.
 */
class PluginDescriptorTest {

  @Test
  void everyGoalNamesAMojoWithAFieldOfTheRightTypeForEachParameter() throws Exception {
    Document descriptor = descriptor();
    NodeList mojos = descriptor.getElementsByTagName("mojo");
    List<String> goals = new ArrayList<>();
    for (int i = 0; i < mojos.getLength(); i++) {
      Element mojo = (Element) mojos.item(i);
      goals.add(text(mojo, "goal"));
      Class<?> type = Class.forName(text(mojo, "implementation"));
      assertEquals(true, Mojo.class.isAssignableFrom(type), type::getName);
      NodeList parameters = mojo.getElementsByTagName("parameter");
      for (int p = 0; p < parameters.getLength(); p++) {
        Element parameter = (Element) parameters.item(p);
        Field field = field(type, text(parameter, "name"));
        assertEquals(text(parameter, "type"), field.getType().getName(), field::toString);
      }
      NodeList requirements = mojo.getElementsByTagName("requirement");
      for (int r = 0; r < requirements.getLength(); r++) {
        Element requirement = (Element) requirements.item(r);
        Field field = field(type, text(requirement, "field-name"));
        assertEquals(text(requirement, "role"), field.getType().getName(), field::toString);
      }
    }
    assertEquals(
        List.of(
            "snapshots",
            "fingerprint",
            "check",
            "status",
            "upgrade",
            "downgrade",
            "validate",
            "refresh",
            "sql",
            "repair",
            "baseline"),
        goals);
    assertEquals("strata", text(descriptor.getDocumentElement(), "goalPrefix"));
  }

  @Test
  void downgradeRevertsDataOnlyWhenAllowedLikeTheCommandLine() throws Exception {
    Element downgrade = mojo(descriptor(), "downgrade");
    Element configuration = (Element) downgrade.getElementsByTagName("configuration").item(0);

    Element allowDataLoss = (Element) configuration.getElementsByTagName("allowDataLoss").item(0);

    assertNotNull(allowDataLoss, "strata:downgrade has no allowDataLoss parameter");
    assertEquals("${strata.allowDataLoss}", allowDataLoss.getTextContent());
    assertEquals("false", allowDataLoss.getAttribute("default-value"));
  }

  /**
   * strata:status, strata:validate and strata:sql ignored {@code strata.lockTimeout}, and so waited
   * up to ten minutes for an H2 file another process held open, where {@code strata status
   * --lock-timeout} bounds that wait.
   */
  @Test
  void everyGoalThatReadsADatabaseTakesTheLockTimeoutLikeTheCommandLine() throws Exception {
    Document descriptor = descriptor();
    for (String goal :
        List.of(
            "status", "upgrade", "downgrade", "validate", "refresh", "sql", "repair", "baseline")) {
      Element configuration =
          (Element) mojo(descriptor, goal).getElementsByTagName("configuration").item(0);

      Element timeout = (Element) configuration.getElementsByTagName("lockTimeout").item(0);

      assertNotNull(timeout, "strata:" + goal + " has no lockTimeout parameter");
      assertEquals("${strata.lockTimeout}", timeout.getTextContent(), goal);
    }
  }

  @Test
  void noParameterIsLeftToMavensRequiredCheck() throws Exception {
    // Maven refuses a missing required parameter without naming its -D property: each goal
    // checks its own (DowngradeMojo.checkParameters), saying what to pass
    NodeList required = descriptor().getElementsByTagName("parameter");
    for (int i = 0; i < required.getLength(); i++) {
      Element parameter = (Element) required.item(i);
      String name = text(parameter, "name");
      if (!name.equals("project")) {
        assertEquals("false", text(parameter, "required"), name + " is required");
      }
    }
  }

  @Test
  void downgradeWithoutAVersionToKeepSaysWhatToPass() {
    MojoFailureException missing =
        assertThrows(MojoFailureException.class, () -> new DowngradeMojo().execute());

    assertEquals(
        "strata:downgrade needs the version to keep: pass -Dstrata.to=N, or set <to> in the"
            + " plugin's <configuration> (0 reverts every migration of the set); strata:status"
            + " shows the versions applied",
        missing.getMessage());
  }

  private static Element mojo(Document descriptor, String goal) {
    NodeList mojos = descriptor.getElementsByTagName("mojo");
    for (int i = 0; i < mojos.getLength(); i++) {
      Element mojo = (Element) mojos.item(i);
      if (text(mojo, "goal").equals(goal)) {
        return mojo;
      }
    }
    throw new AssertionError("no goal " + goal + " in META-INF/maven/plugin.xml");
  }

  private static Document descriptor() throws Exception {
    try (InputStream in =
        PluginDescriptorTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
      assertNotNull(in, "no META-INF/maven/plugin.xml on the class path");
      return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
    }
  }

  private static Field field(Class<?> type, String name) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (field.getName().equals(name)) {
          return field;
        }
      }
    }
    throw new AssertionError(type.getName() + " has no field " + name);
  }

  private static String text(Element parent, String tag) {
    return parent.getElementsByTagName(tag).item(0).getTextContent();
  }
}
