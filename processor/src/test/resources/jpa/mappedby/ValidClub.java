package org.example.mappedby;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.util.List;

/** mappedBy a field of the target and a field of an embeddable it holds. */
@Entity
public class ValidClub {
  @Id Long id;

  @OneToMany(mappedBy = "club")
  List<Member> members;

  @OneToMany(mappedBy = "membership.club")
  List<Member> homeMembers;
}
