package dev.strata.spring.actuate;

import dev.strata.runtime.Strata;
import dev.strata.spring.StrataAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Registers the {@link StrataHealthIndicator} where Spring Boot's health support is on the class
 * path; {@code management.health.strata.enabled=false} turns it off, {@code
 * management.health.strata.drift.*} ({@link StrataHealthProperties}) set its drift check.
 */
@AutoConfiguration(after = StrataAutoConfiguration.class)
@ConditionalOnClass({HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class})
@ConditionalOnSingleCandidate(Strata.class)
@ConditionalOnEnabledHealthIndicator("strata")
@EnableConfigurationProperties(StrataHealthProperties.class)
public final class StrataHealthAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean(name = "strataHealthIndicator")
  StrataHealthIndicator strataHealthIndicator(Strata strata, StrataHealthProperties properties) {
    return new StrataHealthIndicator(strata, properties.drift());
  }
}
