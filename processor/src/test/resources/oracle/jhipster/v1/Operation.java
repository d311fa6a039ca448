// Test input reconstructed here: the JPA mapping of Operation in JHipster's sample application
// (jhipster/jhipster-sample-app-react): tables, columns and mapping annotations only.
package org.example.jhipster;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

@Entity
@Table(name = "operation")
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@SuppressWarnings("common-java:DuplicatedBlocks")
public class Operation implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @NotNull
  @Column(name = "date", nullable = false)
  private Instant date;

  @Column(name = "description")
  private String description;

  @NotNull
  @Column(name = "amount", precision = 21, scale = 2, nullable = false)
  private BigDecimal amount;

  @ManyToOne(fetch = FetchType.LAZY)
  private BankAccount bankAccount;

  @ManyToMany(fetch = FetchType.LAZY)
  @JoinTable(
      name = "rel_operation__label",
      joinColumns = @JoinColumn(name = "operation_id"),
      inverseJoinColumns = @JoinColumn(name = "label_id"))
  @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
  private Set<Label> labels = new HashSet<>();
}
