package dev.strata.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.aot.generate.ClassNameGenerator;
import org.springframework.aot.generate.DefaultGenerationContext;
import org.springframework.aot.generate.GeneratedFiles;
import org.springframework.aot.generate.InMemoryGeneratedFiles;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.aot.ApplicationContextAotGenerator;
import org.springframework.core.env.MapPropertySource;
import org.springframework.javapoet.ClassName;

/**
 * Spring AOT ({@code spring-boot:process-aot}) fixes the beans and their order at build time: the
 * code it generates for the {@code JdbcTemplate}s still makes them wait for Strata's migration.
 */
class AheadOfTimeTest {

  @Configuration(proxyBeanMethods = false)
  @ImportAutoConfiguration({
    DataSourceAutoConfiguration.class,
    JdbcTemplateAutoConfiguration.class,
    StrataAutoConfiguration.class
  })
  static class Application {}

  @Test
  void generatedJdbcTemplatesDependOnTheMigration() throws SQLException {
    try (TestDatabase database = AccountsDatabase.open();
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
      context
          .getEnvironment()
          .getPropertySources()
          .addFirst(new MapPropertySource("test", Map.of("spring.datasource.url", database.url())));
      context.register(Application.class);
      InMemoryGeneratedFiles files = new InMemoryGeneratedFiles();
      DefaultGenerationContext generation =
          new DefaultGenerationContext(
              new ClassNameGenerator(ClassName.get(Application.class)), files);

      new ApplicationContextAotGenerator().processAheadOfTime(context, generation);
      generation.writeGeneratedContent();

      String dependsOn = "setDependsOn(\"strata\",\"strataMigrationInitializer\")";
      assertThat(source(files, "JdbcTemplateConfiguration__BeanDefinitions")).contains(dependsOn);
      assertThat(source(files, "NamedParameterJdbcTemplateConfiguration__BeanDefinitions"))
          .contains(dependsOn);
    }
  }

  private static String source(InMemoryGeneratedFiles files, String className) {
    String path = "org/springframework/boot/jdbc/autoconfigure/" + className + ".java";
    try (InputStream content =
        files.getGeneratedFile(GeneratedFiles.Kind.SOURCE, path).getInputStream()) {
      return new String(content.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(path, e);
    }
  }
}
