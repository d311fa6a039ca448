package org.example.mappedby;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import java.util.Set;

@Entity
public class FanClub {
  @Id Long id;

  @ManyToMany(mappedBy = "favourites")
  Set<Member> fans;
}
