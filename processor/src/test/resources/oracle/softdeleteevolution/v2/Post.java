package org.example.softdeleteevolution;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.SoftDelete;

/** Deleted softly now: its filled table gains the flag. */
@Entity
@SoftDelete
public class Post {
  @Id private Long id;

  private String title;
}
