// With the snapshots in db/strata, named by the compiler's -Astrata.snapshots alone, the fourth
// compile ran the processor again although no Java source changed: it recorded the views as one
// version 2, and version 3's migration class is gone from target/classes.
def log = new File(basedir, 'build.log').text
assert log.contains('changed since the last build: deleting the compiled classes')
def snapshots = new File(basedir, 'db/strata').list().findAll { it.endsWith('.json') }.sort()
assert snapshots.size() == 2 && snapshots[0].startsWith('0001-') && snapshots[1].startsWith('0002-') : snapshots
def classes = new File(basedir, 'target/classes/it/shop').list().findAll { it.startsWith('V0') }.sort()
assert classes.findAll { it.startsWith('V0003') }.isEmpty() : "stale migration class left: ${classes}"
assert classes.findAll { it.startsWith('V0002') }.size() == 1 : classes
assert classes.findAll { it.startsWith('V0001') }.size() == 1 : classes
return true
