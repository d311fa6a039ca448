package dev.strata.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.strata.readme.Snippet.Kind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The README's configuration snippets outside the tutorial mean what they say when pasted: the
 * {@code properties} blocks keep their comments out of the values, and the {@code plugin} block
 * names Strata's Maven plugin with parameters its descriptor has.
 */
class ReadmeConfigurationTest {

  @Test
  void propertiesSnippetsHaveNoCommentInsideAValue() throws IOException {
    List<String> problems = new ArrayList<>();
    List<Snippet> snippets = snippets(Kind.PROPERTIES);
    for (Snippet snippet : snippets) {
      Properties properties = new Properties();
      properties.load(new StringReader(snippet.text()));
      // a # after a value is part of it: ddl-auto would be "validate   # ..."
      properties.forEach(
          (key, value) -> {
            if (value.toString().contains("#")) {
              problems.add("README.md line " + snippet.line() + ": " + key + "=" + value);
            }
          });
    }

    assertFalse(snippets.isEmpty(), "README.md marks no properties snippet");
    assertEquals(List.of(), problems, "move each comment to a line of its own");
  }

  @Test
  void thePluginSnippetConfiguresOnlyParametersOfTheMavenPlugin() throws Exception {
    List<Snippet> snippets = snippets(Kind.PLUGIN);
    Set<String> parameters = pluginParameters();
    assertFalse(snippets.isEmpty(), "README.md marks no plugin snippet");
    for (Snippet snippet : snippets) {
      Element plugin = parse(snippet.text()).getDocumentElement();
      assertEquals("dev.strata", child(plugin, "groupId").getTextContent(), "groupId");
      assertEquals("strata-maven-plugin", child(plugin, "artifactId").getTextContent());
      for (Element parameter : children(child(plugin, "configuration"))) {
        assertEquals(
            true,
            parameters.contains(parameter.getTagName()),
            () ->
                "README.md line "
                    + snippet.line()
                    + ": strata-maven-plugin has no parameter <"
                    + parameter.getTagName()
                    + ">; it has "
                    + parameters);
      }
    }
  }

  @Test
  void thePluginTableNamesEveryPropertyOfTheMavenPluginAndNoOther() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("| parameter | property | meaning |");
    assertNotEquals(-1, start, "README.md has no table of the Maven plugin's parameters");
    Set<String> documented = new TreeSet<>();
    for (String row : readme.substring(start).split("\n")) {
      if (!row.startsWith("|")) {
        break;
      }
      Matcher property = Pattern.compile("`(strata\\.[A-Za-z]+)`").matcher(row.split("\\|")[2]);
      while (property.find()) {
        documented.add(property.group(1));
      }
    }

    assertEquals(pluginProperties(), documented);
  }

  /** The {@code -D} properties that the plugin's descriptor reads, as {@code ${strata.url}}. */
  private static Set<String> pluginProperties() throws Exception {
    try (InputStream in =
        ReadmeConfigurationTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
      assertNotNull(in, "strata-maven-plugin's META-INF/maven/plugin.xml is not on the class path");
      Matcher expression =
          Pattern.compile("\\$\\{(strata\\.[A-Za-z]+)}")
              .matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      Set<String> properties = new TreeSet<>();
      while (expression.find()) {
        properties.add(expression.group(1));
      }
      return properties;
    }
  }

  /** The parameters of every goal in the plugin's descriptor, on this test's class path. */
  private static Set<String> pluginParameters() throws Exception {
    try (InputStream in =
        ReadmeConfigurationTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
      assertNotNull(in, "strata-maven-plugin's META-INF/maven/plugin.xml is not on the class path");
      NodeList names =
          DocumentBuilderFactory.newInstance()
              .newDocumentBuilder()
              .parse(in)
              .getElementsByTagName("parameter");
      Set<String> parameters = new TreeSet<>();
      for (int i = 0; i < names.getLength(); i++) {
        Element parameter = (Element) names.item(i);
        String editable = child(parameter, "editable").getTextContent();
        if (editable.equals("true")) {
          parameters.add(child(parameter, "name").getTextContent());
        }
      }
      return parameters;
    }
  }

  private static List<Snippet> snippets(Kind kind) throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    return ReadmeSnippets.in(readme).stream().filter(s -> s.kind() == kind).toList();
  }

  private static Document parse(String xml) throws Exception {
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static Element child(Element parent, String tag) {
    for (Element child : children(parent)) {
      if (child.getTagName().equals(tag)) {
        return child;
      }
    }
    throw new AssertionError("<" + parent.getTagName() + "> has no <" + tag + ">");
  }

  private static List<Element> children(Element parent) {
    List<Element> children = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element) {
        children.add(element);
      }
    }
    return children;
  }
}
