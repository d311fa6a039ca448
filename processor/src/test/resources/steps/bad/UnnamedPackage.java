import dev.strata.Step;
import dev.strata.runtime.JavaStep;
import dev.strata.runtime.StepContext;

@Step(version = 2)
public final class UnnamedPackage implements JavaStep {
  @Override
  public void upgrade(StepContext step) {}

  @Override
  public void downgrade(StepContext step) {}
}
