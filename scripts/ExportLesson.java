import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Writes one lesson as a self-contained Maven project that depends on nothing of threadlessons:
 * the lesson's own folder (sources, tests, README, Python twin); the common-utils classes it
 * uses (and the ones those use); test-support's classes and test configuration; and a POM
 * without a parent that carries the parent's properties, dependency versions and plugins.
 *
 * <p>Run it from the project root with the JDK's source launcher, as scripts/export-lesson.sh does:
 * {@code java scripts/ExportLesson.java 06-locks /tmp/06-locks}.
 */
public final class ExportLesson {

    private static final String GROUP = "dev.threadlessons";
    private static final String UTIL_PACKAGE = "dev/threadlessons/util";
    /** An import of a util class, or any fully qualified use of one (the class name, or * for all). */
    private static final Pattern UTIL_USE =
            Pattern.compile("\\bdev\\.threadlessons\\.util\\.([A-Z]\\w*|\\*)");

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java scripts/ExportLesson.java <lesson folder> <target folder>");
            System.err.println("example: java scripts/ExportLesson.java 06-locks /tmp/06-locks");
            throw new IllegalArgumentException("expected 2 arguments, got " + args.length);
        }
        Path root = Path.of("").toAbsolutePath();
        Path lesson = root.resolve(args[0]).normalize();
        Path target = Path.of(args[1]).toAbsolutePath().normalize();
        if (!Files.isRegularFile(lesson.resolve("pom.xml")) || !lesson.getFileName().toString().matches("\\d\\d-.+")) {
            throw new IllegalArgumentException("not a lesson folder: " + args[0]);
        }
        if (Files.exists(target) && !isEmptyDirectory(target)) {
            throw new IllegalArgumentException("target exists and is not empty: " + target);
        }
        new ExportLesson(root, lesson, target).export();
        System.out.println("exported " + lesson.getFileName() + " to " + target);
    }

    private final Path root;
    private final Path lesson;
    private final Path target;

    private ExportLesson(Path root, Path lesson, Path target) {
        this.root = root;
        this.lesson = lesson;
        this.target = target;
    }

    private void export() throws Exception {
        copyLessonFolder();

        Path utilSources = root.resolve("common-utils/src/main/java").resolve(UTIL_PACKAGE);
        for (String name : utilClassesUsed(utilSources)) {
            copy(utilSources.resolve(name + ".java"),
                    target.resolve("src/main/java").resolve(UTIL_PACKAGE).resolve(name + ".java"));
        }
        copyTree(root.resolve("common-utils/src/main/resources"), target.resolve("src/main/resources"));
        copyTree(root.resolve("test-support/src/main/java"), target.resolve("src/test/java"));
        copyTree(root.resolve("test-support/src/main/resources"), target.resolve("src/test/resources"));

        writePom();
    }

    /** The util classes the lesson names, and every util class those name in turn. */
    private Set<String> utilClassesUsed(Path utilSources) throws IOException {
        Set<String> all;
        try (Stream<Path> files = Files.list(utilSources)) {
            all = files.map(p -> p.getFileName().toString().replace(".java", ""))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        var used = new TreeSet<String>();
        var pending = new ArrayDeque<String>();
        try (Stream<Path> files = Files.walk(lesson.resolve("src"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                var matcher = UTIL_USE.matcher(Files.readString(file));
                while (matcher.find()) {
                    pending.addAll(matcher.group(1).equals("*") ? all : List.of(matcher.group(1)));
                }
            }
        }
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (!all.contains(name) || !used.add(name)) {
                continue;
            }
            String source = Files.readString(utilSources.resolve(name + ".java"));
            for (String other : all) {
                if (!used.contains(other) && Pattern.compile("\\b" + other + "\\b").matcher(source).find()) {
                    pending.push(other);
                }
            }
        }
        return used;
    }

    private void writePom() throws Exception {
        Document parent = read(root.resolve("pom.xml"));
        Document lessonPom = read(lesson.resolve("pom.xml"));
        Document commonUtils = read(root.resolve("common-utils/pom.xml"));
        Document testSupport = read(root.resolve("test-support/pom.xml"));

        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        Element project = pom.createElement("project");
        project.setAttribute("xmlns", "http://maven.apache.org/POM/4.0.0");
        pom.appendChild(project);
        project.appendChild(pom.createComment(" A standalone copy of threadlessons' "
                + lesson.getFileName() + ": no parent, the same versions and plugins. "));
        append(pom, project, "modelVersion", "4.0.0");
        append(pom, project, "groupId", GROUP);
        append(pom, project, "artifactId", text(lessonPom, "artifactId"));
        append(pom, project, "version", text(parent, "version"));
        append(pom, project, "name", text(lessonPom, "name"));

        Element properties = (Element) project.appendChild(pom.importNode(child(parent, "properties"), true));
        Element lessonProperties = child(lessonPom, "properties");
        if (lessonProperties != null) {
            for (Element property : elements(lessonProperties)) {
                Element existing = firstChild(properties, property.getTagName());
                if (existing != null) {
                    properties.removeChild(existing);
                }
                properties.appendChild(pom.importNode(property, true));
            }
        }

        Element management = (Element) project.appendChild(
                pom.importNode(child(parent, "dependencyManagement"), true));
        Element managed = firstChild(management, "dependencies");
        for (Element dependency : elements(managed)) {
            if (GROUP.equals(text(dependency, "groupId"))) {
                managed.removeChild(dependency);
            }
        }

        Element dependencies = pom.createElement("dependencies");
        project.appendChild(dependencies);
        var seen = new LinkedHashSet<String>();
        for (Element dependency : elements(child(lessonPom, "dependencies"))) {
            String artifact = text(dependency, "artifactId");
            if (GROUP.equals(text(dependency, "groupId")) && artifact.equals("common-utils")) {
                addAll(pom, dependencies, commonUtils, null, seen);
            } else if (GROUP.equals(text(dependency, "groupId")) && artifact.equals("test-support")) {
                addAll(pom, dependencies, testSupport, "test", seen);
            } else if (seen.add(text(dependency, "groupId") + ":" + artifact)) {
                dependencies.appendChild(pom.importNode(dependency, true));
            }
        }
        Element build = (Element) project.appendChild(pom.importNode(child(parent, "build"), true));
        mergeLessonPlugins(pom, firstChild(build, "plugins"),
                firstChild(child(lessonPom, "build"), "plugins"));
        // The parent's exercise profiles (-Pexercises, -Pexercise-check), then the lesson's own.
        Element profiles = pom.createElement("profiles");
        for (Element profile : elements(child(parent, "profiles"))) {
            if (Objects.toString(text(profile, "id"), "").startsWith("exercise")) {
                profiles.appendChild(pom.importNode(profile, true));
            }
        }
        Element lessonProfiles = child(lessonPom, "profiles");
        if (lessonProfiles != null) {
            for (Element profile : elements(lessonProfiles)) {
                profiles.appendChild(pom.importNode(profile, true));
            }
        }
        if (!elements(profiles).isEmpty()) {
            project.appendChild(profiles);
        }

        var transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.INDENT, "yes");
        transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
        Files.createDirectories(target);
        String xml;
        try (var out = new java.io.StringWriter()) {
            transformer.transform(new DOMSource(pom), new StreamResult(out));
            xml = out.toString();
        }
        // The DOM keeps the blank lines of the copied parts; squeeze them so the POM reads evenly.
        Files.writeString(target.resolve("pom.xml"), xml.replaceAll("(?m)^[ \\t]*\\r?\\n", ""));
    }

    /**
     * Puts the lesson's own plugin settings over the parent's, as Maven's inheritance would for
     * what the lessons use: an execution with the parent's id gets the lesson's configuration
     * merged over its own (keeping the parent's goals); any other plugin or execution is added as it is.
     */
    private static void mergeLessonPlugins(Document pom, Element parentPlugins, Element lessonPlugins) {
        for (Element plugin : elements(lessonPlugins)) {
            Element inherited = elements(parentPlugins).stream()
                    .filter(p -> text(p, "artifactId").equals(text(plugin, "artifactId")))
                    .findFirst().orElse(null);
            if (inherited == null) {
                parentPlugins.appendChild(pom.importNode(plugin, true));
                continue;
            }
            Element inheritedExecutions = firstChild(inherited, "executions");
            for (Element execution : elements(firstChild(plugin, "executions"))) {
                Element same = elements(inheritedExecutions).stream()
                        .filter(e -> Objects.equals(text(e, "id"), text(execution, "id")))
                        .findFirst().orElse(null);
                if (same == null) {
                    inheritedExecutions.appendChild(pom.importNode(execution, true));
                } else {
                    mergeInto(pom, firstChild(same, "configuration"), firstChild(execution, "configuration"));
                }
            }
        }
    }

    /** Merges {@code source} into {@code target} element by element, as Maven merges configuration. */
    private static void mergeInto(Document pom, Element target, Element source) {
        for (Element element : elements(source)) {
            Element same = firstChild(target, element.getTagName());
            if (same != null && !elements(same).isEmpty() && !elements(element).isEmpty()) {
                mergeInto(pom, same, element);
            } else if (same != null) {
                target.replaceChild(pom.importNode(element, true), same);
            } else {
                target.appendChild(pom.importNode(element, true));
            }
        }
    }

    /** Adds the runtime dependencies of a threadlessons module in its place, at {@code scope}. */
    private static void addAll(Document pom, Element into, Document module, String scope, Set<String> seen) {
        for (Element dependency : elements(child(module, "dependencies"))) {
            String own = text(dependency, "scope");
            if ("test".equals(own) || GROUP.equals(text(dependency, "groupId"))) {
                continue;
            }
            if (!seen.add(text(dependency, "groupId") + ":" + text(dependency, "artifactId"))) {
                continue;
            }
            Element copy = (Element) into.appendChild(pom.importNode(dependency, true));
            if (scope != null) {
                Element scopeElement = firstChild(copy, "scope");
                if (scopeElement == null) {
                    scopeElement = pom.createElement("scope");
                    copy.appendChild(scopeElement);
                }
                scopeElement.setTextContent(scope);
            }
        }
    }

    private static Document read(Path pom) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setIgnoringComments(true);
        return factory.newDocumentBuilder().parse(pom.toFile());
    }

    private static Element child(Document document, String name) {
        return firstChild(document.getDocumentElement(), name);
    }

    private static Element firstChild(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        return elements(parent).stream().filter(e -> e.getTagName().equals(name)).findFirst().orElse(null);
    }

    private static List<Element> elements(Element parent) {
        if (parent == null) {
            return List.of();
        }
        var result = new java.util.ArrayList<Element>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                result.add(element);
            }
        }
        return result;
    }

    private static String text(Document document, String name) {
        return text(document.getDocumentElement(), name);
    }

    private static String text(Element parent, String name) {
        Element element = firstChild(parent, name);
        return element == null ? null : element.getTextContent().trim();
    }

    private static void append(Document pom, Element parent, String name, String value) {
        parent.appendChild(pom.createElement(name)).setTextContent(value);
    }

    private static boolean isEmptyDirectory(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(path)) {
            return entries.findAny().isEmpty();
        }
    }

    /**
     * Everything in the lesson's folder (sources, tests, README, the Python twin, pictures), but
     * its build output and its POM, which {@link #writePom()} writes anew.
     */
    private void copyLessonFolder() throws IOException {
        try (Stream<Path> files = Files.walk(lesson)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = lesson.relativize(file);
                if (relative.startsWith("target") || relative.toString().equals("pom.xml")) {
                    continue;
                }
                copy(file, target.resolve(relative.toString()));
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                try {
                    copy(file, to.resolve(from.relativize(file).toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
}
