package org.example.softdeleteevolution;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.SoftDelete;
import org.hibernate.annotations.SoftDeleteType;

/** Its flag now tells the live rows: the column active, true where deleted was false. */
@Entity
@SoftDelete(strategy = SoftDeleteType.ACTIVE)
public class Post {
  @Id private Long id;

  private String title;
}
