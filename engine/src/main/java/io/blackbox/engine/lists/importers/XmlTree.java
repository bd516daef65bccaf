package io.blackbox.engine.lists.importers;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * A small, XXE-safe XML reader that loads a document into a light element tree.
 *
 * <p>Why refuse a DOCTYPE outright: list files never need one, and a document type is how external
 * entities (file and network reads) and entity-expansion bombs get in. The StAX factory has DTD support
 * and external entities switched off as well, so even a parser quirk cannot resolve one; a DOCTYPE is
 * reported as an {@link InputRejectedException} naming the line.
 */
public final class XmlTree {
    /** An element: its name, its direct text (stripped), its attributes and children in order. */
    public record Element(String name, String text, java.util.Map<String, String> attributes, List<Element> children,
                          int line) {
        /** The first child with this name, or null. */
        public Element child(String n) {
            for (Element c : children) {
                if (c.name.equals(n)) {
                    return c;
                }
            }
            return null;
        }

        /** Every child with this name. */
        public List<Element> all(String n) {
            List<Element> out = new ArrayList<>();
            for (Element c : children) {
                if (c.name.equals(n)) {
                    out.add(c);
                }
            }
            return out;
        }

        /** The text of the first child with this name, "" when absent. */
        public String text(String n) {
            Element c = child(n);
            return c == null ? "" : c.text;
        }
    }

    private XmlTree() {
    }

    /**
     * Parses the text.
     *
     * @throws InputRejectedException on a DOCTYPE, an entity reference, malformed XML or an over-long text
     */
    public static Element parse(String xml, int maxTextChars) {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        trySet(f, XMLConstants.ACCESS_EXTERNAL_DTD, "");
        trySet(f, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        XMLStreamReader r = null;
        try {
            r = f.createXMLStreamReader(new StringReader(xml));
            List<Builder> stack = new ArrayList<>();
            Element root = null;
            while (r.hasNext()) {
                int ev = r.next();
                switch (ev) {
                    case XMLStreamConstants.DTD -> throw new InputRejectedException("line " + r.getLocation().getLineNumber(),
                            "XML with a DOCTYPE is refused: document types can carry external entities (XXE) and "
                                    + "entity-expansion bombs, and list files do not need one");
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new InputRejectedException(
                            "line " + r.getLocation().getLineNumber(),
                            "XML entity reference &" + r.getLocalName() + "; is refused (no DTD entities are allowed)");
                    case XMLStreamConstants.START_ELEMENT -> {
                        Builder b = new Builder(r.getLocalName(), r.getLocation().getLineNumber());
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            b.attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
                        }
                        stack.add(b);
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!stack.isEmpty()) {
                            Builder b = stack.getLast();
                            if (b.text.length() + r.getTextLength() > maxTextChars) {
                                throw new InputRejectedException("line " + r.getLocation().getLineNumber(),
                                        "text of element <" + b.name + "> is longer than " + maxTextChars + " characters");
                            }
                            b.text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        Builder b = stack.removeLast();
                        Element e = b.build();
                        if (stack.isEmpty()) {
                            root = e;
                        } else {
                            stack.getLast().children.add(e);
                        }
                    }
                    default -> {
                        // comments and processing instructions carry no list data
                    }
                }
            }
            if (root == null) {
                throw new InputRejectedException("file", "XML has no root element");
            }
            return root;
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "file" : "line " + e.getLocation().getLineNumber();
            String msg = e.getMessage() == null ? "malformed XML" : e.getMessage().replaceAll("\\s+", " ");
            if (msg.contains("DOCTYPE") || msg.toLowerCase(java.util.Locale.ROOT).contains("entity")) {
                throw new InputRejectedException(where, "XML refused (DOCTYPE or entity not allowed): " + msg, e);
            }
            throw new InputRejectedException(where, "malformed XML: " + msg, e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing left to release for a string source
                }
            }
        }
    }

    private static void trySet(XMLInputFactory f, String property, Object value) {
        try {
            f.setProperty(property, value);
        } catch (IllegalArgumentException ignored) {
            // a factory without this property has no way to reach external resources through it
        }
    }

    private static final class Builder {
        final String name;
        final int line;
        final StringBuilder text = new StringBuilder();
        final java.util.Map<String, String> attributes = new java.util.LinkedHashMap<>();
        final List<Element> children = new ArrayList<>();

        Builder(String name, int line) {
            this.name = name;
            this.line = line;
        }

        Element build() {
            return new Element(name, text.toString().strip(), java.util.Map.copyOf(attributes), List.copyOf(children), line);
        }
    }
}
