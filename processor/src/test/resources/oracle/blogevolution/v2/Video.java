package org.example.blogevolution;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import java.time.Duration;

@Entity
@DiscriminatorValue("video")
public class Video extends Content {
  @dev.strata.RenamedFrom("length")
  Duration runningTime;

  String streamUrl;
}
