// Test input reconstructed here: the JPA mapping of Label in JHipster's sample application
// (jhipster/jhipster-sample-app-react): tables, columns and mapping annotations only.
package org.example.jhipster;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.io.Serial;
import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

@Entity
@Table(name = "label")
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@SuppressWarnings("common-java:DuplicatedBlocks")
public class Label implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @NotNull
  @Size(min = 3)
  @Column(name = "label", nullable = false)
  private String label;

  @ManyToMany(fetch = FetchType.LAZY, mappedBy = "labels")
  @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
  private Set<Operation> operations = new HashSet<>();
}
