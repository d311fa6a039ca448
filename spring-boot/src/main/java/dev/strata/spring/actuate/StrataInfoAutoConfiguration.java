package dev.strata.spring.actuate;

import dev.strata.runtime.Strata;
import dev.strata.spring.StrataAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.info.ConditionalOnEnabledInfoContributor;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;

/**
 * Registers the {@link StrataInfoContributor} where Spring Boot Actuator is on the class path;
 * {@code management.info.strata.enabled=false} turns it off.
 */
@AutoConfiguration(after = StrataAutoConfiguration.class)
@ConditionalOnClass({InfoContributor.class, ConditionalOnEnabledInfoContributor.class})
@ConditionalOnSingleCandidate(Strata.class)
@ConditionalOnEnabledInfoContributor("strata")
public final class StrataInfoAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean(name = "strataInfoContributor")
  StrataInfoContributor strataInfoContributor(Strata strata) {
    return new StrataInfoContributor(strata);
  }
}
