package dev.strata.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.runtime.UnknownMigrations;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What {@link StrataProperties} shows of itself in logs and failure reports. */
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
}
