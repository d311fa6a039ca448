package org.example.renamedunique;

import dev.strata.RenamedFrom;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Version 2: email renamed and made unique, nick renamed and made shorter, over the rows. */
@Entity
public class Member {
  @Id Long id;

  @RenamedFrom("email")
  @Column(unique = true)
  String mail;

  @RenamedFrom("nick")
  @Column(length = 20)
  String handle;
}
