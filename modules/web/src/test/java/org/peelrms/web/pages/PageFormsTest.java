package org.peelrms.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every part of a page that talks to the server without reloading it (a paged table, a button, an
 * ajax event) must sit inside a Faces form of that page. Outside one, PrimeFaces posts the first form
 * it finds on the page instead: the header's search box, or the sign-out button, which signed an
 * auditor out when they paged a report.
 */
class PageFormsTest {
    private static final String FACES_HTML = "jakarta.faces.html";
    private static final String PRIMEFACES = "primefaces";
    private static final Path PAGES = Path.of("src/main/webapp");

    @Test
    void everyPagedTableButtonAndAjaxEvent_isInsideAFacesForm() throws Exception {
        List<String> outside = new ArrayList<>();
        try (Stream<Path> files = Files.walk(PAGES)) {
            for (Path page : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                outside.addAll(outsideForms(page));
            }
        }
        assertThat(outside).isEmpty();
    }

    @Test
    void theCheck_findsAPagedTableOutsideAForm() throws Exception {
        Path page = Files.createTempFile("page", ".xhtml");
        Files.writeString(page, """
                <ui:composition xmlns:ui="jakarta.faces.facelets" xmlns:h="jakarta.faces.html" xmlns:p="primefaces">
                  <h:form id="ok"><p:commandButton id="fine"/></h:form>
                  <p:dataTable id="people" paginator="true"/>
                </ui:composition>""");
        assertThat(outsideForms(page)).singleElement().asString().contains("dataTable id=people");
    }

    private static List<String> outsideForms(Path page) throws IOException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        NodeList all;
        try {
            all = factory.newDocumentBuilder().parse(page.toFile()).getElementsByTagNameNS(PRIMEFACES, "*");
        } catch (Exception e) {
            throw new IOException(page + ": " + e.getMessage(), e);
        }
        List<String> outside = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element component = (Element) all.item(i);
            if (talksToTheServer(component) && !insideAForm(component)) {
                outside.add(page.getFileName() + ": " + component.getLocalName() + " id=" + component.getAttribute("id"));
            }
        }
        return outside;
    }

    private static boolean talksToTheServer(Element component) {
        return switch (component.getLocalName()) {
            case "commandButton", "commandLink", "ajax", "remoteCommand", "poll" -> true;
            case "dataTable" -> "true".equals(component.getAttribute("paginator"));
            default -> false;
        };
    }

    private static boolean insideAForm(Element component) {
        for (Node n = component.getParentNode(); n != null; n = n.getParentNode()) {
            if (FACES_HTML.equals(n.getNamespaceURI()) && "form".equals(n.getLocalName())) {
                return true;
            }
        }
        return false;
    }
}
