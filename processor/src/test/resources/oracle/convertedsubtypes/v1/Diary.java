package org.example.convertedsubtypes;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.sql.Date;

/** A java.sql.Date that both DateText and SqlDateText match: Hibernate refuses to start. */
@Entity
public class Diary {
  @Id private Long id;

  private Date written;
}
