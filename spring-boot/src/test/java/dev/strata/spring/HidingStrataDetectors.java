package dev.strata.spring;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * A class loader that hides this module's {@code META-INF/spring.factories}, and with it Strata's
 * database initializer detectors, leaving everything else as it is: the starter without the
 * ordering it exists for.
 */
final class HidingStrataDetectors extends ClassLoader {

  private final String hidden;

  HidingStrataDetectors() {
    super(HidingStrataDetectors.class.getClassLoader());
    URL classes = StrataAutoConfiguration.class.getProtectionDomain().getCodeSource().getLocation();
    this.hidden = classes.toString() + "META-INF/spring.factories";
  }

  @Override
  public Enumeration<URL> getResources(String name) throws IOException {
    List<URL> urls = Collections.list(super.getResources(name));
    urls.removeIf(url -> url.toString().equals(hidden));
    return Collections.enumeration(urls);
  }
}
