package org.example.eventsevolution;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.NaturalId;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

@Entity
public class Attendee extends Audited {
  @Id @GeneratedValue Long id;

  @NaturalId
  @Column(nullable = false, length = 120)
  String email;

  @Column(length = 60)
  String fullName;

  @ManyToMany
  @OnDelete(action = OnDeleteAction.CASCADE)
  @JoinTable(
      name = "attendee_follows",
      joinColumns = @JoinColumn(name = "follower_id"),
      inverseJoinColumns = @JoinColumn(name = "followed_id"))
  Set<Attendee> following;

  @ManyToMany
  @JoinTable(
      name = "attendee_blocks",
      joinColumns = @JoinColumn(name = "blocker_id"),
      inverseJoinColumns = @JoinColumn(name = "blocked_id"))
  @OrderColumn(name = "position")
  List<Attendee> blocked;

  @ManyToMany(mappedBy = "following")
  Set<Attendee> followers;

  @OneToOne(mappedBy = "attendee")
  AttendeeProfile profile;

  @ElementCollection
  @CollectionTable(name = "attendee_phones")
  @Column(name = "phone", length = 30)
  @OrderBy
  List<String> phones;
}
