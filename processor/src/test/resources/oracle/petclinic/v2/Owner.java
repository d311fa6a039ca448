package org.example.petclinic;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import dev.strata.RenamedFrom;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "owners")
public class Owner extends Person {
  @Column
  @NotBlank
  private String address;

  @Column
  @NotBlank
  private String city;

  @Column
  @NotBlank
  @Size(max = 10)
  @Pattern(regexp = "\\d{10}", message = "{telephone.invalid}")
  @RenamedFrom("telephone")
  private String phone;

  @Size(max = 120)
  private String email;

  @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
  @JoinColumn(name = "owner_id")
  @OrderBy("name")
  private final List<Pet> pets = new ArrayList<>();
}
