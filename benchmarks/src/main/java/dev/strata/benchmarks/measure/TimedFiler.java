package dev.strata.benchmarks.measure;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.ForwardingFileObject;
import javax.tools.ForwardingJavaFileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;

/**
 * Wraps javac's {@link Filer} and adds up the time a processor spends inside it: creating each file
 * (javac's checks of the name against every module and every file created before), opening it, and
 * writing and closing it. So the time inside the processor splits into the processor's own code and
 * javac's handling of what it hands over.
 */
final class TimedFiler implements Filer {

  private final Filer delegate;
  private final Stopwatch watch = new Stopwatch();

  TimedFiler(Filer delegate) {
    this.delegate = delegate;
  }

  long nanos() {
    return watch.wallNanos();
  }

  /** The CPU time of the compiling thread inside the Filer. */
  long cpuNanos() {
    return watch.cpuNanos();
  }

  @Override
  public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements)
      throws IOException {
    Stopwatch.Lap start = watch.start();
    try {
      return new TimedJavaFile(delegate.createSourceFile(name, originatingElements));
    } finally {
      watch.stop(start);
    }
  }

  @Override
  public JavaFileObject createClassFile(CharSequence name, Element... originatingElements)
      throws IOException {
    Stopwatch.Lap start = watch.start();
    try {
      return new TimedJavaFile(delegate.createClassFile(name, originatingElements));
    } finally {
      watch.stop(start);
    }
  }

  @Override
  public FileObject createResource(
      JavaFileManager.Location location,
      CharSequence moduleAndPkg,
      CharSequence relativeName,
      Element... originatingElements)
      throws IOException {
    Stopwatch.Lap start = watch.start();
    try {
      return new TimedFile(
          delegate.createResource(location, moduleAndPkg, relativeName, originatingElements));
    } finally {
      watch.stop(start);
    }
  }

  @Override
  public FileObject getResource(
      JavaFileManager.Location location, CharSequence moduleAndPkg, CharSequence relativeName)
      throws IOException {
    Stopwatch.Lap start = watch.start();
    try {
      return delegate.getResource(location, moduleAndPkg, relativeName);
    } finally {
      watch.stop(start);
    }
  }

  private final class TimedJavaFile extends ForwardingJavaFileObject<JavaFileObject> {
    TimedJavaFile(JavaFileObject file) {
      super(file);
    }

    @Override
    public Writer openWriter() throws IOException {
      return timedWriter(fileObject);
    }

    @Override
    public OutputStream openOutputStream() throws IOException {
      return timedStream(fileObject);
    }
  }

  private final class TimedFile extends ForwardingFileObject<FileObject> {
    TimedFile(FileObject file) {
      super(file);
    }

    @Override
    public Writer openWriter() throws IOException {
      return timedWriter(fileObject);
    }

    @Override
    public OutputStream openOutputStream() throws IOException {
      return timedStream(fileObject);
    }
  }

  private Writer timedWriter(FileObject file) throws IOException {
    Stopwatch.Lap start = watch.start();
    Writer writer;
    try {
      writer = file.openWriter();
    } finally {
      watch.stop(start);
    }
    return new Writer() {
      @Override
      public void write(char[] text, int offset, int length) throws IOException {
        Stopwatch.Lap start = watch.start();
        try {
          writer.write(text, offset, length);
        } finally {
          watch.stop(start);
        }
      }

      @Override
      public void write(String text, int offset, int length) throws IOException {
        Stopwatch.Lap start = watch.start();
        try {
          writer.write(text, offset, length);
        } finally {
          watch.stop(start);
        }
      }

      @Override
      public void flush() throws IOException {
        Stopwatch.Lap start = watch.start();
        try {
          writer.flush();
        } finally {
          watch.stop(start);
        }
      }

      @Override
      public void close() throws IOException {
        Stopwatch.Lap start = watch.start();
        try {
          writer.close();
        } finally {
          watch.stop(start);
        }
      }
    };
  }

  private OutputStream timedStream(FileObject file) throws IOException {
    Stopwatch.Lap start = watch.start();
    OutputStream stream;
    try {
      stream = file.openOutputStream();
    } finally {
      watch.stop(start);
    }
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] bytes, int offset, int length) throws IOException {
        Stopwatch.Lap start = watch.start();
        try {
          stream.write(bytes, offset, length);
        } finally {
          watch.stop(start);
        }
      }

      @Override
      public void flush() throws IOException {
        Stopwatch.Lap start = watch.start();
        try {
          stream.flush();
        } finally {
          watch.stop(start);
        }
      }

      @Override
      public void close() throws IOException {
        Stopwatch.Lap start = watch.start();
        try {
          stream.close();
        } finally {
          watch.stop(start);
        }
      }
    };
  }
}
