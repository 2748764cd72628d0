package io.claimdesk.api.publicsearch;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import io.claimdesk.workflow.claimreview.PublicSite;
import io.claimdesk.workflow.publication.PublishedVerdict;

/** An Atom feed (RFC 4287) of published verdicts, newest first; the XML writer escapes every text. */
final class VerdictFeed {

    static final String MEDIA_TYPE = "application/atom+xml";
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private VerdictFeed() {
    }

    /**
     * @param verdicts
     *            newest first; the feed's updated time is the first one's, or now when there is none
     */
    static String of(List<PublishedVerdict> verdicts, PublicSite site) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(ATOM);
            xml.writeStartElement(ATOM, "feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, "id", site.feedUrl());
            element(xml, "title", site.publisherName() + ": new verdicts");
            element(xml, "updated", verdicts.isEmpty() ? Instant.now().toString() : verdicts.get(0).publishedAt());
            link(xml, "self", site.feedUrl());
            link(xml, "alternate", site.url() + "/search");
            xml.writeStartElement(ATOM, "author");
            element(xml, "name", site.publisherName());
            xml.writeEndElement();
            for (PublishedVerdict verdict : verdicts) {
                String permalink = site.permalink(verdict.claimId());
                xml.writeStartElement(ATOM, "entry");
                element(xml, "id", permalink);
                element(xml, "title", verdict.ratingLabel() + ": " + verdict.claim());
                link(xml, "alternate", permalink);
                element(xml, "updated", verdict.publishedAt());
                element(xml, "summary", verdict.explanation());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The Atom feed could not be written", e);
        }
        return text.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(ATOM, name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement(ATOM, "link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }
}
