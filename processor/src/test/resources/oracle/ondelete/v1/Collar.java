package org.example.ondelete;

import jakarta.persistence.Embeddable;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

@Embeddable
public class Collar {
  @ManyToOne
  @OnDelete(action = OnDeleteAction.CASCADE)
  private Toy tag;
}
