// Test input reconstructed here: the JPA mapping of BankAccount in JHipster's sample application
// (jhipster/jhipster-sample-app-react): tables, columns and mapping annotations only.
package org.example.jhipster;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

@Entity
@Table(name = "bank_account")
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@SuppressWarnings("common-java:DuplicatedBlocks")
public class BankAccount implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @NotNull
  @Column(name = "name", nullable = false)
  private String name;

  @NotNull
  @Column(name = "balance", precision = 21, scale = 2, nullable = false)
  private BigDecimal balance;

  @ManyToOne(fetch = FetchType.LAZY)
  private User user;

  @OneToMany(fetch = FetchType.LAZY, mappedBy = "bankAccount")
  @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
  private Set<Operation> operations = new HashSet<>();
}
