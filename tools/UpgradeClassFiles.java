import java.io.IOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassFileVersion;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites the class files of a library jar that are older than Java 6 (version 50) as Java 8 class files (version
 * 52) with the stack maps the JVM's fast verifier needs, leaving their code as it is.
 *
 * <p>Why: picocli ships Java 5 class files. The JVM verifies those with its old, slow verifier on every start, and
 * neither a class-data archive nor the AOT cache of {@code serve} may hold them, so parsing the command line cost
 * a few hundred milliseconds before the server could start. The build runs this on the copy in {@code target/lib}
 * (JDK 24 or newer: the class-file API); with an older JDK the jar stays as published and only starts slower.
 *
 * <pre>java tools/UpgradeClassFiles.java JAR</pre>
 */
public final class UpgradeClassFiles {

    private static final int OLDEST_KEPT = 50;
    private static final int UPGRADED = 52;

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java tools/UpgradeClassFiles.java JAR");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        int upgraded = 0;
        Path rewritten = jar.resolveSibling(jar.getFileName() + ".upgrading");
        try (URLClassLoader library = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
                ZipFile in = new ZipFile(jar.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(rewritten))) {
            // Stack maps name the common supertype of two branches' values: the library's own classes are read
            // from its jar, the JDK's from the running JDK.
            ClassFile classFiles = ClassFile.of(ClassFile.StackMapsOption.GENERATE_STACK_MAPS,
                    ClassFile.ClassHierarchyResolverOption.of(ClassHierarchyResolver.defaultResolver()
                            .orElse(ClassHierarchyResolver.ofResourceParsing(library))));
            // Code passed through unchanged keeps its (missing) stack maps: rebuilding each body makes them.
            ClassTransform upgrade = ((ClassTransform) (builder, element) -> {
                if (element instanceof ClassFileVersion) {
                    builder.withVersion(UPGRADED, 0);
                } else {
                    builder.with(element);
                }
            }).andThen(ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL));
            for (ZipEntry entry : Collections.list(in.entries())) {
                byte[] bytes = in.getInputStream(entry).readAllBytes();
                if (entry.getName().endsWith(".class") && !entry.getName().endsWith("module-info.class")) {
                    ClassModel model = classFiles.parse(bytes);
                    if (model.majorVersion() < OLDEST_KEPT) {
                        bytes = classFiles.transformClass(model, upgrade);
                        upgraded++;
                    }
                }
                write(out, entry, bytes);
            }
        }
        if (upgraded == 0) {
            // Already done by an earlier build: the jar and its time stay as they are.
            Files.delete(rewritten);
            return;
        }
        Files.move(rewritten, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("UpgradeClassFiles: " + upgraded + " class files of " + jar.getFileName()
                + " rewritten as version " + UPGRADED);
    }

    private static void write(ZipOutputStream out, ZipEntry entry, byte[] bytes) throws IOException {
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTime(entry.getTime());
        out.putNextEntry(copy);
        out.write(bytes);
        out.closeEntry();
    }
}
