package org.example.comments;

import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;
import org.hibernate.annotations.Comment;

@MappedSuperclass
public abstract class Dated {
  @Comment("when it was made")
  LocalDate made;
}
