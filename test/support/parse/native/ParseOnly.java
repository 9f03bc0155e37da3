import com.sun.source.util.JavacTask;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Parses Java source files without resolving any name, so a code sample that calls an SDK
 * the machine does not have is judged on its syntax alone. JavacTask.parse() is the public
 * Compiler Tree API's parse-only entry point: it runs javac's real parser and stops before
 * symbol entry and attribution, where "cannot find symbol" errors would come from.
 *
 * Usage: java ParseOnly.java FILE... ; prints one line per syntax error,
 * "path<TAB>line<TAB>column<TAB>message", and exits 0 whether or not there were errors.
 */
public class ParseOnly {
  public static void main(String[] args) throws Exception {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      List<File> sources = new ArrayList<>();
      for (String path : args) sources.add(new File(path));
      List<String> options = List.of("-proc:none", "-encoding", "UTF-8");
      JavacTask task = (JavacTask) compiler.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjectsFromFiles(sources));
      task.parse();
    }
    StringBuilder out = new StringBuilder();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() != Diagnostic.Kind.ERROR) continue;
      String path = d.getSource() == null ? "" : d.getSource().getName();
      String message = d.getMessage(Locale.ROOT).replace('\n', ' ').replace('\t', ' ');
      out.append(path).append('\t').append(d.getLineNumber()).append('\t')
          .append(d.getColumnNumber()).append('\t').append(message).append('\n');
    }
    System.out.print(out);
  }
}
