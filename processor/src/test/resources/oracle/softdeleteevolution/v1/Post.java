package org.example.softdeleteevolution;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An entity deleted for good, which a later version deletes softly. */
@Entity
public class Post {
  @Id private Long id;

  private String title;
}
