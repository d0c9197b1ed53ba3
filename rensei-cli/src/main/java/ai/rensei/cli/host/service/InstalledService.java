package ai.rensei.cli.host.service;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The command an installed unit or plist runs, read back from the file ({@code host doctor}'s binary checks, the
 * {@code --config} the service uses).
 *
 * @param command the binary, then its arguments; empty when the file names none
 */
public record InstalledService(List<String> command) {

    public InstalledService {
        command = List.copyOf(command);
    }

    /** Reads the service file at {@code location}; empty when it does not exist or cannot be read. */
    public static Optional<InstalledService> read(ServiceLocation location) {
        String text;
        try {
            text = Files.readString(location.file(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(new InstalledService(location.scope().systemd() ? execStart(text) : programArguments(text)));
    }

    /** The binary the service runs. */
    public Optional<Path> binary() {
        return command.isEmpty() ? Optional.empty() : Optional.of(Path.of(command.get(0)));
    }

    /** The {@code --config} the service passes, if any. */
    public Optional<Path> config() {
        int index = command.indexOf("--config");
        return index >= 0 && index + 1 < command.size() ? Optional.of(Path.of(command.get(index + 1)))
                : Optional.empty();
    }

    static List<String> execStart(String unit) {
        for (String line : unit.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("ExecStart=")) {
                return words(trimmed.substring("ExecStart=".length()));
            }
        }
        return List.of();
    }

    private static List<String> words(String value) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean inWord = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (quoted && c == '\\' && i + 1 < value.length()) {
                word.append(value.charAt(++i));
            } else if (c == '"') {
                quoted = !quoted;
                inWord = true;
            } else if (!quoted && Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(unescape(word.toString()));
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(unescape(word.toString()));
        }
        if (!words.isEmpty()) {
            // systemd's prefixes: "-" ignore failure, "@" argv0, ":" no expansion, "+" / "!" privileges
            words.set(0, words.get(0).replaceFirst("^[-@:+!]+", ""));
        }
        return words;
    }

    private static String unescape(String word) {
        return word.replace("%%", "%").replace("$$", "$");
    }

    static List<String> programArguments(String plist) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            Element dict = (Element) builder.parse(new InputSource(new StringReader(plist)))
                    .getDocumentElement().getElementsByTagName("dict").item(0);
            if (dict == null) {
                return List.of();
            }
            List<Element> children = elements(dict.getChildNodes());
            for (int i = 0; i + 1 < children.size(); i++) {
                Element key = children.get(i);
                if ("key".equals(key.getTagName()) && "ProgramArguments".equals(key.getTextContent().strip())) {
                    List<String> args = new ArrayList<>();
                    for (Element string : elements(children.get(i + 1).getChildNodes())) {
                        args.add(string.getTextContent());
                    }
                    return args;
                }
            }
            return List.of();
        } catch (ParserConfigurationException | SAXException | IOException | ClassCastException e) {
            return List.of();
        }
    }

    private static List<Element> elements(NodeList nodes) {
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
                elements.add((Element) nodes.item(i));
            }
        }
        return elements;
    }
}
