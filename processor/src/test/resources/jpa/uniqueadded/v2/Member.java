package org.example.uniqueadded;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

/** Version 2: email unique over the rows already there; a new one-to-one unique over NULLs. */
@Entity
public class Member {
  @Id private Long id;

  @Column(unique = true)
  private String email;

  private String nick;

  @OneToOne private Member mentor;
}
