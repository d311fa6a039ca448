package org.example.jointablerename;

import dev.strata.RenamedFrom;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Version 2 renames the table that Hibernate's naming also names the join table after. */
@Entity
@Table(name = "skills")
@RenamedFrom("specialties")
public class Specialty {
  @Id private Long id;
}
