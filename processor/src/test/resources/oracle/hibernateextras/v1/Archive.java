package org.example.hibernateextras;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.SoftDelete;
import org.hibernate.annotations.SoftDeleteType;

/** A soft-delete flag that says a row is active, in a column of its own name. */
@Entity
@SoftDelete(strategy = SoftDeleteType.ACTIVE, columnName = "isLive")
public class Archive {
  @Id private Long id;
}
