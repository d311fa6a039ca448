package dev.strata.spring.actuate;

import dev.strata.runtime.Strata;
import dev.strata.spring.StrataAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Registers the {@link StrataHealthIndicator} where Spring Boot's health support is on the class
 * path; {@code management.health.strata.enabled=false} turns it off.
 */
@AutoConfiguration(after = StrataAutoConfiguration.class)
@ConditionalOnClass({HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class})
@ConditionalOnSingleCandidate(Strata.class)
@ConditionalOnEnabledHealthIndicator("strata")
public final class StrataHealthAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean(name = "strataHealthIndicator")
  StrataHealthIndicator strataHealthIndicator(Strata strata) {
    return new StrataHealthIndicator(strata);
  }
}
