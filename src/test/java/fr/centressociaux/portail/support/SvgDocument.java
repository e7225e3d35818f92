package fr.centressociaux.portail.support;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** An SVG picture read back as XML (which fails on markup that is not well-formed), for tests of charts. */
public final class SvgDocument {

    private static final String SVG = "http://www.w3.org/2000/svg";

    private final Document document;

    private SvgDocument(Document document) {
        this.document = document;
    }

    public static SvgDocument parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return new SvgDocument(factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))));
        } catch (Exception e) {
            throw new AssertionError("Not well-formed SVG: " + svg, e);
        }
    }

    public Element root() {
        return document.getDocumentElement();
    }

    public List<Element> elements(String name) {
        NodeList nodes = document.getElementsByTagNameNS(SVG, name);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    /** The words drawn on the picture, in drawing order. */
    public List<String> texts() {
        return elements("text").stream().map(Element::getTextContent).toList();
    }

    /** The marks of the data: bars and columns, each with the class of its series. */
    public List<Element> bars() {
        return elements("rect").stream().filter(rect -> rect.getAttribute("class").startsWith("series-")).toList();
    }

    /** The text of the element of this name and id (the title, the description). */
    public String text(String name, String id) {
        return elements(name).stream().filter(element -> element.getAttribute("id").equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("No <" + name + " id=" + id + ">")).getTextContent();
    }
}
