package dev.strata.processor.oracle;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitJoinTableNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;

/**
 * Spring Boot's {@code SpringImplicitNamingStrategy}, restated so the tests need no Spring: JPA's
 * implicit names, except that a join table is named after the owning table and the attribute.
 */
final class SpringImplicitNaming extends ImplicitNamingStrategyJpaCompliantImpl {

  @Override
  public Identifier determineJoinTableName(ImplicitJoinTableNameSource source) {
    String name =
        source.getOwningPhysicalTableName()
            + "_"
            + source.getAssociationOwningAttributePath().getProperty();
    return toIdentifier(name, source.getBuildingContext());
  }
}
