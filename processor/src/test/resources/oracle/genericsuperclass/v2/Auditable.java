package org.example.generics;

import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import java.io.Serializable;
import java.util.Date;

/** As Spring Data's AbstractAuditable declares who and when. */
@MappedSuperclass
public abstract class Auditable<U, PK extends Serializable> extends Persistable<PK> {
  @ManyToOne private U createdBy;

  @Temporal(TemporalType.TIMESTAMP)
  private Date createdDate;

  @ManyToOne private U lastModifiedBy;

  @Temporal(TemporalType.TIMESTAMP)
  private Date lastModifiedDate;
}
