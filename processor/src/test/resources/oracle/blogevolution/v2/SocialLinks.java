package org.example.blogevolution;

import jakarta.persistence.Embeddable;

@Embeddable
public class SocialLinks {
  String mastodon;

  String website;
}
