package org.example.mappedby;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.util.List;

@Entity
public class TypoClub {
  @Id Long id;

  @OneToMany(mappedBy = "clubb")
  List<Member> members;
}
