package newssearch.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import io.javalin.http.Context;

import newssearch.search.Hit;
import newssearch.search.NewsSearch;
import newssearch.search.SearchRequest;
import newssearch.search.SearchResult;
import newssearch.search.SortOrder;

/**
 * {@code GET /api/search.atom?<search parameters>}: the newest {@value #ENTRIES} dated items of a search as an
 * Atom feed (RFC 4287), so a feed reader can follow it. Ids are name-based UUIDs, the feed's of its search and
 * an entry's of its item, so they stay the same from one fetch to the next and from one server to another.
 */
final class SearchFeed {

    static final int ENTRIES = 50;
    static final String MEDIA_TYPE = "application/atom+xml";
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SITE_NAME = "OSCE news search";
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();
    /** Characters XML 1.0 cannot carry at all, not even escaped; a damaged page may hold some. */
    private static final Pattern NOT_XML = Pattern.compile(
            "[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    private SearchFeed() {
    }

    static void serve(Context ctx, NewsSearch searcher) throws IOException {
        SearchRequest asked = SearchParameters.read(ctx);
        SearchRequest newest = new SearchRequest(asked.query(), asked.filters(), asked.from(), asked.to(),
                SortOrder.DATE, 1, ENTRIES, 1, Map.of(), asked.mode());
        SearchResult result = searcher.search(newest);
        List<Hit> dated = result.hits().stream().filter(hit -> hit.date().isPresent()).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(out, PageLinks.site(ctx), newest, dated);
        } catch (XMLStreamException e) {
            throw new IOException("writing the feed failed", e);
        }
        ctx.contentType(MEDIA_TYPE + "; charset=utf-8").result(out.toByteArray());
    }

    private static void write(ByteArrayOutputStream out, String site, SearchRequest request, List<Hit> hits)
            throws XMLStreamException {
        String search = PageLinks.searchQuery(request, SortOrder.DATE);
        XMLStreamWriter xml = XML.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
        xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        text(xml, "id", uuid("search:" + search));
        text(xml, "title", title(request));
        text(xml, "updated", hits.isEmpty()
                ? Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()
                : timestamp(hits.get(0).date().orElseThrow()));
        link(xml, "self", site + "/api/search.atom" + (search.isEmpty() ? "" : "?" + search), MEDIA_TYPE);
        link(xml, "alternate", PageLinks.search(site, request, SortOrder.DATE), "text/html");
        xml.writeStartElement("author");
        text(xml, "name", SITE_NAME);
        xml.writeEndElement();
        text(xml, "generator", "news-search");
        for (Hit hit : hits) {
            xml.writeStartElement("entry");
            text(xml, "id", uuid("item:" + hit.id()));
            text(xml, "title", hit.title());
            text(xml, "updated", timestamp(hit.date().orElseThrow()));
            link(xml, "alternate", PageLinks.item(site, request, SortOrder.DATE, hit.id()), "text/html");
            for (String issuer : hit.issuers()) {
                xml.writeStartElement("author");
                text(xml, "name", issuer);
                xml.writeEndElement();
            }
            for (String field : hit.fieldsOfWork()) {
                xml.writeEmptyElement("category");
                xml.writeAttribute("term", xmlText(field));
            }
            // The snippet is HTML (escaped text, matched words in <mark>); type="html" tells the reader so.
            xml.writeStartElement("summary");
            xml.writeAttribute("type", "html");
            xml.writeCharacters(xmlText(hit.snippet()));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
    }

    /** "OSCE news search: “border” · country: Moldova · from 2020-01-01". */
    static String title(SearchRequest request) {
        List<String> parts = new ArrayList<>();
        if (request.hasQuery()) {
            parts.add("“" + request.query().strip() + "”");
        }
        request.filters().forEach((dim, values) -> parts.add(dim + ": " + String.join(" or ", values)));
        request.from().ifPresent(date -> parts.add("from " + date));
        request.to().ifPresent(date -> parts.add("to " + date));
        return SITE_NAME + ": " + (parts.isEmpty() ? "all items" : String.join(" · ", parts));
    }

    private static String xmlText(String text) {
        return NOT_XML.matcher(text).replaceAll("");
    }

    private static String uuid(String name) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("news-search:" + name).getBytes(StandardCharsets.UTF_8));
    }

    private static String timestamp(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toString();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(xmlText(value));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }
}
