// Test input reconstructed here: the JPA mapping of AbstractAuditingEntity in JHipster's sample application
// (jhipster/jhipster-sample-app-react): tables, columns and mapping annotations only.
package org.example.jhipster;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

@MappedSuperclass
public abstract class AbstractAuditingEntity<T> implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  public abstract T getId();

  @Column(name = "created_by", nullable = false, length = 50, updatable = false)
  private String createdBy;

  @Column(name = "created_date", updatable = false)
  private Instant createdDate = Instant.now();

  @Column(name = "last_modified_by", length = 50)
  private String lastModifiedBy;

  @Column(name = "last_modified_date")
  private Instant lastModifiedDate = Instant.now();
}
