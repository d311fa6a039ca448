package org.example.genericondelete;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OneToMany;
import java.util.List;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** Its children's key to it deletes them with it, in each entity that binds C. */
@MappedSuperclass
public abstract class Parent<C> {
  @Id Long id;

  @OneToMany(mappedBy = "parent")
  @OnDelete(action = OnDeleteAction.CASCADE)
  List<C> children;
}
