package org.example.eventsevolution;

import dev.strata.RenamedFrom;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.NaturalId;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

@Entity
@RenamedFrom("Attendee")
public class Participant extends Audited {
  // the sequence Hibernate named after Attendee is kept, as the rename's warning advises
  @Id
  @GeneratedValue(generator = "participants")
  @SequenceGenerator(name = "participants", sequenceName = "Attendee_SEQ")
  Long id;

  @NaturalId
  @Column(nullable = false, length = 120)
  String email;

  @Column(length = 60, unique = true)
  @RenamedFrom("fullName")
  String displayName;

  @ManyToMany
  @OnDelete(action = OnDeleteAction.CASCADE)
  @JoinTable(
      name = "attendee_follows",
      joinColumns = @JoinColumn(name = "follower_id"),
      inverseJoinColumns = @JoinColumn(name = "followed_id"))
  Set<Participant> following;

  @ManyToMany
  @JoinTable(
      name = "attendee_blocks",
      joinColumns = @JoinColumn(name = "blocker_id"),
      inverseJoinColumns = @JoinColumn(name = "blocked_id"))
  @OrderColumn(name = "position")
  List<Participant> blocked;

  @ManyToMany(mappedBy = "following")
  Set<Participant> followers;

  @OneToOne(mappedBy = "attendee")
  AttendeeProfile profile;

  @ElementCollection
  @CollectionTable(name = "attendee_phones")
  @Column(name = "phone", length = 30)
  @OrderBy
  List<String> phones;

  @ElementCollection
  @Enumerated(EnumType.STRING)
  @CollectionTable(name = "attendee_interests")
  Set<EventTag> interests;
}
