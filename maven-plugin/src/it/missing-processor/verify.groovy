// The first build failed on the missing processor, naming the view's source and how to add it,
// and deleted what it compiled; the second, with the processor, compiled everything again.
def log = new File(basedir, 'build.log').text
assert log.contains("Strata's annotation processor did not run in this compile") : log
assert log.contains('ActiveItem.java uses Strata') : log
assert log.contains('<annotationProcessorPaths> of maven-compiler-plugin') : log
assert !log.contains('Nothing to compile') : log
assert new File(basedir, 'target/classes/META-INF/services/dev.strata.runtime.MigrationSource').exists()
assert new File(basedir, 'src/main/strata').list().findAll { it.startsWith('0001-') }.size() == 1
return true
