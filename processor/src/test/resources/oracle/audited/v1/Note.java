package org.example.audited;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.envers.Audited;

/** One field audited, which audits the entity: Note_AUD holds that field's column. */
@Entity
public class Note {
  @Id Long id;

  @Audited String body;

  String draft;
}
