package org.example.naming;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.List;
import java.util.Map;
import java.util.Set;

@Entity
@Table(
    name = "PetOwner",
    indexes = @Index(columnList = "lastName"),
    uniqueConstraints = @UniqueConstraint(columnNames = {"firstName", "lastName"}))
@SecondaryTable(
    name = "OwnerDetails",
    pkJoinColumns = @PrimaryKeyJoinColumn(name = "detailOwnerId"))
public class Owner {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "owners")
  @SequenceGenerator(name = "owners", sequenceName = "ownerSequence", allocationSize = 10)
  @Column(name = "ownerId")
  private Long id;

  @Column(name = "firstName", length = 40)
  private String firstName;

  @Column(name = "lastName", nullable = false)
  private String lastName;

  @Column(name = "address2Line")
  private String addressLine;

  @Column(name = "HTTPHomePage")
  private String homePage;

  @Column(name = "sizeX")
  private Integer width;

  @Column(name = "favoriteColor", table = "OwnerDetails")
  private String favoriteColor;

  private String nickName;

  @Embedded
  @AttributeOverride(name = "streetName", column = @Column(name = "homeStreet"))
  private Address home;

  @ManyToMany
  @JoinTable(
      name = "OwnerTags",
      joinColumns = @JoinColumn(name = "ownerRef"),
      inverseJoinColumns = @JoinColumn(name = "tagRef"))
  private Set<Tag> tags;

  @ManyToMany private Set<Tag> favoriteTags;

  @ElementCollection
  @CollectionTable(name = "OwnerPhones", joinColumns = @JoinColumn(name = "phoneOwner"))
  @Column(name = "phoneNumber")
  @OrderColumn(name = "phoneOrder")
  private List<String> phones;

  @ElementCollection
  @CollectionTable(name = "OwnerNotes")
  @MapKeyColumn(name = "noteKey")
  @Column(name = "noteText")
  private Map<String, String> notes;

  @ElementCollection @OrderColumn private List<String> aliasNames;
}
