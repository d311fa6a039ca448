package dev.strata.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Marks the DataSource that Strata migrates through, when it is not the application's own: the
 * counterpart of Spring Boot's {@code @FlywayDataSource}. Declared {@code defaultCandidate =
 * false}, as below, it leaves the application's auto-configured DataSource in place; otherwise mark
 * the application's own DataSource {@code @Primary} beside it.
 *
 * <pre>{@code
 * @Bean(defaultCandidate = false)
 * @StrataDataSource
 * DataSource migrationDataSource() {
 *   return DataSourceBuilder.create().url(ownerUrl).username("owner").password(secret).build();
 * }
 * }</pre>
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Qualifier
public @interface StrataDataSource {}
