package dev.strata.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strata.runtime.UnknownMigrations;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

/** What {@link StrataProperties} shows of itself, and how a start refuses an invalid value. */
@ExtendWith(OutputCaptureExtension.class)
class StrataPropertiesTest {

  @Test
  void toStringShowsNoPasswordNeitherTheLoginsNorTheUrls() {
    StrataProperties properties =
        new StrataProperties(
            true,
            "jdbc:postgresql://owner:urlsecret@db:5432/shop?password=paramsecret",
            "owner",
            "loginsecret",
            "strata_schema_history",
            Duration.ofMinutes(10),
            Duration.ofSeconds(30),
            false,
            false,
            1,
            UnknownMigrations.REFUSE,
            false);

    assertThat(properties.toString())
        .contains("url=jdbc:postgresql://db:5432/shop,", "user=owner,", "password=******")
        .doesNotContain("secret");
  }

  /**
   * A value the runtime refuses is told as Spring Boot tells an invalid property, naming it, its
   * value and the runtime's reason, rather than as a stack trace around the reason alone.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "strata.lock-lease|500ms|The lock lease must be at least 1 s",
        "strata.lock-timeout|-1s|The lock timeout cannot be negative",
        "strata.history-table|schema-history|Invalid history table name 'schema-history'"
      })
  void anInvalidValueFailsStartupNamingTheProperty(
      String property, String value, String reason, CapturedOutput output) {
    SpringApplication application = new SpringApplication(Application.class);
    application.setWebApplicationType(WebApplicationType.NONE);

    assertThrows(
        Exception.class,
        () ->
            application.run(
                "--spring.datasource.url=jdbc:h2:mem:invalid_property",
                "--" + property + "=" + value));

    String all = output.toString();
    assertThat(all).contains("APPLICATION FAILED TO START");
    assertThat(all.substring(all.indexOf("APPLICATION FAILED TO START")))
        .contains("Invalid value '" + value + "' for configuration property '" + property + "'")
        .contains(reason)
        .contains("Review the value of the property");
  }

  /**
   * The lock's durations are minutes and seconds long: a number without a unit is seconds, as the
   * lock's wait is in Flyway's retry interval; read as milliseconds, strata.lock-timeout=600 gave a
   * starting instance 0.6 s before it failed waiting for another one's migration.
   */
  @Test
  void aLockDurationWithoutUnitIsSeconds() {
    new ApplicationContextRunner()
        .withUserConfiguration(BoundProperties.class)
        .withPropertyValues("strata.lock-timeout=600", "strata.lock-lease=20")
        .run(
            context -> {
              StrataProperties properties = context.getBean(StrataProperties.class);
              assertThat(properties.lockTimeout()).isEqualTo(Duration.ofMinutes(10));
              assertThat(properties.lockLease()).isEqualTo(Duration.ofSeconds(20));
            });
  }

  /**
   * A misspelt property, or one Strata does not have, fails startup naming it: ignored, a
   * 'strata.lock-timout=30m' left the default wait of 10 minutes, or 'strata.fail-on-drfit=true'
   * let a changed view pass.
   */
  @Test
  void anUnknownPropertyFailsStartupNamingIt(CapturedOutput output) {
    SpringApplication application = new SpringApplication(Application.class);
    application.setWebApplicationType(WebApplicationType.NONE);

    assertThrows(
        Exception.class,
        () ->
            application.run(
                "--spring.datasource.url=jdbc:h2:mem:unknown_property",
                "--strata.lock-timout=30m"));

    String all = output.toString();
    assertThat(all).contains("APPLICATION FAILED TO START");
    assertThat(all.substring(all.indexOf("APPLICATION FAILED TO START")))
        .contains("strata.lock-timout")
        .contains("left unbound");
  }

  /**
   * Environment variables are not properties a user misspelt: a STRATA_* variable of the
   * deployment's own, which Spring Boot offers as a strata.* property, does not fail startup.
   */
  @Test
  void aStrataEnvironmentVariableOfAnotherToolIsNoUnknownProperty() {
    new ApplicationContextRunner()
        .withUserConfiguration(BoundProperties.class)
        .withInitializer(
            context ->
                context
                    .getEnvironment()
                    .getPropertySources()
                    .addFirst(
                        new org.springframework.core.env.SystemEnvironmentPropertySource(
                            org.springframework.core.env.StandardEnvironment
                                .SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                            java.util.Map.of(
                                "STRATA_TEST_POSTGRES_URL", "jdbc:postgresql://db/test"))))
        .run(context -> assertThat(context).hasNotFailed());
  }

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(StrataProperties.class)
  static class BoundProperties {}

  @Configuration(proxyBeanMethods = false)
  @ImportAutoConfiguration({DataSourceAutoConfiguration.class, StrataAutoConfiguration.class})
  static class Application {}
}
