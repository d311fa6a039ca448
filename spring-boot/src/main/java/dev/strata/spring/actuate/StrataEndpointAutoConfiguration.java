package dev.strata.spring.actuate;

import dev.strata.runtime.Strata;
import dev.strata.spring.StrataAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;

/**
 * Registers the {@link StrataEndpoint} where Actuator is on the class path and the endpoint is
 * exposed ({@code management.endpoints.web.exposure.include=strata}), as Spring Boot registers
 * Flyway's.
 */
@AutoConfiguration(after = StrataAutoConfiguration.class)
@ConditionalOnClass({Endpoint.class, ConditionalOnAvailableEndpoint.class})
@ConditionalOnSingleCandidate(Strata.class)
@ConditionalOnAvailableEndpoint(StrataEndpoint.class)
public final class StrataEndpointAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  StrataEndpoint strataEndpoint(Strata strata) {
    return new StrataEndpoint(strata);
  }
}
