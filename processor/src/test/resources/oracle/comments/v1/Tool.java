package org.example.comments;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;
import org.hibernate.annotations.Comment;

/** Hibernate's @Comment wins over @Table(comment); a joined subclass's key copies no comment. */
@Entity
@Table(name = "tool", comment = "jpa side")
@Comment("hibernate side")
@Inheritance(strategy = InheritanceType.JOINED)
public class Tool {
  @Id
  @Comment("tool number")
  Long id;
}
