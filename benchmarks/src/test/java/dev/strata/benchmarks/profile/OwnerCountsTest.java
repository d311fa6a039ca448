package dev.strata.benchmarks.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A profile's counts per owner, as the run keeps them and the report reads them back. */
class OwnerCountsTest {

  @Test
  void encodesInTheOrderOfOwnersAndDecodesToTheSameCounts() {
    OwnerCounts counts =
        new OwnerCounts(Map.of(Owner.JDK, 145, Owner.DATABASE, 978, Owner.STRATA, 40));

    assertEquals("DATABASE=978,STRATA=40,JDK=145", counts.encode());
    assertEquals(counts, OwnerCounts.decode(counts.encode()));
  }

  @Test
  void sharesAddUpOwnersOverAllSamples() {
    OwnerCounts counts = OwnerCounts.decode("DATABASE=75,STRATA=5,JDK=20");

    assertEquals(100, counts.total());
    assertEquals(0.75, counts.share(Owner.DATABASE), 1e-9);
    assertEquals(0.25, counts.share(Owner.STRATA, Owner.JDK), 1e-9);
    assertEquals(0, counts.share(Owner.FILER), 1e-9);
    assertEquals(List.of(Owner.DATABASE, Owner.STRATA, Owner.JDK), counts.present());
  }

  @Test
  void noSamplesShareNothing() {
    OwnerCounts none = OwnerCounts.decode("");

    assertEquals(0, none.total());
    assertEquals(0, none.share(Owner.DATABASE), 1e-9);
  }

  @Test
  void aNegativeCountIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new OwnerCounts(Map.of(Owner.STRATA, -1)));
  }
}
