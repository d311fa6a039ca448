package org.example.blogevolution;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

@Embeddable
public class ContactInfo {
  String email;

  String phone;

  @Embedded SocialLinks links;
}
