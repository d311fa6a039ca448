// The second compile ran the processor again although no Java source changed: it wrote the
// deleted snapshot anew and generated its migration again.
def log = new File(basedir, 'build.log').text
assert log.contains('changed since the last build: deleting the compiled classes')
def snapshots = new File(basedir, 'src/main/strata').listFiles().findAll { it.name.endsWith('.json') }
assert snapshots.size() == 1 : "expected the regenerated snapshot, found ${snapshots}"
def migration = new File(basedir, 'target/classes/it/shop/V0001_CreateOne.class')
assert migration.isFile() : 'the migration of version 1 was not generated again'
def fingerprint = new File(basedir, 'target/strata/snapshots.fingerprint')
assert fingerprint.isFile()
return true
