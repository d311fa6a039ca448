// The parent and common have nothing to do and say so; shop applies its view.
def log = new File(basedir, 'build.log').text
assert log.contains('Nothing to check in it.strata:multi-module: no main sources') : log
assert !log.contains('no source files or class names') : log
assert log.contains('Nothing to do in it.strata:multi-module: no migrations on its class path') : log
assert log.contains('Nothing to do in it.strata:common: no migrations on its class path') : log
assert log =~ /Applied V0001 "[^"]+" of set main/
assert log =~ /main\s+1\s+.+\s+APPLIED/
assert !log.contains('No database URL') && !log.contains('No migrations in') : log
return true
