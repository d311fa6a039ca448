package org.example.collectiondefinition;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Element collections of basic values whose {@code @Column(columnDefinition)} gives the values'
 * column its type, as Keycloak's {@code IdentityProviderEntity.config} does: Hibernate writes the
 * definition as it is, in a map's, a set's and a list's collection table alike.
 */
@Entity
public class Broker {
  @Id private Long id;

  @ElementCollection
  @MapKeyColumn(name = "name")
  @Column(name = "setting", columnDefinition = "text")
  @CollectionTable(name = "broker_config", joinColumns = @JoinColumn(name = "broker_id"))
  private Map<String, String> config;

  @ElementCollection
  @Column(columnDefinition = "varchar(1000)")
  private Set<String> origins;

  @ElementCollection
  @Column(columnDefinition = "varchar(40)", nullable = false)
  private List<String> aliases;
}
