package org.example.comments;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Comment;

@Entity
@Table(name = "hammer")
@Comment("hammers")
public class Hammer extends Tool {
  int weight;
}
